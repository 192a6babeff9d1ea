import { afterEach, describe, expect, test } from "vitest";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { ContentError, formatProblem, type ContentProblem } from "../../src/node/content/problems";
import { readSynonyms } from "../../src/node/content/synonyms-file";

const FILE = "content/synonyms.yaml";

function read(text: string): { groups: string[][]; messages: string[] } {
  const problems: ContentProblem[] = [];
  const groups = readSynonyms(text, FILE, problems);
  return { groups, messages: problems.map(formatProblem) };
}

/** The single problem `text` produces, formatted as the build prints it. */
function problemOf(text: string): string {
  const { messages } = read(text);
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe("readSynonyms", () => {
  test("reads groups in file order, NFC and trimmed, case as written", () => {
    const text = ["# 주석", "- [웹훅, Webhook]", "- [' 환불 ', 돌려받기, 반환]", "-", "  - 상담 내역", "  - 대화 기록", ""].join(
      "\n",
    );
    expect(read(text.normalize("NFD"))).toEqual({
      groups: [
        ["웹훅", "Webhook"],
        ["환불", "돌려받기", "반환"],
        ["상담 내역", "대화 기록"],
      ],
      messages: [],
    });
  });

  test("an empty file, or one with only comments, has no groups", () => {
    expect(read("")).toEqual({ groups: [], messages: [] });
    expect(read("# 아직 없음\n")).toEqual({ groups: [], messages: [] });
    expect(read("[]\n")).toEqual({ groups: [], messages: [] });
  });

  test("the top level is not a list", () => {
    expect(problemOf("# 주석\n웹훅: webhook\n")).toBe(
      `${FILE} › line 2: synonyms.yaml must be a list of groups, one per line, e.g. - [웹훅, webhook]`,
    );
  });

  test("a group that is not a list", () => {
    expect(problemOf("- [웹훅, webhook]\n- 환불, 돌려받기\n")).toMatch(
      /^content\/synonyms\.yaml › \[1\] \(line 2\): group is the text "환불, 돌려받기": write each group as a list of 2–10 words in brackets/,
    );
    expect(problemOf("- [웹훅, webhook]\n- {환불: 돌려받기}\n")).toMatch(/› \[1\] \(line 2\): group is not a list/);
  });

  test("a group with one member, or none", () => {
    expect(problemOf("- [웹훅, webhook]\n\n- [환불]\n")).toMatch(
      /^content\/synonyms\.yaml › \[1\] \(line 3\): group has only one member: a group needs 2–10 words/,
    );
    expect(problemOf("- []\n")).toMatch(/› \[0\] \(line 1\): group has no members/);
  });

  test("more than ten members", () => {
    const members = Array.from({ length: 11 }, (_, i) => `단어${i}`).join(", ");
    expect(problemOf(`- [웹훅, webhook]\n- [${members}]\n`)).toMatch(/› \[1\] \(line 2\): group has 11 members; at most 10/);
  });

  test("an empty member", () => {
    expect(problemOf("- [웹훅, webhook]\n- [환불, '  ']\n")).toBe(`${FILE} › [1][1] (line 2): member is empty`);
    expect(problemOf("- [환불, ~]\n")).toBe(`${FILE} › [0][1] (line 1): member is empty`);
  });

  test("a number says how to quote it, as written", () => {
    expect(problemOf("- [웹훅, webhook]\n- [결과 코드, 3010]\n")).toBe(
      `${FILE} › [1][1] (line 2): member is the number 3010: put text in quotes, e.g. "3010"`,
    );
    expect(problemOf("- [수신거부 번호, 080]\n")).toMatch(
      /› \[0\]\[1\] \(line 1\): member is the number 080: put text in quotes, e.g. "080"/,
    );
    expect(read('- [결과 코드, "3010"]\n').groups).toEqual([["결과 코드", "3010"]]);
  });

  test("a yes/no value or a nested list is not text", () => {
    expect(problemOf("- [예, true]\n")).toMatch(/› \[0\]\[1\] \(line 1\): member is the yes\/no value true: put text in quotes/);
    expect(problemOf("- [웹훅, [webhook]]\n")).toMatch(/› \[0\]\[1\] \(line 1\): member is a list/);
  });

  test("a member longer than 40 characters", () => {
    const long = "가".repeat(41);
    expect(problemOf(`- [웹훅, webhook]\n- [환불, ${long}]\n`)).toBe(
      `${FILE} › [1][1] (line 2): "${long}" is 41 characters long: a member is a word or short phrase of at most 40`,
    );
    expect(read(`- [환불, ${"가".repeat(40)}]\n`).messages).toEqual([]);
  });

  test("the same member twice in a group, ignoring case and spacing", () => {
    expect(problemOf("- [웹훅, webhook]\n- [API 키, api  키]\n")).toMatch(
      /^content\/synonyms\.yaml › \[1\]\[1\] \(line 2\): "api {2}키" repeats "API 키" \(\[1\]\[0\]\) in the same group/,
    );
    expect(problemOf("- [Webhook, 웹훅, webhook]\n")).toMatch(
      /› \[0\]\[2\] \(line 1\): "webhook" repeats "Webhook" \(\[0\]\[0\]\)/,
    );
    // Search ignores spacing between Korean words, but not between Latin ones.
    expect(problemOf("- [세금계산서, 세금 계산서]\n")).toMatch(
      /› \[0\]\[1\] \(line 1\): "세금 계산서" repeats "세금계산서" \(\[0\]\[0\]\) in the same group: search ignores case, and spacing between Korean words/,
    );
    expect(read("- [sign up, signup, 가입]\n").messages).toEqual([]);
  });

  test("a member in two groups names the other group and its line", () => {
    const text = "- [웹훅, webhook]\n- [환불, 돌려받기]\n# 다른 묶음\n- [콜백, WebHook]\n";
    expect(problemOf(text)).toBe(
      `${FILE} › [2][1] (line 4): "WebHook" is also in group [0] (line 1) as "webhook": a word can be in one group only; merge the groups if they mean the same`,
    );
  });

  test("broken YAML reports its line", () => {
    const stray = read("- [웹훅, webhook]\n- [환불, 돌려받기]]\n- [로그인, login]\n");
    expect(stray.groups).toEqual([]);
    expect(stray.messages[0]).toMatch(/^content\/synonyms\.yaml › line 2: broken YAML: Unexpected flow-seq-end token/);
    expect(problemOf("- [웹훅, webhook]\n- '환불, 돌려받기]\n")).toMatch(
      /^content\/synonyms\.yaml › line \d+: broken YAML: Missing closing/,
    );
  });

  test("every problem is reported, not only the first", () => {
    const { messages } = read("- [웹훅]\n- [환불, 3010]\n- [로그인, login, LOGIN]\n- [webhook, 웹훅]\n");
    expect(messages).toEqual([
      expect.stringMatching(/\[0\] \(line 1\): group has only one member/),
      expect.stringMatching(/\[1\]\[1\] \(line 2\): member is the number 3010/),
      expect.stringMatching(/\[2\]\[2\] \(line 3\): "LOGIN" repeats "login"/),
      expect.stringMatching(/\[3\]\[1\] \(line 4\): "웹훅" is also in group \[0\] \(line 1\)/),
    ]);
  });
});

describe("loadContent with synonyms.yaml", () => {
  const CATEGORIES = "- label: 챗봇 관리자센터\n  slug: chatbot-admin\n";
  const GOOD = "---\ntitle: 챗봇을 만들 수 있나요?\ncategory: [챗봇 관리자센터]\nupdated: 2025-03-14\n---\n본문입니다.\n";
  let dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    dirs = [];
  });

  async function folder(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "synonyms-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries({ "categories.yaml": CATEGORIES, "good.md": GOOD, ...files })) {
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  test("an absent file means no synonyms", async () => {
    expect((await loadContent(await folder({}))).synonyms).toEqual([]);
  });

  test("loads the demo content's synonyms", async () => {
    const { synonyms, articles } = await loadContent(path.resolve("content"));
    expect(articles.length).toBeGreaterThan(100);
    expect(synonyms.length).toBeGreaterThanOrEqual(25);
    expect(synonyms.length).toBeLessThanOrEqual(45);
    expect(synonyms).toContainEqual(["웹훅", "webhook"]);
    for (const group of synonyms) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const member of group) expect(member).toBe(member.normalize("NFC").trim());
    }
  });

  test("synonym problems join the articles' problems in one ContentError", async () => {
    const dir = await folder({
      "synonyms.yaml": "- [웹훅, webhook]\n- [환불, 080]\n- [Webhook, 콜백]\n",
      "bad.md": "---\ntitle: 제목\ncategory: [없는 서비스]\nupdated: 2025-01-01\n---\n본문\n",
    });
    const error = await loadContent(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toMatch(/^3 content errors/);
    expect(message).toMatch(/synonyms\.yaml › \[1\]\[1\] \(line 2\): member is the number 080/);
    expect(message).toMatch(/synonyms\.yaml › \[2\]\[0\] \(line 3\): "Webhook" is also in group \[0\] \(line 1\)/);
    expect(message).toMatch(/bad\.md › category: \[없는 서비스\] is not a category path/);
  });
});
