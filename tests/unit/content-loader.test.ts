import { afterEach, describe, expect, test } from "vitest";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { ContentError } from "../../src/node/content/problems";

const CATEGORIES = `
- label: 챗봇 관리자센터
  slug: chatbot-admin
  children:
    - label: 시작하기
      slug: getting-started
      children:
        - label: 운영 준비
          slug: preparation
`;

const article = (fields: string, body = "본문입니다.") => `---\n${fields}\n---\n${body}\n`;
const GOOD = article("title: 챗봇을 만들 수 있나요?\ncategory: [챗봇 관리자센터, 시작하기, 운영 준비]\nupdated: 2025-03-14");

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

async function folder(files: Record<string, string>, categories = CATEGORIES): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "content-"));
  dirs.push(dir);
  await writeFile(path.join(dir, "categories.yaml"), categories);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function problemsOf(dir: string): Promise<string> {
  try {
    await loadContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("expected a ContentError");
}

describe("loadContent", () => {
  test("loads articles with category path, NFC text and keywords", async () => {
    const dir = await folder({
      "a/good.md": GOOD,
      "b/nfd.md": article(
        'title: 정산 일정\ncategory: [챗봇 관리자센터, 시작하기]\nupdated: 2024-12-01\nkeywords: [월말, "3010"]',
      ).normalize("NFD"),
    });
    const { articles, categories } = await loadContent(dir);
    expect(categories.map((c) => c.path)).toEqual([
      "chatbot-admin",
      "chatbot-admin/getting-started",
      "chatbot-admin/getting-started/preparation",
    ]);
    expect(articles.map((a) => a.slug)).toEqual(["good", "nfd"]);
    const nfd = articles[1]!;
    expect(nfd.title).toBe("정산 일정".normalize("NFC"));
    expect(nfd.categoryPath).toBe("chatbot-admin/getting-started");
    expect(nfd.keywords).toEqual(["월말", "3010"]);
  });

  test("an unknown category path names the file and the field", async () => {
    const dir = await folder({ "x.md": article("title: 제목\ncategory: [챗봇 관리자센터, 없는 섹션]\nupdated: 2025-01-01") });
    expect(await problemsOf(dir)).toMatch(
      /x\.md › category: \[챗봇 관리자센터, 없는 섹션\] is not a category path in categories\.yaml/,
    );
  });

  test("a missing or empty title", async () => {
    const dir = await folder({
      "missing.md": article("category: [챗봇 관리자센터]\nupdated: 2025-01-01"),
      "empty.md": article("title: '  '\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01"),
    });
    const message = await problemsOf(dir);
    expect(message).toMatch(/missing\.md › title: title is missing/);
    expect(message).toMatch(/empty\.md › title: title is empty/);
  });

  test("a date that is not a date", async () => {
    const dir = await folder({
      "feb.md": article("title: 제목\ncategory: [챗봇 관리자센터]\nupdated: 2025-02-30"),
      "word.md": article("title: 제목\ncategory: [챗봇 관리자센터]\nupdated: 어제"),
    });
    const message = await problemsOf(dir);
    expect(message).toMatch(/feb\.md › updated: "2025-02-30" is not a date written YYYY-MM-DD/);
    expect(message).toMatch(/word\.md › updated: "어제" is not a date/);
  });

  test("a duplicate file name in two folders", async () => {
    const dir = await folder({ "a/same.md": GOOD, "b/same.md": GOOD });
    expect(await problemsOf(dir)).toMatch(/b\/same\.md: duplicate file name "same\.md" \(also .*a\/same\.md\)/);
  });

  test("broken YAML in front matter", async () => {
    const dir = await folder({ "broken.md": article("title: [열린 괄호\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01") });
    expect(await problemsOf(dir)).toMatch(/broken\.md › line \d+: broken YAML/);
  });

  test("a number where text belongs says how to quote it", async () => {
    const dir = await folder({
      "num.md": article("title: 제목\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01\nkeywords: [코드, 080]"),
    });
    expect(await problemsOf(dir)).toMatch(/num\.md › keywords\[1\]: each keyword is the number 80: put text in quotes/);
  });

  test("unknown fields and missing front matter", async () => {
    const dir = await folder({
      "typo.md": article("title: 제목\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01\nkeyword: [오타]"),
      "bare.md": "# 제목만 있는 글\n",
    });
    const message = await problemsOf(dir);
    expect(message).toMatch(/typo\.md: unknown field\(s\) keyword/);
    expect(message).toMatch(/bare\.md: no front matter/);
  });

  test("categories.yaml with a duplicate slug, or broken", async () => {
    const duplicate = `- label: 가\n  slug: same\n- label: 나\n  slug: same\n`;
    expect(await problemsOf(await folder({ "a.md": GOOD }, duplicate))).toMatch(
      /categories\.yaml › \[1\]\.slug: duplicate slug "same"/,
    );
    expect(await problemsOf(await folder({ "a.md": GOOD }, "- label: [\n"))).toMatch(/categories\.yaml.*broken YAML/);
    expect(await problemsOf(await folder({ "a.md": GOOD }, "- label: 가\n  slug: Bad Slug\n"))).toMatch(/slug must be lowercase/);
  });

  test("promoted is optional and must be true or false", async () => {
    const pinned = article("title: 고정된 글\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01\npromoted: true");
    const content = await loadContent(await folder({ "a.md": GOOD, "b.md": pinned }));
    expect(content.articles.map((a) => [a.slug, a.promoted])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    const wrong = article("title: 글\ncategory: [챗봇 관리자센터]\nupdated: 2025-01-01\npromoted: yes please");
    expect(await problemsOf(await folder({ "c.md": wrong }))).toMatch(
      /c\.md › promoted: promoted must be true or false, not "yes please"/,
    );
  });

  test("the category slug `page` is reserved for the pages of a category's list", async () => {
    expect(await problemsOf(await folder({ "a.md": GOOD }, "- label: 가\n  slug: page\n"))).toMatch(
      /categories\.yaml › \[0\]\.slug: slug "page" is reserved/,
    );
  });

  test("several errors are reported together, and no article is skipped silently", async () => {
    const dir = await folder({
      "one.md": article("category: [챗봇 관리자센터]\nupdated: 2025-01-01"),
      "two.md": article("title: 제목\ncategory: [없음]\nupdated: 2025-13-01"),
      "three.md": GOOD,
    });
    const message = await problemsOf(dir);
    expect(message).toMatch(/^3 content errors/);
    expect(message).toMatch(/one\.md/);
    expect(message.match(/two\.md/g)).toHaveLength(2);
  });
});
