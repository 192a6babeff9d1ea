/**
 * Reading an article: tables on a phone, the table of contents and section links, the dark theme
 * (from the system and from the toggle, with no flash), print, sharing tags, feedback (with and
 * without FEEDBACK_URL: the root build sets it, the /help/ build does not) and copying code.
 */
import { expect, test } from "./search-helpers";
import type { Page } from "@playwright/test";

const TABLE_ARTICLE = "bm-result-codes";
const SECTIONS_ARTICLE = "cb-preparation-checklist";
const CODE_ARTICLE = "bm-template-variables";

/** Records the theme <html> has when <body> first appears: what the first paint shows. */
async function recordThemeAtFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __themeAtBody?: string };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.__themeAtBody = document.documentElement.getAttribute("data-theme") ?? "none";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}
const themeAtFirstPaint = (page: Page) => page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody);

test.describe("tables on a phone", () => {
  test("no cell breaks inside a word; the table scrolls in its own focusable, named region", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    const region = page.getByRole("region", { name: /^표 1/ });
    await expect(region).toHaveAttribute("tabindex", "0");
    expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
    // A cell whose text is one word (no space) takes one line: its text has one line box.
    const broken = await region.locator("td, th").evaluateAll((cells) =>
      cells
        .filter((cell) => cell.textContent && !/\s/.test(cell.textContent.trim()))
        .filter((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((cell) => cell.textContent),
    );
    expect(broken).toEqual([]);
    // The page itself never scrolls sideways; a table wider than the screen scrolls in its region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    if (scrollWidth > clientWidth) {
      await region.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
  });
});

test.describe("table of contents and section links", () => {
  test("wide screens: a sidebar listing every section; the section being read is marked", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`articles/${SECTIONS_ARTICLE}/`);
    const headings = page.locator("article .prose h2");
    const texts = (await headings.allInnerTexts()).map((text) => text.replace(/#$/, "").trim());
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const toc = page.getByRole("navigation", { name: "목차" });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole("link")).toHaveText(texts);
    const last = toc.getByRole("link").last();
    await last.click();
    await expect(last).toHaveAttribute("aria-current", "location");
    await expect(toc.getByRole("link").first()).not.toHaveAttribute("aria-current", "location");
    // Marked where a reader sees it, not only for screen readers.
    const weight = (link: typeof last) => link.evaluate((a) => getComputedStyle(a).fontWeight);
    expect(await weight(last)).toBe("700");
    expect(await weight(toc.getByRole("link").first())).toBe("400");
    const color = (link: typeof last) => link.evaluate((a) => getComputedStyle(a).color);
    expect(await color(last)).not.toBe(await color(toc.getByRole("link").first()));
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent((await headings.last().getAttribute("id")) ?? "")}`);
  });

  test("phones: a collapsed list that opens; every section heading has a visible link to itself", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`articles/${SECTIONS_ARTICLE}/`);
    const summary = page.locator("details.toc summary");
    await expect(summary).toHaveText("목차");
    const toc = page.getByRole("navigation", { name: "목차" });
    await expect(toc).toBeHidden();
    await summary.click();
    await expect(toc).toBeVisible();
    for (const heading of await page.locator("article .prose h2").all()) {
      const id = await heading.getAttribute("id");
      const anchor = heading.locator("a.heading-anchor");
      await expect(anchor).toBeVisible();
      await expect(anchor).toHaveAttribute("href", `#${id}`);
      await expect(anchor).toHaveAccessibleName(/섹션 링크$/);
      // Quieter than a body link: no underline until hovered or focused.
      expect(await anchor.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("none");
    }
  });

  test("a short article has no table of contents", async ({ page }) => {
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    await expect(page.getByRole("navigation", { name: "목차" })).toHaveCount(0);
  });
});

