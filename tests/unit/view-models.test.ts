// The browser's view models without a DOM: the combobox's keys, the recent searches, the popup's
// rows and the search page's view (heading, document title, message, results).
import { describe, expect, test } from "vitest";
import { afterRemoval, closed, onKey, withOptions, type ComboState } from "../../src/client/combobox-model";
import { RecentSearches, RECENT_KEY, type RecentStore } from "../../src/client/recent-searches";
import { recentView, searchPageHref, typingView } from "../../src/client/instant-view";
import { clampedPage, loadingView, promptView, resultsView } from "../../src/client/search-view";
import type { PageState } from "../../src/client/search-state";
import { engineFor, MapStore } from "./helpers";

const keys = (start: ComboState, ...pressed: string[]) => {
  let state = start;
  const effects: unknown[] = [];
  for (const key of pressed) {
    const step = onKey(state, key);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
};

describe("combobox keys (WAI-ARIA 1.2 list autocomplete)", () => {
  const three = withOptions(3, true);
  test("new options open the popup with nothing active; none (or no focus) keep it closed", () => {
    expect(three).toEqual({ open: true, count: 3, active: -1 });
    expect(withOptions(0, true).open).toBe(false);
    expect(withOptions(3, false).open).toBe(false);
  });
  test("↓ and ↑ move and wrap around", () => {
    expect(keys(three, "ArrowDown").state.active).toBe(0);
    expect(keys(three, "ArrowDown", "ArrowDown", "ArrowDown").state.active).toBe(2);
    expect(keys(three, "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown").state.active).toBe(0);
    expect(keys(three, "ArrowUp").state.active).toBe(2);
    expect(keys(three, "ArrowDown", "ArrowUp").state.active).toBe(2);
  });
  test("↓ on a closed popup opens it on the first option, ↑ on the last; Alt+↓ opens without moving", () => {
    const shut = { ...three, open: false };
    expect(onKey(shut, "ArrowDown").state).toEqual({ open: true, count: 3, active: 0 });
    expect(onKey(shut, "ArrowUp").state).toEqual({ open: true, count: 3, active: 2 });
    expect(onKey(shut, "ArrowDown", { alt: true }).state).toEqual({ open: true, count: 3, active: -1 });
  });
  test("Enter chooses the active option, or submits the box when none is", () => {
    expect(keys(three, "ArrowDown", "ArrowDown", "Enter").effects).toEqual([{ type: "choose", index: 1 }]);
    const submit = onKey(three, "Enter");
    expect(submit.effect).toEqual({ type: "submit" });
    expect(submit.handled).toBe(false);
  });
  test("Escape closes; a second Escape clears the box", () => {
    const once = onKey(keys(three, "ArrowDown").state, "Escape");
    expect(once.state.open).toBe(false);
    expect(once.state.active).toBe(-1);
    expect(once.effect).toBeNull();
    expect(onKey(once.state, "Escape").effect).toEqual({ type: "clear-input" });
  });
  test("Tab closes and moves on (its default is kept)", () => {
    const tab = onKey(keys(three, "ArrowDown").state, "Tab");
    expect(tab.state.open).toBe(false);
    expect(tab.handled).toBe(false);
  });
  test("Delete removes the active option only; other keys are the input's", () => {
    expect(keys(three, "ArrowDown", "Delete").effects).toEqual([{ type: "remove", index: 0 }]);
    expect(onKey(three, "Delete").handled).toBe(false);
    expect(onKey(three, "a").handled).toBe(false);
    expect(onKey(closed, "ArrowDown").handled).toBe(false);
  });
  test("after a removal the next option is active, or the new last one", () => {
    expect(afterRemoval({ open: true, count: 3, active: 2 }, 2)).toEqual({ open: true, count: 2, active: 1 });
    expect(afterRemoval({ open: true, count: 3, active: 0 }, 2)).toEqual({ open: true, count: 2, active: 0 });
    expect(afterRemoval({ open: true, count: 1, active: 0 }, 0)).toEqual(closed);
  });
});

describe("recent searches", () => {
  test("most recent first, no repeats, at most five, each cleaned", () => {
    const recent = new RecentSearches(new MapStore());
    for (const q of ["챗봇", "  상담  태그 ", "템플릿", "챗봇", "환불", "상담원", "웹훅"]) recent.add(q);
    expect(recent.list()).toEqual(["웹훅", "상담원", "환불", "챗봇", "템플릿"]);
    expect(recent.add("상담 태그")[0]).toBe("상담 태그");
  });
  test("remove one, clear all; an empty query is not kept", () => {
    const store = new MapStore();
    const recent = new RecentSearches(store);
    recent.add("챗봇");
    recent.add("배포");
    recent.add("   ");
    expect(recent.remove("챗봇")).toEqual(["배포"]);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(store.items.has(RECENT_KEY)).toBe(false);
  });
  test("whatever the storage holds, the list is readable; storage that throws is no error", () => {
    const store = new MapStore();
    for (const junk of ["{not json", '{"a":1}', "42", '[1, null, "<b>챗봇</b>", "챗봇", "챗봇"]']) {
      store.setItem(RECENT_KEY, junk);
      expect(() => new RecentSearches(store).list()).not.toThrow();
    }
    expect(new RecentSearches(store).list()).toEqual(["<b>챗봇</b>", "챗봇"]);
    const refusing: RecentStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const recent = new RecentSearches(refusing);
    expect(recent.add("챗봇")).toEqual(["챗봇"]);
    expect(() => recent.clear()).not.toThrow();
    expect(new RecentSearches(null).list()).toEqual([]);
  });
});

const engine = engineFor([
  { title: "챗봇 만들기", body: "새 챗봇을 만드는 방법입니다.", updated: "2025-03-02" },
  { title: "챗봇 삭제하기", body: "삭제한 봇은 되돌릴 수 없습니다. 챗봇 목록에서 지웁니다.", updated: "2025-05-20" },
  { title: "템플릿 검수 기간", body: "검수는 영업일 기준 2일 걸립니다.", updated: "2024-12-01", category: 5 },
]);
const paths = { searchPage: "/help/search/", articleBase: "/help/articles/", category: "" };

describe("the popup's rows", () => {
  test("while typing: breadcrumb + highlighted title per article, then the search page row with its count", async () => {
    const outcome = await engine.instant("챗보");
    const view = typingView(outcome, await engine.load(outcome.hits.map((hit) => hit.id)), paths);
    const articles = view.rows.filter((row) => row.kind === "article");
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ crumbs: "[챗봇 관리자센터][시작하기][운영 준비]" });
    const first = articles[0]!.kind === "article" ? articles[0]!.title : [];
    expect(first.filter((part) => part.mark).map((part) => part.text)).toEqual(["챗봇"]);
    // The search page corrects the half-typed 챗보 (no article has it) to 챗봇: the popup's label
    // says so, and the last row names what the search page will search.
    expect(view.label).toBe("'챗보' 대신 '챗봇'으로 찾은 결과");
    expect(view.rows.at(-1)).toEqual({
      kind: "all",
      text: `'챗봇' 검색 결과 전체 보기 (${outcome.total}건)`,
      href: "/help/search/?q=%EC%B1%97%EB%B3%B4",
    });
    expect(view.status).toContain("2건");
    expect(view.notice).toBeNull();
  });
  test("while typing a word the search page will correct, the label and the last row say what it searches", async () => {
    const outcome = await engine.instant("cotqht");
    const view = typingView(outcome, await engine.load(outcome.hits.map((hit) => hit.id)), paths);
    expect(view.label).toBe("'cotqht' 대신 '챗봇'으로 찾은 결과");
    expect(view.rows.at(-1)).toEqual({ kind: "all", text: "'챗봇' 검색 결과 전체 보기 (2건)", href: "/help/search/?q=cotqht" });
    expect(outcome.total).toBe(2);
  });
  test("text that matches nothing: a sentence, not an option, and one row to the search page's help, no link to 0건", async () => {
    const outcome = await engine.instant("qqqzzz");
    const view = typingView(outcome, [], paths);
    expect(view.notice).toBe("일치하는 도움말이 없습니다.");
    expect(view.rows).toEqual([{ kind: "all", text: "자주 찾는 도움말과 카테고리 보기", href: "/help/search/?q=qqqzzz" }]);
    expect(view.rows.some((row) => row.kind === "all" && row.text.includes("0건"))).toBe(false);
  });
  test("a phone lists fewer articles; the last row stays", async () => {
    const many = engineFor(
      Array.from({ length: 10 }, (_, i) => ({ title: `정산 안내 ${i + 1}`, body: "정산 일정입니다.", updated: "2025-01-01" })),
    );
    const outcome = await many.instant("정산");
    const records = await many.load(outcome.hits.map((hit) => hit.id));
    expect(typingView(outcome, records, paths).rows.filter((row) => row.kind === "article")).toHaveLength(8);
    const narrow = typingView(outcome, records, paths, 6).rows;
    expect(narrow.filter((row) => row.kind === "article")).toHaveLength(6);
    expect(narrow.at(-1)).toMatchObject({ kind: "all", text: "'정산' 검색 결과 전체 보기 (10건)" });
  });
  test("a category page's box opens the search page in that category", () => {
    expect(searchPageHref({ ...paths, category: "bill/money" }, "환불")).toBe(
      "/help/search/?q=%ED%99%98%EB%B6%88&category=bill%2Fmoney",
    );
  });
  test("an empty box: the recent searches, labelled, or nothing", () => {
    const view = recentView(["챗봇", "배포"], paths);
    expect(view.label).toBe("최근 검색어");
    expect(view.rows).toEqual([
      { kind: "recent", query: "챗봇", href: "/help/search/?q=%EC%B1%97%EB%B4%87", removeLabel: "'챗봇' 삭제" },
      { kind: "recent", query: "배포", href: "/help/search/?q=%EB%B0%B0%ED%8F%AC", removeLabel: "'배포' 삭제" },
    ]);
    expect(recentView([], paths)).toEqual({ query: "", rows: [], label: null, notice: null, status: "" });
  });
});

