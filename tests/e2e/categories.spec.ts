/**
 * Browser tests for category pages (issue 12): articles paged at stable URLs, the search box scoped
 * to the category, and articles the authors pinned (`promoted: true`) on the home and category
 * pages. Every test runs at `/` and under `/help/`; paths are relative to baseURL.
 */
import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const PAGE_SIZE = 20;
const SERVICE = "chatbot-admin";
const SERVICE_LABEL = "챗봇 관리자센터";

/** Titles of the demo content's pinned articles and their services, read from the files (not from the site). */
function promotedArticles(): { title: string; file: string }[] {
  const out: { title: string; file: string }[] = [];
  for (const entry of readdirSync("content", { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const front = readFileSync(file, "utf8").split("---")[1] ?? "";
    if (/^promoted: true$/m.test(front)) out.push({ title: /^title: (.*)$/m.exec(front)![1]!.trim(), file });
  }
  return out;
}
const SERVICE_ARTICLES = readdirSync(path.join("content", SERVICE)).filter((name) => name.endsWith(".md")).length;
const LAST_PAGE = Math.ceil(SERVICE_ARTICLES / PAGE_SIZE);

const listTitles = (page: Page) => page.locator("section[aria-labelledby='articles-heading'] li a").allTextContents();
const pager = (page: Page) => page.getByRole("navigation", { name: "도움말 목록 페이지" });

test.describe("category pages are paged", () => {
  test("the demo service spans at least three pages", () => {
    expect(LAST_PAGE).toBeGreaterThanOrEqual(3);
  });

  test("first, middle and last page: sizes, links, titles, and every article exactly once", async ({ page, baseURL }) => {
    const seen: string[] = [];
    for (let n = 1; n <= LAST_PAGE; n++) {
      const response = await page.goto(n === 1 ? `categories/${SERVICE}/` : `categories/${SERVICE}/page/${n}/`);
      expect(response?.status()).toBe(200);
      const titles = await listTitles(page);
      expect(titles.length).toBe(n < LAST_PAGE ? PAGE_SIZE : SERVICE_ARTICLES - PAGE_SIZE * (LAST_PAGE - 1));
      seen.push(...titles);
      await expect(page).toHaveTitle(
        n === 1 ? new RegExp(`^${SERVICE_LABEL} \\|`) : new RegExp(`^${SERVICE_LABEL} \\(${n}페이지\\) \\|`),
      );
      await expect(pager(page).locator("[aria-current='page']")).toHaveText(String(n));
      await expect(pager(page).getByRole("link", { name: "이전" })).toHaveCount(n > 1 ? 1 : 0);
      await expect(pager(page).getByRole("link", { name: "다음" })).toHaveCount(n < LAST_PAGE ? 1 : 0);
      const next = page.locator("link[rel='next']");
      if (n < LAST_PAGE) {
        await expect(next).toHaveAttribute("href", new URL(`categories/${SERVICE}/page/${n + 1}/`, baseURL).pathname);
      } else {
        await expect(next).toHaveCount(0);
      }
    }
    expect(new Set(seen).size).toBe(SERVICE_ARTICLES);
  });

  test("다음 and a page number walk the pages; 이전 from page 2 goes to the category's own URL", async ({ page, baseURL }) => {
    await page.goto(`categories/${SERVICE}/`);
    await pager(page).getByRole("link", { name: "다음" }).click();
    await expect(page).toHaveURL(new URL(`categories/${SERVICE}/page/2/`, baseURL).href);
    await pager(page)
      .getByRole("link", { name: String(LAST_PAGE), exact: true })
      .click();
    await expect(page).toHaveURL(new URL(`categories/${SERVICE}/page/${LAST_PAGE}/`, baseURL).href);
    await page.goto(`categories/${SERVICE}/page/2/`);
    await pager(page).getByRole("link", { name: "이전" }).click();
    await expect(page).toHaveURL(new URL(`categories/${SERVICE}/`, baseURL).href);
  });

  test("a page past the end, and page/1/, are the 404 page", async ({ page }) => {
    for (const missing of [`categories/${SERVICE}/page/${LAST_PAGE + 1}/`, `categories/${SERVICE}/page/1/`]) {
      const response = await page.goto(missing);
      expect(response?.status(), missing).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
    }
  });

  test("child categories show their count and first articles on page 1 only", async ({ page }) => {
    await page.goto(`categories/${SERVICE}/`);
    const children = page.locator("section[aria-labelledby='sub-heading'] > ul > li");
    await expect(children).toHaveCount(3);
    await expect(children.first().locator("ul li")).toHaveCount(3);
    await page.goto(`categories/${SERVICE}/page/2/`);
    await expect(page.locator("section[aria-labelledby='sub-heading']")).toHaveCount(0);
  });
});

test.describe("search within a category", () => {
  test("the category's search box opens the search page limited to it", async ({ page, baseURL }) => {
    await page.goto("categories/biz-message/billing/");
    const box = page.getByRole("search", { name: "'요금 및 정산'에서 검색" }).getByRole("combobox");
    await box.fill("세금계산서");
    await box.press("Enter");
    await expect
      .poll(() => {
        const url = new URL(page.url());
        return { path: url.pathname, q: url.searchParams.get("q"), category: url.searchParams.get("category") };
      })
      .toEqual({ path: new URL("search/", baseURL).pathname, q: "세금계산서", category: "biz-message/billing" });
    await expect(page.getByLabel("카테고리 선택")).toHaveValue("biz-message/billing");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^도움말 검색 결과 \(총 [1-9]\d*건\)$/);
    for (const crumb of await page.locator("#search-results > li > p:first-child").allTextContents()) {
      expect(crumb.startsWith("[비즈 메시지][요금 및 정산]")).toBe(true);
    }
  });
});

test.describe("articles pinned by the authors", () => {
  const promoted = promotedArticles();

  test("the demo content pins some articles", () => {
    expect(promoted.length).toBeGreaterThanOrEqual(4);
  });

  test("the home page lists them under 자주 찾는 도움말", async ({ page }) => {
    await page.goto("");
    const section = page.locator("section[aria-labelledby='promoted-heading']");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("자주 찾는 도움말");
    const titles = await section.locator("li a").allTextContents();
    expect(titles.sort()).toEqual(
      promoted
        .map((p) => p.title)
        .slice(0, 8)
        .sort(),
    );
  });

  test("a category page lists its pinned articles first, marked", async ({ page }) => {
    const pinned = promoted.filter((p) => p.file.includes(`${SERVICE}/`)).map((p) => p.title);
    expect(pinned.length).toBeGreaterThan(0);
    await page.goto(`categories/${SERVICE}/`);
    const first = (await listTitles(page)).slice(0, pinned.length);
    expect(first.sort()).toEqual([...pinned].sort());
    await expect(page.locator("section[aria-labelledby='articles-heading'] li").first()).toContainText("자주 찾는");
  });
});
