/**
 * The search box's behaviour without a browser (search-box-controller.ts): a fake screen records
 * what the user would see, and the engine is a real one over three articles, behind a gate the
 * test opens to decide when answers arrive. Browser tests (instant.spec.ts) check the same box
 * end to end; these pin the timing cases that are hard to reach there.
 */
import { describe, expect, test } from "vitest";
import { SearchBoxController, type BoxScreen, type BoxServices } from "../../src/client/search-box-controller";
import type { ComboState } from "../../src/client/combobox-model";
import type { InstantView } from "../../src/client/instant-view";
import { RecentSearches } from "../../src/client/recent-searches";
import { SearchEngine } from "../../src/search/engine";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { MemorySource } from "../../bench/memory-source";
import { dataFor, engineFor, MapStore } from "./helpers";

const ENGINE = engineFor([
  { slug: "bot-connect", title: "챗봇 채널 연결하기", body: "챗봇을 채널에 연결하는 방법입니다." },
  { slug: "card", title: "결제 카드 변경", body: "등록한 결제 카드를 바꿉니다.", category: 5 },
  { slug: "bot-delete", title: "챗봇 삭제", body: "챗봇을 지우면 되돌릴 수 없습니다." },
]);

/** What a user sees of the box: its text, the rows and whether the popup is open, what was said. */
class FakeScreen implements BoxScreen {
  value = "";
  hasFocus = true;
  view: InstantView | undefined;
  popup: ComboState = { open: false, count: 0, active: -1 };
  said: string[] = [];
  text = () => this.value;
  setText = (text: string) => void (this.value = text);
  focused = () => this.hasFocus;
  showRows = (view: InstantView, announce: boolean) => {
    this.view = view;
    if (announce) this.said.push(view.status);
  };
  render = (popup: ComboState) => void (this.popup = popup);
  say = (text: string) => void this.said.push(text);
  /** The rows a user sees (none while the popup is closed), as plain text. */
  get rows(): string[] {
    if (!this.popup.open || !this.view) return [];
    return this.view.rows.map((row) =>
      row.kind === "article" ? row.title.map((part) => part.text).join("") : row.kind === "all" ? row.text : row.query,
    );
  }
}

/** The engine with every `instant` call recorded and held until `open()`. */
class GatedEngine {
  readonly asked: string[] = [];
  private waiting: (() => void)[] = [];
  private held = false;
  constructor(private readonly engine: SearchEngine) {}
  hold(): void {
    this.held = true;
  }
  open(): void {
    this.held = false;
    for (const release of this.waiting.splice(0)) release();
  }
  instant: SearchEngine["instant"] = async (q, options) => {
    this.asked.push(q);
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.engine.instant(q, options);
  };
  heads: SearchEngine["heads"] = (ids) => this.engine.heads(ids);
  prepared = 0;
  prepare: SearchEngine["prepare"] = () => {
    this.prepared++;
    return this.engine.prepare();
  };
}

/** Lets queued tasks and the engine's promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function setUp(overrides: Partial<BoxServices> = {}) {
  const screen = new FakeScreen();
  const engine = new GatedEngine(ENGINE);
  const visited: string[] = [];
  const recent = new RecentSearches(new MapStore());
  const box = new SearchBoxController(screen, {
    paths: { searchPage: "/search/", articleBase: "/articles/", category: "" },
    instant: true,
    engine: () => Promise.resolve(engine),
    recent,
    rowLimit: () => 8,
    navigate: (href) => void visited.push(href),
    openInNewTab: (href) => void visited.push(`new tab: ${href}`),
    searchLog: () => Promise.resolve(null),
    later: (task) => void setTimeout(task, 0),
    ...overrides,
  });
  /** Types `steps` as an IME shows them, one input event each, without waiting in between. */
  const type = (...steps: string[]) => {
    for (const step of steps) {
      screen.value = step;
      box.input();
    }
  };
  return { screen, engine, visited, recent, box, type };
}