test.describe("dark theme", () => {
  test("follows the system from the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await recordThemeAtFirstPaint(page);
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    expect(await themeAtFirstPaint(page)).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(248, 250, 252)");
    await page.emulateMedia({ colorScheme: "light" });
    await recordThemeAtFirstPaint(page);
    await page.reload();
    expect(await themeAtFirstPaint(page)).toBe("light");
  });

  test("the toggle switches, and the choice is remembered with no flash on the next page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await recordThemeAtFirstPaint(page);
    await page.goto("");
    // The button names what it does: its words change with the theme.
    await page.getByRole("button", { name: "어두운 화면으로" }).click();
    await expect(page.getByRole("button", { name: "밝은 화면으로" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    expect(await themeAtFirstPaint(page)).toBe("dark");
    await page.getByRole("button", { name: "밝은 화면으로" }).click();
    await page.reload();
    expect(await themeAtFirstPaint(page)).toBe("light");
  });
});

test.describe("print", () => {
  test("prints the breadcrumb, title, date and body only; links print their URL", async ({ page }) => {
    await page.goto(`articles/${SECTIONS_ARTICLE}/`);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [
      page.locator("header"),
      page.locator("footer"),
      page.locator("section[aria-labelledby='related-heading']"),
      page.locator("[data-feedback]"),
      page.getByRole("navigation", { name: "목차" }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.getByRole("navigation", { name: "카테고리 경로" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("article time")).toBeVisible();
    await expect(page.locator("article .prose")).toBeVisible();
    const link = page.locator("article .prose a[href]:not(.heading-anchor):not(.image-link)").first();
    if ((await link.count()) > 0) {
      const after = await link.evaluate((a) => getComputedStyle(a, "::after").content);
      expect(after).toContain(await link.getAttribute("href"));
    }
  });
});

test.describe("sharing", () => {
  test("Open Graph and Twitter card tags; og:url only where SITE_URL is set", async ({ page }, testInfo) => {
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`);
    await expect(meta("og:type")).toHaveAttribute("content", "article");
    await expect(meta("og:title")).toHaveAttribute("content", await page.getByRole("heading", { level: 1 }).innerText());
    await expect(meta("og:description")).toHaveAttribute("content", /발송 결과 코드/);
    await expect(meta("og:site_name")).toHaveAttribute("content", "톡빌더 고객센터");
    await expect(meta("twitter:card")).toHaveAttribute("content", "summary");
    if (testInfo.project.name === "root") {
      await expect(meta("og:url")).toHaveAttribute("content", `https://help.example.com/articles/${TABLE_ARTICLE}/`);
    } else {
      await expect(meta("og:url")).toHaveCount(0);
    }
    await page.goto("");
    await expect(meta("og:type")).toHaveAttribute("content", "website");
  });

  test("every breadcrumb starts with 홈", async ({ page, baseURL }) => {
    for (const pagePath of [`articles/${TABLE_ARTICLE}/`, "categories/biz-message/"]) {
      await page.goto(pagePath);
      const first = page.getByRole("navigation", { name: "카테고리 경로" }).getByRole("link").first();
      await expect(first).toHaveText("홈");
      expect(await first.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(new URL("./", baseURL).href);
    }
  });
});

test.describe("feedback", () => {
  test("the answer stays; it is sent only when the site was built with FEEDBACK_URL", async ({
    page,
    baseURL,
    errorLog,
  }, testInfo) => {
    // The static test server has no feedback service: the beacon's POST is answered here.
    await page.route("**/feedback-endpoint", (route) => route.fulfill({ status: 204 }));
    errorLog.allow(/feedback-endpoint|405/);
    const sent: { url: string; body: string | null }[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") sent.push({ url: request.url(), body: request.postData() });
    });
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    const feedback = page.getByRole("region", { name: "이 도움말이 도움이 되었나요?" });
    await expect(feedback).toBeVisible();
    const yes = feedback.getByRole("button", { name: "예" });
    const no = feedback.getByRole("button", { name: "아니요" });
    const withUrl = testInfo.project.name === "root";
    const beacon = withUrl ? page.waitForRequest((r) => r.url().endsWith("/feedback-endpoint")) : null;
    await yes.click();
    await expect(yes).toHaveAttribute("aria-pressed", "true");
    await expect(feedback.getByRole("status")).toHaveText("의견을 보내 주셔서 감사합니다.");
    if (beacon) {
      const request = await beacon;
      expect(JSON.parse(request.postData() ?? "")).toEqual({
        article: TABLE_ARTICLE,
        helpful: true,
        date: new Date().toISOString().slice(0, 10),
      });
      expect(new URL(request.url()).origin).toBe(new URL(baseURL!).origin);
    }
    await page.reload();
    await expect(page.getByRole("button", { name: "예" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "아니요" }).click();
    await expect(no).toHaveAttribute("aria-pressed", "true");
    const contact = page.getByRole("link", { name: "고객센터에 문의하기" });
    if (withUrl) {
      await expect(contact).toHaveAttribute("href", "https://support.example.com/contact");
    } else {
      await expect(contact).toHaveCount(0);
      expect(sent).toEqual([]);
    }
  });
});

test.describe("code blocks", () => {
  test("a copy button copies the code and says 복사됨", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`articles/${CODE_ARTICLE}/`);
    const code = page.locator("article .prose pre").first();
    const button = page.getByRole("button", { name: "코드 복사" }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveText("복사됨");
    await expect(page.locator("#article-status")).toHaveText("복사됨");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.innerText());
  });
});
