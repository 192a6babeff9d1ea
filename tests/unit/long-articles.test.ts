// A long article's doc block holds its lead; the rest of its body is in a rests file. A results page
// takes the snippet from the lead when the lead has the query's words, so it does not download the
// whole text of every long article it lists; everything that needs the whole text still gets it.
import { describe, expect, test } from "vitest";
import { buildSearchFiles, leadAndRest } from "../../src/node/search/search-files";
import { SearchEngine } from "../../src/search/engine";
import { LEAD_CHARS } from "../../src/search/format/files";
import { makeSnippet } from "../../src/search/snippet";
import { parseQuery } from "../../src/search/query";
import { MemorySource } from "../../bench/memory-source";
import { SearchPageController, type PageScreen } from "../../src/client/search-page-controller";
import type { SearchView } from "../../src/client/search-view";
import { RecentSearches } from "../../src/client/recent-searches";
import { dataFor, MapStore } from "./helpers";

const FILLER = "요금은 매달 1일에 청구되며 사용량에 따라 달라집니다. ";
const LONG_BODY = `요금제는 기본형과 확장형 두 가지가 있습니다. ${FILLER.repeat(120)}약정 기간 안에 해지하면 위약금이 붙습니다.`;

const DATA = dataFor([
  { slug: "plans", title: "요금제 안내", body: LONG_BODY, category: 5 },
  {
    slug: "short",
    title: "청구서 보기",
    body: "청구서는 매달 메일로 보내 드립니다. 요금제별 청구 금액이 나옵니다.",
    category: 5,
  },
]);

function setUp() {
  const source = new MemorySource(buildSearchFiles(DATA));
  const engine = new SearchEngine(source);
  const rests = () => source.loaded.filter((name) => name.startsWith("rests-"));
  return { source, engine, rests };
}

describe("a long article's lead and rest", () => {
  test("are the body cut at a space, never inside a character, within the lead's length", () => {
    expect(leadAndRest("짧은 본문")).toBeNull();
    const emoji = "가".repeat(LEAD_CHARS - 1) + "😀".repeat(10);
    for (const body of [LONG_BODY, "가".repeat(LEAD_CHARS * 2), emoji]) {
      const [lead, rest] = leadAndRest(body)!;
      expect(lead + rest).toBe(body);
      expect(lead.length).toBeLessThanOrEqual(LEAD_CHARS);
      expect(rest.length).toBeGreaterThan(0);
      // Whole characters on both sides.
      expect([...lead, ...rest].join("")).toBe(body);
      expect(lead.at(-1)!.charCodeAt(0) >= 0xd800 && lead.at(-1)!.charCodeAt(0) <= 0xdbff).toBe(false);
    }
    const [lead, rest] = leadAndRest(LONG_BODY)!;
    expect(rest.startsWith(" ")).toBe(true);
    expect(lead.endsWith(" ")).toBe(false);
  });

  test("load gives the whole body; excerpts give the lead alone, without reading the rest", async () => {
    const { engine, rests } = setUp();
    const [plans] = await engine.excerpts([0]);
    expect(plans!.more).toBe(true);
    expect(LONG_BODY.startsWith(plans!.body)).toBe(true);
    expect(plans!.body.length).toBeLessThan(LONG_BODY.length);
    expect(rests()).toEqual([]);
    const [whole] = await engine.load([0]);
    expect(whole!.body).toBe(LONG_BODY);
    expect(rests()).toHaveLength(1);
    expect((await engine.excerpts([0]))[0]).toEqual({ ...whole, more: false });
  });

  test("articles whose rests share a file are each whole, whichever is loaded first", async () => {
    const many = dataFor(
      Array.from({ length: 6 }, (_, i) => ({
        slug: `long-${i}`,
        title: `안내 ${i}`,
        body: `앞부분 ${i}번 문장입니다. 뒷부분 ${i}번 문장이 이어집니다.`,
      })),
    );
    const source = new MemorySource(buildSearchFiles(many, { docBlockSize: 1, leadChars: 20 }));
    const engine = new SearchEngine(source);
    const rests = source.loaded.filter((name) => name.startsWith("rests-"));
    expect(rests).toEqual([]);
    expect((await engine.load([4]))[0]!.body).toBe(many.docs[4]!.body);
    // One rests file held every rest; the others' doc blocks load afterwards.
    expect(source.loaded.filter((name) => name.startsWith("rests-"))).toHaveLength(1);
    expect((await engine.load([1, 5])).map((doc) => doc.body)).toEqual([many.docs[1]!.body, many.docs[5]!.body]);
    const { slug, title, keywords, body } = many.docs[2]!;
    expect((await engine.excerpts([2]))[0]).toEqual({ slug, title, keywords, body, more: false });
  });

  test("a word only in the rest is found, counted and verified like any other", async () => {
    const { engine } = setUp();
    expect((await engine.search("위약금")).hits.map((hit) => hit.id)).toEqual([0]);
    expect((await engine.search("해지하면 위약금")).hits.map((hit) => hit.id)).toEqual([0]);
  });

  test("a snippet that reaches the end of a lead, mid-sentence, ends with …", () => {
    const terms = parseQuery("확장형").terms;
    expect(makeSnippet("요금제는 기본형과 확장형 두 가지가", terms, 150, true).at(-1)).toEqual({ text: "…", mark: false });
    expect(makeSnippet("요금제는 기본형과 확장형 두 가지가", terms, 150, false).at(-1)!.text).not.toBe("…");
  });
});

