/**
 * The search page's behaviour without a browser (search-page-controller.ts): a fake screen keeps
 * what the page would show, a fake address keeps the history entries, and the engine is a real
 * one over a few articles that the test can hold back. search.spec.ts checks the page end to end.
 */
import { describe, expect, test } from "vitest";
import {
  SearchPageController,
  TYPING_DELAY_MS,
  type PageAddress,
  type PageScreen,
} from "../../src/client/search-page-controller";
import type { PageState } from "../../src/client/search-state";
import type { SearchView } from "../../src/client/search-view";
import type { EngineApi } from "../../src/client/engine-api";
import { RecentSearches } from "../../src/client/recent-searches";
import type { SearchEngine } from "../../src/search/engine";
import { engineFor, MapStore } from "./helpers";

const ENGINE = engineFor([
  ...Array.from({ length: 23 }, (_, i) => ({ slug: `card-${i}`, title: `결제 카드 안내 ${i + 1}`, category: 5 })),
  { slug: "bot", title: "챗봇 채널 연결하기", body: "챗봇을 채널에 연결합니다." },
]);

class FakeScreen implements PageScreen {
  text = "";
  hasFocus = false;
  controls: PageState | undefined;
  shown: SearchView | undefined;
  inputText = () => this.text;
  setInputText = (text: string) => void (this.text = text);
  inputFocused = () => this.hasFocus;
  setControls = (state: PageState) => void (this.controls = state);
  busy = () => undefined;
  show = (view: SearchView) => void (this.shown = view);
  refineSnippets = (results: SearchView["results"]) =>
    void (this.shown = this.shown && {
      ...this.shown,
      results: this.shown.results.map((result, i) => ({ ...result, snippet: results[i]?.snippet ?? result.snippet })),
    });
  get heading(): string {
    return this.shown?.heading ?? "";
  }
  get titles(): string[] {
    return (this.shown?.results ?? []).map((result) => result.title.map((part) => part.text).join(""));
  }
}

class FakeAddress implements PageAddress {
  readonly path = "/search/";
  readonly entries: string[];
  constructor(search: string) {
    this.entries = [search];
  }
  search = () => this.entries.at(-1)!;
  write = (search: string, mode: "push" | "replace") => {
    if (mode === "replace") this.entries.pop();
    this.entries.push(search);
  };
}

/** An engine whose searches each wait until the test answers them, in the order it chooses. */
function heldEngine(engine: SearchEngine) {
  const waiting: (() => void)[] = [];
  const api: EngineApi = {
    search: async (...args) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return engine.search(...args);
    },
    instant: (...args) => engine.instant(...args),
    load: (...args) => engine.load(...args),
    excerpts: (...args) => engine.excerpts(...args),
    heads: (...args) => engine.heads(...args),
    suggest: (...args) => engine.suggest(...args),
    prepare: () => engine.prepare(),
  };
  return { api, answer: (call: number) => waiting[call]!() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function setUp(search: string, engine: Promise<EngineApi> = Promise.resolve(ENGINE)) {
  const screen = new FakeScreen();
  const address = new FakeAddress(search);
  const recent = new RecentSearches(new MapStore());
  const timers: { at: number; task: () => void }[] = [];
  let now = 0;
  const page = new SearchPageController(screen, {
    address,
    knownCategories: new Set(["bill", "bill/money", "bill/money/settle", "bot"]),
    articleBase: "/articles/",
    recent,
    searchLog: () => Promise.resolve(null),
    after: (ms, task) => {
      const timer = { at: now + ms, task };
      timers.push(timer);
      return () => {
        const i = timers.indexOf(timer);
        if (i >= 0) timers.splice(i, 1);
      };
    },
  });
  /** Moves the clock on, running the timers due. */
  const wait = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.task();
    }
  };
  page.start(engine);
  return { screen, address, recent, page, wait };
}

