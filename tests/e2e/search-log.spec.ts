/**
 * Search insights (issue 20). The root build is made with SEARCH_LOG_URL pointing at the endpoint of
 * docs/deploy/search-log-endpoint.mjs (started by playwright.config.ts); here each test catches its
 * own page's beacons on the way (a route), so tests running side by side never see each other's
 * events. The /help/ build has no SEARCH_LOG_URL: nothing is sent and no code for it loads.
 */
import type { Page, Request } from "@playwright/test";
import { test, expect, heading, waitForCount, waitForSomeResults, resultLinks } from "./search-helpers";

const ROOT_ONLY = "the root build is the one made with SEARCH_LOG_URL (scripts/run-e2e.mjs)";
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Event = Record<string, unknown>;

/** Every event the page sends to the search log, in order, as the endpoint would receive it. */
async function catchEvents(page: Page): Promise<Event[]> {
  const events: Event[] = [];
  const logUrl = process.env["E2E_SEARCH_LOG_URL"] ?? "";
  expect(logUrl, "scripts/run-e2e.mjs sets E2E_SEARCH_LOG_URL").not.toBe("");
  await page.route(`${logUrl}**`, async (route) => {
    events.push(JSON.parse(route.request().postData() ?? "null") as Event);
    await route.fulfill({ status: 204 });
  });
  // The root build also sends article feedback to FEEDBACK_URL, which the test server does not have.
  await page.route("**/feedback-endpoint", (route) => route.fulfill({ status: 204 }));
  return events;
}

const searchUrl = (q: string) => `search/?q=${encodeURIComponent(q)}`;

test.describe("events sent to SEARCH_LOG_URL", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "root", ROOT_ONLY));

  test("a shared link, a result opened, feedback: every field", async ({ page }) => {
    const events = await catchEvents(page);
    await page.goto(searchUrl("정산"));
    const count = await waitForSomeResults(page);
    await expect.poll(() => events.length).toBe(1);
    const [search] = events;
    expect(search).toEqual({
      type: "search",
      q: "정산",
      query: "정산",
      count,
      mode: "exact",
      category: "",
      sort: "relevance",
      page: 1,
      source: "page",
      at: expect.stringMatching(ISO_TIME),
      view: expect.stringMatching(/^\S{8,}$/),
    });

    const second = resultLinks(page).nth(1);
    const href = (await second.getAttribute("href"))!;
    const slug = decodeURIComponent(/\/articles\/([^/]+)\/$/.exec(href)![1]!);
    await second.click();
    await expect(page).toHaveURL(new RegExp(`/articles/${encodeURIComponent(slug)}/$`));
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]).toEqual({ ...search, type: "click", article: slug, rank: 2, at: expect.stringMatching(ISO_TIME) });

    await page.getByRole("button", { name: "아니요", exact: true }).click();
    await expect.poll(() => events.length).toBe(3);
    expect(events[2]).toEqual({
      type: "feedback",
      article: slug,
      helpful: false,
      at: expect.stringMatching(ISO_TIME),
      view: expect.stringMatching(/^\S{8,}$/),
    });
    // A new page load, a new view: nothing ties the two pages together.
    expect(events[2]!["view"]).not.toBe(search!["view"]);
  });

  test("a search that finds nothing, and a corrected one, say so", async ({ page }) => {
    const events = await catchEvents(page);
    await page.goto(searchUrl("zzqqxxvv"));
    expect(await waitForCount(page)).toBe(0);
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]).toMatchObject({ type: "search", q: "zzqqxxvv", query: "zzqqxxvv", count: 0 });

    // 챗봇 typed with the keyboard in English mode: searched as 챗봇.
    await page.goto(searchUrl("cotqht"));
    const count = await waitForSomeResults(page);
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]).toMatchObject({ type: "search", q: "cotqht", query: "챗봇", count, mode: "corrected" });
  });

  test("the search page: a sort or a page is a search of its own; typing counts once it stops", async ({ page }) => {
    const events = await catchEvents(page);
    await page.goto(searchUrl("주"));
    await waitForSomeResults(page);
    await page.getByRole("radio", { name: "최신순" }).check();
    await expect.poll(() => events.map((e) => e["sort"])).toEqual(["relevance", "date"]);
    const box = page.locator("#search-q");
    await box.fill("");
    await box.pressSequentially("배포");
    await expect(heading(page)).toHaveText(/도움말 검색 결과/);
    // One event for 배포 once the typing has stopped, not one per key.
    await expect.poll(() => events.length, { timeout: 5_000 }).toBe(3);
    expect(events[2]).toMatchObject({ type: "search", q: "배포", source: "page", sort: "date", page: 1 });
  });

  test("the dropdown: a search counts after 1.5 s without typing; an opened row is a click with its rank", async ({ page }) => {
    const events = await catchEvents(page);
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    const started = Date.now();
    await box.pressSequentially("환불");
    await expect(page.getByRole("listbox").getByRole("option").last()).toHaveText(/^'환불' 검색 결과 전체 보기 \(([\d,]+)건\)$/);
    const total = Number(/\(([\d,]+)건\)/.exec((await page.getByRole("listbox").getByRole("option").last().textContent())!)![1]);
    await expect.poll(() => events.length, { timeout: 5_000 }).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(events[0]).toEqual({
      type: "search",
      q: "환불",
      query: "환불",
      count: total,
      mode: "exact",
      category: "",
      sort: "relevance",
      page: 1,
      source: "dropdown",
      at: expect.stringMatching(ISO_TIME),
      view: expect.stringMatching(/^\S{8,}$/),
    });
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).not.toHaveURL(/cb-channel-connect/);
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]).toMatchObject({ type: "click", source: "dropdown", rank: 1, q: "환불" });
    expect(new URL(page.url()).pathname).toContain(`/articles/${encodeURIComponent(events[1]!["article"] as string)}/`);
  });

  test("Enter in the dropdown: the search page reports the search, once", async ({ page }) => {
    const events = await catchEvents(page);
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    await box.pressSequentially("배포");
    await box.press("Enter");
    await waitForSomeResults(page);
    await expect.poll(() => events.length).toBe(1);
    await page.waitForTimeout(1_600); // the dropdown's 1.5 s would have passed: still one event
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "search", q: "배포", source: "page" });
  });

  test("with Global Privacy Control (or Do Not Track) nothing is sent", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
    const events = await catchEvents(page);
    await page.goto(searchUrl("정산"));
    await waitForSomeResults(page);
    await resultLinks(page).first().click();
    await page.getByRole("button", { name: "예", exact: true }).click();
    await page.waitForTimeout(500);
    expect(events).toEqual([]);
  });
});

test("without SEARCH_LOG_URL: no request and no code for it", async ({ page }) => {
  test.skip(test.info().project.name === "root", "the /help/ build is the one made without SEARCH_LOG_URL");
  const requests: Request[] = [];
  const scripts: string[] = [];
  page.on("request", (request) => requests.push(request));
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script" && response.status() === 200) scripts.push(await response.text());
  });
  await page.goto(searchUrl("정산"));
  await waitForSomeResults(page);
  await resultLinks(page).first().click();
  await page.getByRole("button", { name: "아니요", exact: true }).click();
  const box = page.locator("#header-search");
  await box.click();
  await box.pressSequentially("환불");
  await page.waitForTimeout(1_800);
  expect(requests.filter((request) => request.method() === "POST")).toEqual([]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).not.toContain("globalPrivacyControl");
});