describe("typing", () => {
  test("the rows follow the text composed so far: a half-typed last syllable finds the word it begins", async () => {
    const { screen, box, type } = setUp();
    box.focus();
    type("ㅊ", "채", "챗", "챗ㅂ", "챗보");
    await settle();
    expect(screen.popup.open).toBe(true);
    expect(screen.rows).toContain("챗봇 채널 연결하기");
    expect(screen.rows).toContain("챗봇 삭제");
    expect(screen.rows.at(-1)).toMatch(/챗보|챗봇/);
  });

  test("the rows show titles without loading any article's text (a row has no snippet)", async () => {
    const source = new MemorySource(
      buildSearchFiles(
        dataFor([
          { slug: "bot-connect", title: "챗봇 채널 연결하기", body: "챗봇을 채널에 연결하는 방법입니다. ".repeat(200) },
          { slug: "bot-delete", title: "챗봇 삭제", body: "챗봇을 지우면 되돌릴 수 없습니다. ".repeat(200) },
        ]),
      ),
    );
    const { screen, box, type, visited } = setUp({ engine: () => Promise.resolve(new SearchEngine(source)) });
    box.focus();
    type("챗봇");
    await settle();
    expect(screen.rows.slice(0, 2).sort()).toEqual(["챗봇 삭제", "챗봇 채널 연결하기"]);
    expect(source.loaded.filter((name) => name.startsWith("docs"))).toEqual([]);
    box.key("ArrowDown");
    box.key("Enter");
    expect(visited[0]).toMatch(/^\/articles\/bot-(connect|delete)\/$/);
  });

  test("keys typed while a search runs are searched together, with the text as it is then", async () => {
    const { screen, engine, box, type } = setUp();
    box.focus();
    engine.hold();
    type("결");
    await settle();
    type("결제", "결제 ", "결제 카");
    engine.open();
    await settle();
    expect(engine.asked).toEqual(["결", "결제 카"]);
    expect(screen.rows[0]).toBe("결제 카드 변경");
  });

  test("Enter that ends a composition submits nothing; Enter after it opens the search page", async () => {
    const { box, type, visited } = setUp();
    box.focus();
    type("챗봇 삭");
    expect(box.key("Enter", { composing: true })).toBe(true);
    expect(visited).toEqual([]);
    await settle();
    // No row chosen: Enter is the form's, which submits.
    expect(box.key("Enter")).toBe(false);
    box.submit();
    expect(visited).toEqual(["/search/?q=%EC%B1%97%EB%B4%87+%EC%82%AD"]);
  });
});

test("once the first rows are shown, the engine prepares for rereading words, once", async () => {
  const { engine, box, type } = setUp();
  box.focus();
  type("챗");
  await settle();
  expect(engine.prepared).toBe(1);
  type("챗봇", "챗봇 연");
  await settle();
  expect(engine.prepared).toBe(1);
});

describe("choosing", () => {
  test("↓ and Enter open the first article, and the search is remembered", async () => {
    const { box, type, visited, recent } = setUp();
    box.focus();
    type("카드");
    await settle();
    expect(box.key("ArrowDown")).toBe(true);
    expect(box.key("Enter")).toBe(true);
    expect(visited).toEqual(["/articles/card/"]);
    expect(recent.list()).toEqual(["카드"]);
  });

  test("the last row searches the text in the box now, even while its rows are a few keys old", async () => {
    const { screen, engine, box, type, visited } = setUp();
    box.focus();
    type("챗봇");
    await settle();
    engine.hold();
    type("챗봇 연결");
    const last = screen.rows.length - 1;
    box.choose(last);
    expect(visited).toEqual(["/search/?q=%EC%B1%97%EB%B4%87+%EC%97%B0%EA%B2%B0"]);
    engine.open();
  });

  test("Ctrl-click opens the article in a new tab and leaves the box as it is", async () => {
    const { screen, box, type, visited } = setUp();
    box.focus();
    type("카드");
    await settle();
    box.choose(0, true);
    expect(visited).toEqual(["new tab: /articles/card/"]);
    expect(screen.popup.open).toBe(true);
  });
});

describe("moving on", () => {
  test.each([
    ["Escape", (box: SearchBoxController) => void box.key("Escape")],
    ["leaving the box", (box: SearchBoxController) => box.leave()],
  ])("an answer that arrives after %s does not open the popup", async (_, moveOn) => {
    const { screen, engine, box, type } = setUp();
    box.focus();
    engine.hold();
    type("챗봇");
    await settle();
    moveOn(box);
    engine.open();
    await settle();
    expect(screen.popup.open).toBe(false);
    expect(screen.text()).toBe("챗봇");
  });

  test("a search that fails shows no rows, and Enter still opens the search page", async () => {
    const { screen, box, type, visited } = setUp({ engine: () => Promise.reject(new Error("offline")) });
    box.focus();
    type("챗봇");
    await settle();
    expect(screen.rows).toEqual([]);
    box.submit();
    expect(visited).toEqual(["/search/?q=%EC%B1%97%EB%B4%87"]);
  });
});

describe("recent searches", () => {
  test("an empty box lists them; one removed is said and the rest stay", async () => {
    const { screen, box, recent } = setUp();
    recent.add("결제 카드");
    recent.add("챗봇 연결");
    box.focus();
    await settle();
    expect(screen.rows).toEqual(["챗봇 연결", "결제 카드"]);
    box.removeRecent(0);
    expect(screen.rows).toEqual(["결제 카드"]);
    expect(screen.said.at(-1)).toBe("'챗봇 연결'을 최근 검색어에서 지웠습니다.");
    expect(recent.list()).toEqual(["결제 카드"]);
  });

  test("choosing one searches it; clearing them all closes the popup", async () => {
    const first = setUp();
    first.recent.add("카드");
    first.box.focus();
    await settle();
    first.box.choose(0);
    expect(first.visited).toEqual(["/search/?q=%EC%B9%B4%EB%93%9C"]);
    expect(first.screen.text()).toBe("카드");

    const second = setUp();
    second.recent.add("카드");
    second.box.focus();
    await settle();
    second.box.clearRecent();
    expect(second.screen.popup.open).toBe(false);
    expect(second.recent.list()).toEqual([]);
  });
});