describe("the search page's view", () => {
  const state = (q: string, more: Partial<PageState> = {}): PageState => ({
    q,
    category: "",
    sort: "relevance",
    page: 1,
    exact: false,
    ...more,
  });
  const view = async (s: PageState) => {
    const outcome = await engine.search(s.q, { sort: s.sort, category: s.category, correct: !s.exact });
    const records = await engine.load(outcome.hits.map((hit) => hit.id));
    const suggestion = outcome.totalAll === 0 ? await engine.suggest(s.q) : null;
    return resultsView(s, outcome, records, suggestion, "/articles/");
  };

  test("heading, document title with the query and count, each result's breadcrumb, link and date", async () => {
    const v = await view(state("챗봇"));
    expect(v.heading).toBe("도움말 검색 결과 (총 2건)");
    expect(v.documentTitle).toBe("'챗봇' 검색 결과 (2건)");
    expect(v.results.map((r) => r.href).sort()).toEqual(["/articles/doc-0/", "/articles/doc-1/"]);
    expect(v.results[0]).toMatchObject({ crumbs: "[챗봇 관리자센터][시작하기][운영 준비]" });
    expect(v.results.map((r) => r.updatedText).sort()).toEqual(["업데이트 2025.03.02", "업데이트 2025.05.20"]);
    expect(v.results.map((r) => r.updated).sort()).toEqual(["2025-03-02", "2025-05-20"]);
    expect(v.message).toEqual([]);
    expect(v.pages).toEqual([]);
  });
  test("the page number follows the count in the document title after page 1", async () => {
    const many = engineFor(Array.from({ length: 25 }, (_, i) => ({ title: `배포 ${i}`, body: "배포" })));
    const s = state("배포", { page: 3 });
    const outcome = await many.search("배포");
    const v = resultsView(s, outcome, await many.load(outcome.hits.slice(20).map((hit) => hit.id)), null, "/a/");
    expect(v.documentTitle).toBe("'배포' 검색 결과 (25건) - 3페이지");
    expect(v.results).toHaveLength(5);
    expect(v.pages.map((p) => p.label)).toEqual(["이전", "1", "2", "3"]);
    expect(v.pages.find((p) => p.current)?.page).toBe(3);
    expect(clampedPage(state("배포", { page: 9 }), 25)?.page).toBe(3);
    expect(clampedPage(s, 25)).toBeNull();
  });
  test("initials matched in a title are marked in the snippet too", async () => {
    const v = await view(state("ㅊㅂ"));
    for (const result of v.results) {
      expect(result.title.filter((p) => p.mark).map((p) => p.text)).toEqual(["챗봇"]);
      expect(result.snippet.filter((p) => p.mark).map((p) => p.text)).toContain("챗봇");
    }
  });
  test("no results: the message says so and links a suggestion", async () => {
    const v = await view(state("쳇봇", { exact: true }));
    expect(v.heading).toBe("도움말 검색 결과 (총 0건)");
    expect(v.message[0]).toBe("'쳇봇'에 대한 검색 결과가 없습니다.");
    const link = v.message.find((part) => typeof part !== "string");
    expect(link).toMatchObject({ text: "챗봇", state: { q: "챗봇", exact: false, page: 1 } });
    // Nothing to order or filter: the controls go, the page's help (tips, pinned articles, categories) comes.
    expect(v).toMatchObject({ showSort: false, showCategory: false, showHelp: true });
  });
  test("results: order and category shown, the help is not", async () => {
    expect(await view(state("챗봇"))).toMatchObject({ showSort: true, showCategory: true, showHelp: false });
  });
  test("a category filter that hides results elsewhere says so, with a link to the whole list and its count", async () => {
    // `니다` ends a sentence in all three articles: one is in 비즈 메시지 (bill), two elsewhere.
    const v = await view(state("니다", { category: "bill" }));
    expect(v.results).toHaveLength(1);
    expect(v.message).toContain("다른 카테고리에도 결과가 있습니다.");
    expect(v.message.at(-1)).toEqual({ text: "전체 카테고리에서 3건 보기", state: state("니다") });
    expect((await view(state("니다"))).results).toHaveLength(3);
  });
  test("a category with none of the results: said, the category menu kept, and the whole list one link away", async () => {
    const v = await view(state("검수", { category: "bot" }));
    expect(v.results).toEqual([]);
    expect(v.message[0]).toBe("이 카테고리에는 '검수'에 대한 검색 결과가 없습니다.");
    expect(v.message.at(-1)).toEqual({ text: "전체 카테고리에서 1건 보기", state: state("검수") });
    expect(v).toMatchObject({ showSort: false, showCategory: true, showHelp: false });
  });
  test("a correction is said, with a link to the words exactly as typed", async () => {
    const v = await view(state("쳇봇"));
    expect(v.message[0]).toBe("'챗봇'으로 검색한 결과입니다.");
    expect(v.message[1]).toEqual({ text: "'쳇봇' 그대로 검색하기", state: state("쳇봇", { exact: true }) });
  });
  test("before results: the prompt, or 'searching' with the query in the title", () => {
    expect(promptView()).toMatchObject({ heading: "도움말 검색", documentTitle: "도움말 검색", busy: false, showHelp: true });
    expect(loadingView(state("챗봇"))).toMatchObject({ heading: "검색 중…", documentTitle: "'챗봇' 검색 중", busy: true });
  });
});