class Screen implements PageScreen {
  shown: SearchView | undefined;
  /** The first drawing with results, before any snippet was refined. */
  first: SearchView | undefined;
  refineSnippets = (results: SearchView["results"]) => void (this.shown = this.shown && { ...this.shown, results: [...results] });
  inputText = () => "";
  setInputText = () => undefined;
  inputFocused = () => false;
  setControls = () => undefined;
  busy = () => undefined;
  show = (view: SearchView) => {
    this.shown = view;
    if (view.results.length > 0) this.first ??= view;
  };
  snippet(slug: string, view = this.shown): { text: string; marked: string[] } {
    const parts = view!.results.find((result) => result.slug === slug)!.snippet;
    return { text: parts.map((part) => part.text).join(""), marked: parts.filter((part) => part.mark).map((part) => part.text) };
  }
}

async function resultsPage(q: string) {
  const { engine, rests } = setUp();
  const screen = new Screen();
  const page = new SearchPageController(screen, {
    address: { path: "/search/", search: () => `?q=${encodeURIComponent(q)}`, write: () => undefined },
    knownCategories: new Set(),
    articleBase: "/articles/",
    recent: new RecentSearches(new MapStore()),
    searchLog: () => Promise.resolve(null),
    after: () => () => undefined,
  });
  page.start(Promise.resolve(engine));
  await expect.poll(() => screen.shown?.results.length ?? 0).toBeGreaterThan(0);
  return { screen, rests };
}

describe("a results page listing a long article", () => {
  test("takes the snippet from its lead when the lead has the words: the rest is not downloaded", async () => {
    const { screen, rests } = await resultsPage("확장형");
    expect(screen.snippet("plans").marked).toEqual(["확장형"]);
    expect(rests()).toEqual([]);
  });

  test("initials, which match titles only, read no rest: the title's words they matched are in the lead", async () => {
    const { screen, rests } = await resultsPage("ㅇㄱㅈ");
    expect(screen.snippet("plans").marked).toEqual(["요금제"]);
    expect(rests()).toEqual([]);
  });

  test("when only the rest has a word: lists the page from the lead at once, then redraws the snippet with the word", async () => {
    const { screen, rests } = await resultsPage("위약금");
    // The first drawing, with the count final, takes the lead's opening.
    expect(screen.first!.heading).toBe("도움말 검색 결과 (총 1건)");
    expect(screen.snippet("plans", screen.first).marked).toEqual([]);
    expect(screen.snippet("plans", screen.first).text.startsWith("요금제는 기본형과")).toBe(true);
    await expect.poll(() => screen.snippet("plans").marked).toEqual(["위약금"]);
    expect(screen.snippet("plans").text).toContain("해지하면 위약금이");
    expect(rests()).toHaveLength(1);
  });
});
