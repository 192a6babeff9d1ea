// The questions of issue 7's table, phrased on the demo content, through the whole pipeline:
// each finds the article the user wanted, and keyword queries keep their exact answers.
import { describe, expect, test } from "vitest";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { buildSearchData } from "../../src/node/search/search-data";
import { engineFor } from "./helpers";

const content = await loadContent(path.resolve("content"));
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
  content.synonyms,
);
const engine = engineFor(data);

async function slugs(query: string, top = 10): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.load(hits.slice(0, top).map((hit) => hit.id))).map((record) => record.slug);
}

async function allSlugs(query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.load(hits.map((hit) => hit.id))).map((record) => record.slug).sort();
}

describe("questions as people type them find the article they wanted", () => {
  test.each([
    ["이미지 업로드가 안 돼요", "cb-image-upload-fail", 3],
    ["종료 메시지가 안 나가요", "lc-closing-message", 3],
    ["템플릿 검수 언제 끝나요?", "bm-template-register-review", 3],
    ["챗봇 삭제하기", "cb-delete-bot", 1],
    ["배포 이력 보려면?", "cb-deploy-history", 3],
    ["상담 태그는 어떻게 하나요?", "lc-tags-and-memos", 3],
  ])("%s → %s in the first %i", async (query, slug, top) => {
    expect(await slugs(query, top)).toContain(slug);
  });

  test("a sentence's list stays short", async () => {
    for (const query of ["이미지 업로드가 안 돼요", "템플릿 검수 언제 끝나요?", "종료 메시지가 안 나가요"]) {
      expect((await engine.search(query)).hits.length).toBeLessThanOrEqual(30);
    }
  });

  test("punctuation typed with the words changes nothing", async () => {
    expect(await allSlugs("봇 배포.")).toEqual(await allSlugs("봇 배포"));
    expect(await allSlugs('"배포"')).toEqual(await allSlugs("배포"));
    expect(await allSlugs("상담 태그?")).toEqual(await allSlugs("상담 태그"));
  });
});

describe("corrections are searched at once and named", () => {
  test.each([
    ["cotqht", "챗봇"],
    ["xpavmfflt", "템플릿"],
    ["쳇봇", "챗봇"],
    ["cotqht 삭제", "챗봇 삭제"],
  ])("%s → %s", async (typed, meant) => {
    const outcome = await engine.search(typed);
    expect(outcome.corrected).toBe(meant);
    expect(await allSlugs(typed)).toEqual(await allSlugs(meant));
  });
  test("with corrections off, the words are searched as typed", async () => {
    expect((await engine.search("cotqht", { correct: false })).hits).toHaveLength(0);
  });
  test("웹훅 finds the Webhook articles through the synonyms file, and is never corrected to 압축", async () => {
    const outcome = await engine.search("웹훅");
    expect(outcome.corrected).toBeNull();
    expect(await slugs("웹훅")).toEqual(expect.arrayContaining(["bm-result-webhook", "lc-webhook-chat-events"]));
    expect(await engine.suggest("웹훅")).not.toBe("압축");
  });
  test("a correction is a whole word of the articles, never a fragment", async () => {
    const { corrected } = await engine.search("쳇봇 블룩");
    expect(corrected).not.toBeNull();
    for (const word of corrected!.split(" ")) {
      expect(
        data.docs.some((doc) => `${doc.title} ${doc.body} ${doc.keywords.join(" ")}`.includes(word)),
        word,
      ).toBe(true);
    }
  });
  test("words that are real Korean (a verb, a noun with a particle) are not corrected", async () => {
    // Not `나요` for 나가요 (a fragment), nor anything else: they are searched as typed, stemmed.
    for (const query of ["종료 메시지가 안 나가요", "블록인 연결"]) {
      expect((await engine.search(query)).corrected, query).toBeNull();
    }
  });
});

describe("keyword queries keep the exact contract", () => {
  test.each(["세금계산서 주소", "챗봇", "주", "ㅊㅂ", "1:1", "채널 연결"])("%s is answered exactly", async (query) => {
    const outcome = await engine.search(query);
    expect(outcome.mode).toBe("exact");
    expect(outcome.corrected).toBeNull();
    expect(outcome.fullMatches).toBe(outcome.totalAll);
  });
  test("relaxed results say how many articles have every word", async () => {
    const outcome = await engine.search("세금계산서 메일 변경이 안 돼요");
    expect(outcome.fullMatches).toBeLessThanOrEqual(outcome.totalAll);
    expect(outcome.mode === "relaxed").toBe(outcome.fullMatches < outcome.totalAll);
  });
});