describe("a shared link", () => {
  test("shows its results, and its query becomes a recent search", async () => {
    const { screen, recent } = setUp("?q=%EC%B9%B4%EB%93%9C");
    await settle();
    expect(screen.heading).toBe("도움말 검색 결과 (총 23건)");
    expect(screen.titles).toHaveLength(10);
    expect(recent.list()).toEqual(["카드"]);
  });

  test("a page past the last shows the last, and the URL says so without a new history entry", async () => {
    const { screen, address } = setUp("?q=%EC%B9%B4%EB%93%9C&page=999");
    await settle();
    expect(address.entries).toEqual(["?q=%EC%B9%B4%EB%93%9C&page=3"]);
    expect(screen.titles).toHaveLength(3);
  });

  test("an unknown category or sort is dropped from the URL in place", async () => {
    const { address, screen } = setUp("?q=%EC%B9%B4%EB%93%9C&category=nowhere&sort=oldest");
    await settle();
    expect(address.entries).toEqual(["?q=%EC%B9%B4%EB%93%9C"]);
    expect(screen.controls).toMatchObject({ category: "", sort: "relevance" });
  });

  test("an engine that cannot open says the search failed instead of waiting forever", async () => {
    const { screen } = setUp("?q=%EC%B9%B4%EB%93%9C", Promise.reject(new Error("offline")));
    await settle();
    expect(screen.heading).not.toBe("");
    expect(screen.titles).toEqual([]);
    expect(screen.shown?.busy).toBe(false);
  });
});

describe("searching on the page", () => {
  test("typing updates the list once the typing pauses, replacing the history entry; Enter adds one", async () => {
    const { screen, address, page, wait } = setUp("");
    screen.hasFocus = true;
    for (const text of ["채", "챗", "챗봇"]) {
      screen.text = text;
      page.typed();
      wait(TYPING_DELAY_MS - 1);
    }
    expect(address.entries).toEqual([""]);
    wait(1);
    await settle();
    expect(address.entries).toEqual(["?q=%EC%B1%97%EB%B4%87"]);
    expect(screen.titles).toEqual(["챗봇 채널 연결하기"]);
    page.searched("카드");
    await settle();
    expect(address.entries).toEqual(["?q=%EC%B1%97%EB%B4%87", "?q=%EC%B9%B4%EB%93%9C"]);
    expect(screen.heading).toBe("도움말 검색 결과 (총 23건)");
  });

  test("a slow answer to an older query never replaces the newer one's", async () => {
    const engine = heldEngine(ENGINE);
    const { screen, page } = setUp("", Promise.resolve(engine.api));
    await settle();
    page.searched("카드");
    await settle();
    page.searched("챗봇");
    await settle();
    engine.answer(1);
    await settle();
    expect(screen.titles).toEqual(["챗봇 채널 연결하기"]);
    engine.answer(0);
    await settle();
    expect(screen.titles).toEqual(["챗봇 채널 연결하기"]);
  });

  test("sort and category reset the page; back restores the URL's state", async () => {
    const { screen, address, page } = setUp("?q=%EC%B9%B4%EB%93%9C&page=2");
    await settle();
    page.sorted("latest", "push");
    await settle();
    expect(address.entries.at(-1)).toBe("?q=%EC%B9%B4%EB%93%9C&sort=latest");
    page.filtered("bot", "push");
    await settle();
    expect(address.entries.at(-1)).toBe("?q=%EC%B9%B4%EB%93%9C&category=bot&sort=latest");
    expect(screen.titles).toEqual([]);
    address.entries.splice(-2);
    page.addressChanged();
    await settle();
    expect(page.current).toMatchObject({ page: 2, sort: "relevance", category: "" });
    expect(screen.titles[0]).toMatch(/^결제 카드 안내/);
  });

  test("a page link is followed in place and the box shows its query", async () => {
    const { screen, address, page } = setUp("?q=%EC%B9%B4%EB%93%9C");
    await settle();
    page.follow({ ...page.current, page: 3 });
    await settle();
    expect(address.entries.at(-1)).toBe("?q=%EC%B9%B4%EB%93%9C&page=3");
    expect(screen.text).toBe("카드");
    expect(page.href({ ...page.current, page: 2 })).toBe("/search/?q=%EC%B9%B4%EB%93%9C&page=2");
  });
});
