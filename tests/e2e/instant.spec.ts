/**
 * Instant results in the search boxes (header, home, category pages): the WAI-ARIA combobox,
 * half-typed Korean through real keys and through the IME, recent searches, and the search page's
 * one box. Counts and titles are read from the search page, not from the code under test.
 */
import {
  expect,
  test,
  heading,
  waitForCount,
  waitForSomeResults,
  expectSearchUrl,
  choseongOf,
  holdSearchFiles,
} from "./search-helpers";
import type { Locator, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { typeWithIme } from "./ime";

/** A page with the header box (home, category, search and 404 pages have their own box instead). */
const ARTICLE = "articles/cb-channel-connect/";
const headerBox = (page: Page) => page.getByRole("search", { name: "사이트 검색" }).getByRole("combobox");
const homeBox = (page: Page) => page.getByRole("search", { name: "도움말 검색" }).getByRole("combobox");
const listboxOf = async (page: Page, box: Locator) => page.locator(`#${await box.getAttribute("aria-controls")}`);
const options = (listbox: Locator) => listbox.getByRole("option");
/** The queries of the recent-search options (without the × that removes one). */
const recentTexts = (listbox: Locator) => options(listbox).locator('[data-slot="text"]');
/** Types `text` into the focused box and waits until the rows are those of the whole text (not of a prefix). */
async function typeAndSettle(page: Page, box: Locator, text: string): Promise<Locator> {
  await page.keyboard.type(text);
  const listbox = await listboxOf(page, box);
  // The popup's label says `'챗보' 대신 '챗봇'으로 찾은 결과` when the search page would correct the text.
  const label = page.locator(`#${await box.getAttribute("id")}-popup-label`);
  await expect(async () => {
    const last = (await options(listbox).last().textContent()) ?? "";
    const corrected = (await label.isVisible()) && ((await label.textContent()) ?? "").startsWith(`'${text}' 대신 `);
    expect(last.startsWith(`'${text}' 검색 결과 전체 보기`) || corrected, `rows of '${text}'`).toBe(true);
  }).toPass();
  return listbox;
}
/** The article options: every option but the last row (which opens the search page). */
const articleTitles = async (listbox: Locator) => {
  const all = await options(listbox).all();
  return Promise.all(all.slice(0, -1).map((option) => option.locator('[data-slot="title"]').innerText()));
};

test.describe("instant results under the header box", () => {
  test("a combobox: ARIA attributes, ↓/↑ with aria-selected and aria-activedescendant, Escape", async ({ page }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.click();
    const listbox = await typeAndSettle(page, box, "챗봇");
    await expect(listbox).toHaveRole("listbox");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(listbox).toBeVisible();
    const count = await options(listbox).count();
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(9);
    await expect(options(listbox).last()).toHaveText(/^'챗봇' 검색 결과 전체 보기 \([\d,]+건\)$/);
    for (const option of await options(listbox).all()) await expect(option).toHaveAttribute("aria-selected", "false");

    await box.press("ArrowDown");
    await expect(options(listbox).nth(0)).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await options(listbox).nth(0).getAttribute("id"))!);
    await box.press("ArrowDown");
    await expect(options(listbox).nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options(listbox).nth(0)).toHaveAttribute("aria-selected", "false");
    await box.press("ArrowUp");
    await box.press("ArrowUp");
    // ↑ from the first option wraps to the last row.
    await expect(options(listbox).last()).toHaveAttribute("aria-selected", "true");
    await expect(box).toBeFocused();

    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(listbox).toBeHidden();
    await expect(box).not.toHaveAttribute("aria-activedescendant");
    await expect(box).toHaveValue("챗봇");
    await box.press("Escape");
    await expect(box).toHaveValue("");
  });

  test("Enter on an option opens its article; no page navigation before that", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "세금계산서");
    await expect(options(listbox).first()).toBeVisible();
    const before = page.url();
    const [first] = await articleTitles(listbox);
    await box.press("ArrowDown");
    expect(page.url()).toBe(before);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`^${new URL("articles/", baseURL).href}[^/]+/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!);
  });

  test("the last row opens the search page with the query, whose count it showed", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "정산");
    const last = options(listbox).last();
    await expect(last).toHaveText(/전체 보기/);
    const shown = Number(/\(([\d,]+)건\)/.exec(await last.innerText())![1]!.replaceAll(",", ""));
    await last.click();
    await expectSearchUrl(page, baseURL, { q: "정산" });
    expect(await waitForCount(page)).toBe(shown);
  });

  test("Enter with no option active opens the full results", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await box.fill("배포");
    await box.press("Enter");
    await expectSearchUrl(page, baseURL, { q: "배포" });
    await waitForSomeResults(page);
  });

  test("the mouse: clicking an option opens its article, clicking outside closes", async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "템플릿");
    await expect(options(listbox).first()).toBeVisible();
    // Outside the box and its popup (which may cover the article's heading).
    await page.locator("footer").click();
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.click();
    await expect(listbox).toBeVisible();
    const [, second] = await articleTitles(listbox);
    await options(listbox).nth(1).click();
    await expect(page).toHaveURL(new RegExp(`^${new URL("articles/", baseURL).href}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!);
  });

  test("the match is highlighted in each title", async ({ page }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "환불");
    await expect(options(listbox).first()).toBeVisible();
    const marks = await listbox.locator('[role="option"] [data-slot="title"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toBe("환불");
  });

  test("a category page's box lists only that category's articles", async ({ page }) => {
    await page.goto("categories/biz-message/billing/");
    const box = page.getByRole("search", { name: "'요금 및 정산'에서 검색" }).getByRole("combobox");
    await box.click();
    const listbox = await typeAndSettle(page, box, "정산");
    await expect(options(listbox).first()).toBeVisible();
    const crumbs = await listbox.locator('[data-slot="crumbs"]').allTextContents();
    expect(crumbs.length).toBeGreaterThan(0);
    for (const crumb of crumbs) expect(crumb.startsWith("[비즈 메시지][요금 및 정산]")).toBe(true);
  });

  test("axe finds no violations with the dropdown open", async ({ page }) => {
    await page.goto("");
    const box = homeBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "챗봇");
    await expect(options(listbox).first()).toBeVisible();
    await box.press("ArrowDown");
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});

