// A search box's rows show an article's title and link, never a snippet: they are read from the
// title blocks, so typing does not download the articles' text (on documentation with long pages,
// a row's doc block is tens of kilobytes).
import { describe, expect, test } from "vitest";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";
import type { SearchData } from "../../src/search/types";

const LONG_BODY = "설정 화면에서 항목을 고르고 저장합니다. ".repeat(400);

/** Thirty articles with long bodies (each its own doc block) and distinct titles. */
const DATA: SearchData = {
  version: 1,
  categories: [{ path: "guide", labels: ["안내"] }],
  docs: Array.from({ length: 30 }, (_, i) => ({
    slug: `guide-${String(i).padStart(2, "0")}`,
    title: `알림 설정 ${i}번째 안내`,
    category: 0,
    updated: "2025-01-01",
    keywords: [],
    body: `${LONG_BODY} 알림 ${i}`,
    headings: [],
  })),
};

/** An engine over DATA with small title blocks (several of them), and the names of the files it read. */
function setUp() {
  const source = new MemorySource(buildSearchFiles(DATA, { titleBytes: 400 }));
  return { engine: new SearchEngine(source), source, kinds: () => source.loaded.map((name) => name.split(/[-.]/)[0]) };
}

describe("the rows of a search box", () => {
  test("are each article's own slug and title, across several title blocks", async () => {
    const { engine, source } = setUp();
    expect(source.meta.files.titleBlockStarts.length).toBeGreaterThan(3);
    const ids = DATA.docs.map((_, id) => id).reverse();
    const heads = await engine.heads(ids);
    expect(heads).toEqual(ids.map((id) => ({ slug: DATA.docs[id]!.slug, title: DATA.docs[id]!.title })));
  });

  test("typing a word loads title blocks for the rows, and no article's text", async () => {
    const { engine, kinds } = setUp();
    const outcome = await engine.instant("알림 설", { limit: 8 });
    expect(outcome.hits).toHaveLength(8);
    const heads = await engine.heads(outcome.hits.map((hit) => hit.id));
    expect(heads.map((head) => head.title)).toEqual(outcome.hits.map((hit) => DATA.docs[hit.id]!.title));
    expect(kinds()).toContain("titles");
    expect(kinds()).not.toContain("docs");
  });

  test("an article whose text is already loaded needs no title block", async () => {
    const { engine, kinds } = setUp();
    await engine.load([3, 4]);
    const before = kinds().length;
    expect(await engine.heads([4, 3])).toEqual([
      { slug: "guide-04", title: "알림 설정 4번째 안내" },
      { slug: "guide-03", title: "알림 설정 3번째 안내" },
    ]);
    expect(kinds().slice(before)).toEqual([]);
  });
});