/**
 * The header box shows the rows of `정산`; then ` 환불` is typed and the search for it waits on
 * its files. Returns the box, its listbox and the gate holding those files.
 */
async function typeWhileFilesHeld(page: Page) {
  await page.goto(ARTICLE);
  const box = headerBox(page);
  await box.click();
  const listbox = await typeAndSettle(page, box, "정산");
  const gate = await holdSearchFiles(page);
  await page.keyboard.type(" 환불");
  await expect.poll(gate.held).toBeGreaterThan(0);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  return { box, listbox, gate };
}

/** The list's options, shown or not: an answer that may not open the popup still fills the closed list. */
const closedOptions = (listbox: Locator) => listbox.getByRole("option", { includeHidden: true });
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Lets the held search answer, and waits until it has (the list holds the rows of `text`) and two frames have passed. */
async function releaseAndSettle(page: Page, listbox: Locator, gate: { release: () => void }, text = "정산 환불") {
  gate.release();
  await expect(closedOptions(listbox).last()).toHaveText(new RegExp(`^'${text}' 검색 결과 전체 보기`));
  await twoFrames(page);
}

test("focusing a box asks for the up-front files and the worker while the box's code is on its way, each once", async ({
  page,
}) => {
  const requested: string[] = [];
  page.context().on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(ARTICLE);
  const form = page.locator("form[data-search-box]").first();
  const meta = new URL((await form.getAttribute("data-meta-url"))!, page.url()).pathname;
  const firstKeys = new URL((await form.getAttribute("data-first-keys-url"))!, page.url()).pathname;
  const stats = () => requested.filter((path) => /\/search-data\/stats-/.test(path));
  const asked = () =>
    requested.includes(meta) &&
    requested.includes(firstKeys) &&
    stats().length > 0 &&
    requested.some((path) => /search-worker/.test(path));
  // The box's code is held until the rest has been asked for, or three seconds have passed.
  let askedWhileHeld = false;
  await page.route(/\/_assets\/search-box\.[\w-]+\.js$/, async (route) => {
    for (let waited = 0; waited < 3000 && !asked(); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    askedWhileHeld = asked();
    await route.continue();
  });
  const box = headerBox(page);
  await box.click();
  await typeAndSettle(page, box, "챗봇");
  expect(askedWhileHeld, requested.join("\n")).toBe(true);
  // The engine took the preloaded responses instead of asking again.
  for (const file of [meta, firstKeys, ...new Set(stats())])
    expect(
      requested.filter((path) => path === file),
      file,
    ).toHaveLength(1);
});

test("the first key is answered before any file of the index arrives, with the count the search page gives", async ({ page }) => {
  await page.goto(ARTICLE);
  // Every search file but the meta, stats and first keys' files is held: the engine cannot answer.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let delivered = 0;
  await page.route(/\/search-data\/(?!meta\.|stats-|first-keys\.)[^/]+$/, async (route) => {
    await gate;
    delivered++;
    await route.continue();
  });
  const box = headerBox(page);
  await box.click();
  // The IME's first step of 챗봇: the consonant alone.
  await page.keyboard.type("ㅊ");
  const listbox = await listboxOf(page, box);
  await expect(options(listbox).last()).toHaveText(/^'ㅊ' 검색 결과 전체 보기 \([\d,]+건\)$/);
  const titles = await articleTitles(listbox);
  expect(titles.length).toBeGreaterThan(1);
  // A syllable of each title starts with ㅊ (the tests' own initials, not the engine's).
  for (const title of titles) expect(choseongOf(title)).toContain("ㅊ");
  expect(delivered).toBe(0);
  const row = (await options(listbox).last().textContent()) ?? "";
  release();
  await page.goto(`search/?q=${encodeURIComponent("ㅊ")}`);
  expect(`(${(await waitForCount(page)).toLocaleString("en")}건)`).toBe(row.match(/\([\d,]+건\)$/)?.[0]);
});

test.describe("an answer that arrives after the user has moved on (issue 21)", () => {
  test("after Escape the popup stays closed; ↓ then lists the rows of the text in the box", async ({ page }) => {
    const { box, listbox, gate } = await typeWhileFilesHeld(page);
    await box.press("Escape");
    await expect(listbox).toBeHidden();
    await releaseAndSettle(page, listbox, gate);
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("정산 환불");
    await box.press("ArrowDown");
    await expect(listbox).toBeVisible();
    await expect(options(listbox).last()).toHaveText(/^'정산 환불' 검색 결과 전체 보기/);
  });

  test("Escape before any row is shown keeps the text, and the answer opens nothing", async ({ page }) => {
    await page.goto(ARTICLE);
    const box = headerBox(page);
    const listbox = await listboxOf(page, box);
    const gate = await holdSearchFiles(page);
    await box.click();
    await page.keyboard.type("정산");
    await expect.poll(gate.held).toBeGreaterThan(0);
    // A focus preloads files before the box's code has run: Escape must reach that code, not the
    // bare search field (which clears itself on Escape).
    await expect(page.getByRole("search", { name: "사이트 검색" })).toHaveAttribute("data-attached", "1");
    await box.press("Escape");
    await releaseAndSettle(page, listbox, gate, "정산");
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("정산");
  });

  test("after Tab away the popup stays closed; back in the box it lists the whole text", async ({ page }) => {
    const { box, listbox, gate } = await typeWhileFilesHeld(page);
    await box.press("Tab");
    await expect(box).not.toBeFocused();
    await expect(listbox).toBeHidden();
    await releaseAndSettle(page, listbox, gate);
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Shift+Tab");
    await expect(box).toBeFocused();
    await expect(listbox).toBeVisible();
    await expect(options(listbox).last()).toHaveText(/^'정산 환불' 검색 결과 전체 보기/);
  });

  test("after choosing an option the popup stays closed on the page the user is still on", async ({ page, baseURL }) => {
    const { box, listbox, gate } = await typeWhileFilesHeld(page);
    // The article does not arrive (as when it loads slowly or the user stops it): the page stays,
    // with the search still to answer. Playwright cannot run checks on a page while its navigation is held.
    const article = new RegExp(`^${new URL("articles/", baseURL).href}[^/]+/$`);
    const chosen = page.waitForRequest(article);
    await page.route(article, (route) => route.abort("aborted"));
    await box.press("ArrowDown");
    await box.press("Enter");
    await chosen;
    await expect(listbox).toBeHidden();
    await releaseAndSettle(page, listbox, gate);
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("half-typed Korean", () => {
  test("real keystrokes: 챗보 lists 챗봇 titles, ㅊㅂ lists titles whose initials are ㅊㅂ", async ({ page }) => {
    await page.goto("");
    const box = homeBox(page);
    await box.click();
    const listbox = await typeAndSettle(page, box, "챗보");
    await expect(options(listbox).first()).toBeVisible();
    const halfTyped = await articleTitles(listbox);
    expect(halfTyped.length).toBeGreaterThan(0);
    for (const title of halfTyped) expect(title).toContain("챗봇");

    await box.fill("");
    await page.keyboard.type("ㅊㅂ");
    await expect(options(listbox).last()).toHaveText(/^'ㅊㅂ' 검색 결과/);
    const initials = await listbox.locator('[data-slot="title"] mark').allTextContents();
    expect(initials.length).toBeGreaterThan(0);
    // Initials match across spaces (`첫 번`), as on the search page; checked with the tests' own initials.
    for (const mark of initials) expect(choseongOf(mark)).toBe("ㅊㅂ");
  });

  test("through the IME: results follow the syllable being composed, never one behind", async ({ page }) => {
    await page.goto("");
    const box = homeBox(page);
    const listbox = await listboxOf(page, box);
    const seen: string[] = [];
    await typeWithIme(page, box, "챗봇", {
      finish: false,
      afterKey: async (step) => {
        if (step.committed + step.composing !== "챗보") return;
        // 챗 committed, 보 still composing: the rows are already those of 챗봇 (the search page
        // would correct 챗보 to 챗봇, and the popup says so).
        await expect(options(listbox).last()).toHaveText(/^'(챗보|챗봇)' 검색 결과/);
        seen.push(...(await articleTitles(listbox)));
      },
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const title of seen) expect(title).toContain("챗봇");
    await expect(box).toHaveValue("챗봇");
    await expect(options(listbox).last()).toHaveText(/^'챗봇' 검색 결과/);
  });

  test("through the IME on the search page: the list follows the composed text; Enter while composing does not submit", async ({
    page,
    baseURL,
  }) => {
    await page.goto("search/");
    const box = page.locator("#search-q");
    const entries = await page.evaluate(() => history.length);
    await typeWithIme(page, box, "채널 연결", { finish: false });
    // 결 is still composing; the URL and list already have it.
    await expectSearchUrl(page, baseURL, { q: "채널 연결" });
    await waitForSomeResults(page);
    const enterPrevented = await box.evaluate((input: HTMLInputElement) => {
      const enter = new KeyboardEvent("keydown", {
        key: "Enter",
        keyCode: 229,
        isComposing: true,
        bubbles: true,
        cancelable: true,
      });
      input.dispatchEvent(enter);
      return enter.defaultPrevented;
    });
    expect(enterPrevented).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
});

test.describe("recent searches", () => {
  test("an empty box lists the last searches; each can be removed, or all at once; nothing else is stored", async ({ page }) => {
    await page.goto("");
    for (const q of ["챗봇", "배포", "환불"]) {
      const box = homeBox(page);
      await box.fill(q);
      await box.press("Enter");
      await waitForCount(page);
      await page.goto("");
    }
    const box = homeBox(page);
    await box.click();
    const listbox = await listboxOf(page, box);
    await expect(listbox).toBeVisible();
    await expect(listbox).toHaveAccessibleName("최근 검색어");
    await expect(recentTexts(listbox)).toHaveText(["환불", "배포", "챗봇"]);

    // Delete on the active option removes it.
    await box.press("ArrowDown");
    await box.press("Delete");
    await expect(recentTexts(listbox)).toHaveText(["배포", "챗봇"]);
    await expect(options(listbox).first()).toHaveAttribute("aria-selected", "true");
    // The mouse removes with the × of a row.
    await options(listbox).last().locator("[data-remove]").click();
    await expect(recentTexts(listbox)).toHaveText(["배포"]);
    // Choosing a recent search searches it.
    await options(listbox).first().click();
    await expect(heading(page)).toHaveText(/도움말 검색 결과/);
    await page.goto("");
    await homeBox(page).click();
    await expect(recentTexts(listbox)).toHaveText(["배포"]);
    await page.getByRole("button", { name: "최근 검색어 전체 삭제" }).first().click();
    await expect(listbox).toBeHidden();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});

test.describe("the search page", () => {
  test("has one search box, which shows the query", async ({ page }) => {
    await page.goto("search/?q=%EC%A0%95%EC%82%B0");
    await waitForSomeResults(page);
    await expect(page.getByRole("search")).toHaveCount(1);
    await expect(page.getByRole("combobox", { name: "도움말 검색" })).toHaveValue("정산");
  });

  test("the document title names the query, the count and the page", async ({ page }) => {
    await page.goto("search/?q=%EC%A3%BC");
    const n = await waitForCount(page);
    await expect(page).toHaveTitle(`'주' 검색 결과 (${n.toLocaleString("ko-KR")}건) | 톡빌더 고객센터`);
    await page.goto("search/?q=%EC%A3%BC&page=2");
    await waitForCount(page);
    await expect(page).toHaveTitle(`'주' 검색 결과 (${n.toLocaleString("ko-KR")}건) - 2페이지 | 톡빌더 고객센터`);
  });

  test("arrow keys on a select add one history entry, not one per press", async ({ page }) => {
    await page.goto("search/?q=%EC%A3%BC");
    await waitForCount(page);
    const before = await page.evaluate(() => history.length);
    const category = page.getByLabel("카테고리 선택");
    await category.focus();
    for (let i = 0; i < 3; i++) {
      await category.press("ArrowDown");
      await expect(category).not.toHaveValue("");
    }
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("category"))).not.toBeNull();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("category"))).toBeNull();
  });

  test("after a suggestion or correction link, focus is on the results heading", async ({ page }) => {
    await page.goto("search/?q=%EC%B3%87%EB%B4%87&exact=1");
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    await page.locator("#search-message").getByRole("link", { name: "챗봇" }).click();
    await waitForSomeResults(page);
    await expect(heading(page)).toBeFocused();
    await expect(page.locator("#search-q")).toHaveValue("챗봇");

    await page.goto("search/?q=%EC%B3%87%EB%B4%87");
    await waitForSomeResults(page);
    await page.locator("#search-message").getByRole("link", { name: "'쳇봇' 그대로 검색하기" }).press("Enter");
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    await expect(heading(page)).toBeFocused();
  });

  test("the count and the message are announced together, from one status region", async ({ page }) => {
    await page.goto("search/?q=%EC%B3%87%EB%B4%87");
    const n = await waitForSomeResults(page);
    await expect(page.getByRole("status").filter({ hasText: "검색 결과" })).toHaveText(
      `도움말 검색 결과 (총 ${n.toLocaleString("ko-KR")}건) '챗봇'으로 검색한 결과입니다. '쳇봇' 그대로 검색하기`,
    );
  });

  test("a result shows its updated date", async ({ page }) => {
    await page.goto("search/?q=%EC%A0%95%EC%82%B0&sort=latest");
    await waitForSomeResults(page);
    const dates = await page
      .locator("#search-results time")
      .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.locator("#search-results time").first()).toHaveText(/^업데이트 \d{4}\.\d{2}\.\d{2}$/);
  });

  test("no layout shift while results load (CLS ≤ 0.01)", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto("search/?q=%EC%A3%BC");
      await waitForSomeResults(page);
      // Shifts are reported after the frame they happen in: let two frames pass.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls, `CLS at ${size.width}×${size.height}`).toBeLessThanOrEqual(0.01);
    }
  });
});
