/**
 * Browser tests for the pages a reader sees: home, category, article, 404, the header search
 * form, the skip link, structured data, "no JavaScript" on articles, canonical/sitemap/robots and
 * narrow screens. Every test runs in both projects (site at `/` and under `/help/`), so pages are
 * opened with paths relative to baseURL and URLs are compared with `new URL(path, baseURL)`.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { test, expect, type Page } from "@playwright/test";

const SITE_URL = "https://help.example.com/";

// ---- What the content folder says the site should show -------------------------------------------

interface SourceArticle {
  slug: string;
  title: string;
  categoryLabels: string[];
  updated: string;
}

function readArticles(): SourceArticle[] {
  const root = path.resolve("content");
  const articles: SourceArticle[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === "images") continue;
    for (const file of readdirSync(path.join(root, dir.name))) {
      if (!file.endsWith(".md")) continue;
      const text = readFileSync(path.join(root, dir.name, file), "utf8");
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(front)?.[1]?.trim() ?? "";
      articles.push({
        slug: file.replace(/\.md$/, ""),
        title: field("title").replace(/^["']|["']$/g, ""),
        categoryLabels: field("category")
          .replace(/^\[|\]$/g, "")
          .split(",")
          .map((label) => label.trim()),
        updated: field("updated"),
      });
    }
  }
  return articles;
}

const ARTICLES = readArticles();
const SERVICES = [
  { slug: "chatbot-admin", label: "챗봇 관리자센터" },
  { slug: "live-chat", label: "상담톡 관리자센터" },
  { slug: "biz-message", label: "비즈 메시지" },
] as const;

/** An article with a table in its body, filed under 챗봇 관리자센터 › 봇 관리하기 › 배포 및 채널 연결. */
const TABLE_ARTICLE = "cb-channel-connect-error";
const TABLE_ARTICLE_CRUMBS = [
  { label: "챗봇 관리자센터", path: "categories/chatbot-admin/" },
  { label: "봇 관리하기", path: "categories/chatbot-admin/manage-bot/" },
  { label: "배포 및 채널 연결", path: "categories/chatbot-admin/manage-bot/deploy/" },
] as const;

function source(slug: string): SourceArticle {
  const found = ARTICLES.find((a) => a.slug === slug);
  if (!found) throw new Error(`content has no article ${slug}`);
  return found;
}

const url = (relative: string, baseURL: string | undefined) => new URL(relative, baseURL).href;
/** A breadcrumb's items as shown: `홈`, then `› <label>` for each category (the › is hidden from screen readers). */
const crumbItems = (...labels: string[]) => [/^홈$/, ...labels.map((label) => new RegExp(`^›\\s*${label}$`))];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Matches `<base>articles/<slug>/` and captures the slug. */
const articleUrlPattern = (baseURL: string | undefined) => new RegExp(`^${escapeRegExp(url("articles/", baseURL))}([^/]+)/$`);

/** The href of a link as the browser resolved it (absolute). */
const resolvedHrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

// ---- Every page ---------------------------------------------------------------------------------------

test.describe("every page", () => {
  for (const pagePath of ["", "categories/chatbot-admin/", `articles/${TABLE_ARTICLE}/`, "search/", "no-such-page/"]) {
    test(`basics on "${pagePath || "home"}"`, async ({ page }) => {
      await page.goto(pagePath);
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
      await expect(page.locator("head meta[charset]")).toHaveAttribute("charset", /^utf-8$/i);
      // One search box a page: the page's own where it has one (home, category, search, 404), else the header's.
      const own: Record<string, string> = {
        "": "도움말 검색",
        "categories/chatbot-admin/": "'챗봇 관리자센터'에서 검색",
        "search/": "검색어 입력",
        "no-such-page/": "도움말 검색",
      };
      const box = page.getByRole("search", { name: own[pagePath] ?? "사이트 검색" });
      await expect(box).toHaveCount(1);
      await expect(box.getByRole("combobox")).toHaveAttribute("name", "q");
      await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
      const skip = page.getByRole("link", { name: "본문 바로가기" });
      await expect(skip).toHaveAttribute("href", "#main");
      await expect(page.locator("main#main")).toHaveCount(1);
    });
  }
});

// ---- Home ---------------------------------------------------------------------------------------------

test.describe("home page", () => {
  test("has a heading, a search form and the three services with counts", async ({ page, baseURL }) => {
    await page.goto("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("무엇을 도와드릴까요?");
    await expect(page.getByRole("search", { name: "도움말 검색" }).getByRole("combobox")).toBeVisible();

    const services = page.locator("section[aria-labelledby=services-heading]");
    await expect(services.getByRole("heading", { level: 2 })).toHaveText("서비스별 도움말");
    const headings = services.getByRole("heading", { level: 3 });
    await expect(headings).toHaveCount(SERVICES.length);

    for (const [i, service] of SERVICES.entries()) {
      const expected = ARTICLES.filter((a) => a.categoryLabels[0] === service.label).length;
      expect(expected, `content has articles for ${service.label}`).toBeGreaterThan(0);
      const heading = headings.nth(i);
      // The count is set apart by a margin, not a space.
      await expect(heading).toHaveText(new RegExp(`^${service.label}\\s*${expected}개$`));
      const link = heading.getByRole("link", { name: service.label, exact: true });
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(url(`categories/${service.slug}/`, baseURL));

      // Sections of the service: each links to its category page, and the counts add up.
      const card = services.locator("section").nth(i);
      const items = card.locator("li");
      expect(await items.count()).toBeGreaterThan(0);
      let sum = 0;
      for (const item of await items.all()) {
        const href = await item.getByRole("link").evaluate((a) => (a as HTMLAnchorElement).href);
        expect(href.startsWith(url(`categories/${service.slug}/`, baseURL))).toBe(true);
        expect(href.endsWith("/")).toBe(true);
        const count = /\((\d+)\)\s*$/.exec((await item.innerText()).trim());
        expect(count, `section count in "${await item.innerText()}"`).not.toBeNull();
        sum += Number(count![1]);
      }
      expect(sum, `sections of ${service.label} add up to the service count`).toBe(expected);
    }
  });

  test("lists recently updated articles, newest first, linking to article pages", async ({ page, baseURL }) => {
    await page.goto("");
    const recent = page.locator("section[aria-labelledby=recent-heading]");
    await expect(recent.getByRole("heading", { level: 2 })).toHaveText("최근 업데이트된 도움말");
    const links = recent.getByRole("link");
    await expect(links).toHaveCount(8);

    const newest = [...ARTICLES].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    const cutoff = newest[7]!.updated;
    const hrefs = await resolvedHrefs(page, "section[aria-labelledby=recent-heading] a");
    for (const [i, href] of hrefs.entries()) {
      const match = articleUrlPattern(baseURL).exec(href);
      expect(match, `recent link ${href} is an article URL`).not.toBeNull();
      const article = source(decodeURIComponent(match![1]!));
      await expect(links.nth(i)).toHaveText(article.title);
      expect(article.updated >= cutoff, `${article.slug} (${article.updated}) is among the 8 newest`).toBe(true);
    }

    // Following the first one opens that article.
    const title = (await links.first().innerText()).trim();
    await links.first().click();
    await expect(page).toHaveURL(hrefs[0]!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
});

// ---- Category pages -----------------------------------------------------------------------------------

test.describe("category pages", () => {
  test("a section page shows breadcrumb, heading, child categories and articles", async ({ page, baseURL }) => {
    const response = await page.goto("categories/chatbot-admin/getting-started/");
    expect(response?.status()).toBe(200);

    const crumbs = page.getByRole("navigation", { name: "카테고리 경로" });
    await expect(crumbs.locator("li")).toHaveText(crumbItems("챗봇 관리자센터", "시작하기"));
    const serviceCrumb = crumbs.getByRole("link", { name: "챗봇 관리자센터" });
    await expect(serviceCrumb).toHaveAttribute("href", new URL("categories/chatbot-admin/", baseURL).pathname);
    // The page itself is the last crumb: marked current, not a link.
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("시작하기");
    await expect(crumbs.getByRole("link")).toHaveCount(2);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("시작하기");
    await expect(page.locator("h1")).toHaveCount(1);

    const children = page.locator("section[aria-labelledby=sub-heading]");
    await expect(children.getByRole("heading", { level: 2 })).toHaveText("하위 카테고리");
    // Each child category's own link (its card also lists its first articles).
    const childLinks = children.locator(":scope > ul > li > a");
    await expect(childLinks).toHaveText(["운영 준비", "챗봇 도우미", "계정 및 권한"]);
    expect(await resolvedHrefs(page, "section[aria-labelledby=sub-heading] > ul > li > a")).toEqual(
      ["preparation", "assistant", "accounts"].map((slug) => url(`categories/chatbot-admin/getting-started/${slug}/`, baseURL)),
    );

    // Articles of the children are listed below (one page of 20 here), each linking to an article page.
    const articleHrefs = await resolvedHrefs(page, 'section[aria-labelledby=articles-heading] a[href*="/articles/"]');
    const expected = ARTICLES.filter((a) => a.categoryLabels[0] === "챗봇 관리자센터" && a.categoryLabels[1] === "시작하기");
    expect(expected.length).toBeGreaterThan(20);
    expect(articleHrefs.length).toBe(20);
    await page.goto("categories/chatbot-admin/getting-started/page/2/");
    const page2 = await resolvedHrefs(page, 'section[aria-labelledby=articles-heading] a[href*="/articles/"]');
    expect(page2.length).toBe(expected.length - 20);
    expect(new Set([...articleHrefs, ...page2])).toEqual(new Set(expected.map((a) => url(`articles/${a.slug}/`, baseURL))));

    // A child category link works.
    await page.goto("categories/chatbot-admin/getting-started/");
    await childLinks.first().click();
    await expect(page).toHaveURL(url("categories/chatbot-admin/getting-started/preparation/", baseURL));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("운영 준비");
  });

  test("a topic page lists its articles", async ({ page, baseURL }) => {
    await page.goto("categories/chatbot-admin/getting-started/preparation/");
    const crumbs = page.getByRole("navigation", { name: "카테고리 경로" });
    await expect(crumbs.locator("li")).toHaveText(crumbItems("챗봇 관리자센터", "시작하기", "운영 준비"));
    expect(await resolvedHrefs(page, 'nav[aria-label="카테고리 경로"] a')).toEqual([
      url("", baseURL),
      url("categories/chatbot-admin/", baseURL),
      url("categories/chatbot-admin/getting-started/", baseURL),
    ]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("운영 준비");

    const list = page.locator("section[aria-labelledby=articles-heading]");
    const expected = ARTICLES.filter((a) => a.categoryLabels.join("/") === "챗봇 관리자센터/시작하기/운영 준비");
    await expect(list.getByRole("heading", { level: 2 })).toHaveText(`도움말 ${expected.length}개`);
    expect(expected.length).toBeGreaterThan(0);
    await expect(list.getByRole("link")).toHaveCount(expected.length);
    expect(new Set(await resolvedHrefs(page, "section[aria-labelledby=articles-heading] a"))).toEqual(
      new Set(expected.map((a) => url(`articles/${a.slug}/`, baseURL))),
    );
    await list.getByRole("link").first().click();
    await expect(page).toHaveURL(articleUrlPattern(baseURL));
    await expect(page.locator("h1")).toHaveCount(1);
  });
});

// ---- Article pages ------------------------------------------------------------------------------------

test.describe("article page", () => {
  test("shows breadcrumb, one h1, the body, updated date and related articles", async ({ page, baseURL }) => {
    const article = source(TABLE_ARTICLE);
    const response = await page.goto(`articles/${TABLE_ARTICLE}/`);
    expect(response?.status()).toBe(200);

    const crumbs = page.getByRole("navigation", { name: "카테고리 경로" });
    const crumbLinks = crumbs.getByRole("link");
    // 홈 first, then the category path.
    await expect(crumbLinks).toHaveText(["홈", ...TABLE_ARTICLE_CRUMBS.map((c) => c.label)]);
    expect(await resolvedHrefs(page, 'nav[aria-label="카테고리 경로"] a')).toEqual([
      url("", baseURL),
      ...TABLE_ARTICLE_CRUMBS.map((c) => url(c.path, baseURL)),
    ]);

    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page).toHaveTitle(`${article.title} | 톡빌더 고객센터`);

    // The Markdown body is rendered: a table with headers and rows, and lists.
    const body = page.locator("article .prose");
    const table = body.locator("table");
    await expect(table.first()).toBeVisible();
    expect(await table.first().locator("th").count()).toBeGreaterThan(0);
    expect(await table.first().locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await body.locator("ul li, ol li").count()).toBeGreaterThan(0);

    const updated = page.locator("article time");
    await expect(updated).toHaveAttribute("datetime", article.updated);
    await expect(updated).toHaveText(article.updated.replaceAll("-", "."));
    await expect(page.locator("article")).toContainText(`업데이트 ${article.updated.replaceAll("-", ".")}`);

    const related = page.locator("section[aria-labelledby=related-heading]");
    await expect(related.getByRole("heading", { level: 2 })).toHaveText("같은 카테고리의 다른 도움말");
    const siblings = ARTICLES.filter(
      (a) => a.slug !== TABLE_ARTICLE && a.categoryLabels.join("/") === article.categoryLabels.join("/"),
    );
    const relatedHrefs = await resolvedHrefs(page, "section[aria-labelledby=related-heading] a");
    expect(relatedHrefs.length).toBe(Math.min(8, siblings.length));
    for (const href of relatedHrefs) {
      expect(siblings.map((a) => url(`articles/${a.slug}/`, baseURL))).toContain(href);
    }
    expect(relatedHrefs).not.toContain(url(`articles/${TABLE_ARTICLE}/`, baseURL));
  });

  test("clicking the second crumb opens that section's category page", async ({ page, baseURL }) => {
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    const second = TABLE_ARTICLE_CRUMBS[1];
    // (The first link is 홈.)
    await page.getByRole("navigation", { name: "카테고리 경로" }).getByRole("link").nth(2).click();
    await expect(page).toHaveURL(url(second.path, baseURL));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.label);
    await expect(page.getByRole("navigation", { name: "카테고리 경로" }).locator('[aria-current="page"]')).toHaveText(
      second.label,
    );
  });

  test("links and images inside the body resolve", async ({ page, baseURL }) => {
    await page.goto("articles/cb-channel-connect/");
    const image = page.locator("article .prose img").first();
    await expect(image).toHaveAttribute("alt", /\S/);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))
      .toBe(true);

    await page.locator("article .prose").getByRole("link", { name: "채널 연결 중 오류가 나요" }).click();
    await expect(page).toHaveURL(url(`articles/${TABLE_ARTICLE}/`, baseURL));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(source(TABLE_ARTICLE).title);
  });
});

// ---- 404 ------------------------------------------------------------------------------------------------

test.describe("not-found page", () => {
  for (const missing of ["no-such-page/", "articles/no-such-article/", "categories/chatbot-admin/no/such/topic/"]) {
    test(`"${missing}" answers 404 with search and top categories`, async ({ page, baseURL, request }) => {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
      // The stylesheet loads however deep the missing URL is.
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

      const search = page.getByRole("search", { name: "도움말 검색" });
      await expect(search.getByRole("combobox")).toBeVisible();
      expect(await search.evaluate((form) => (form as HTMLFormElement).action)).toBe(url("search/", baseURL));

      const top = page.locator("section[aria-labelledby=top-heading]");
      await expect(top.getByRole("heading", { level: 2 })).toHaveText("주요 카테고리");
      // Each service, then its sections.
      await expect(top.locator(":scope > ul > li > a")).toHaveText(SERVICES.map((s) => s.label));
      const serviceHrefs = await resolvedHrefs(page, "section[aria-labelledby=top-heading] > ul > li > a");
      expect(serviceHrefs).toEqual(SERVICES.map((s) => url(`categories/${s.slug}/`, baseURL)));
      const hrefs = await resolvedHrefs(page, "section[aria-labelledby=top-heading] a");
      expect(hrefs.length).toBeGreaterThan(SERVICES.length);
      for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);

      await top.getByRole("link", { name: SERVICES[1].label, exact: true }).click();
      await expect(page).toHaveURL(url(`categories/${SERVICES[1].slug}/`, baseURL));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(SERVICES[1].label);
    });
  }

  test("searching from the 404 page opens the search page", async ({ page, baseURL }) => {
    await page.goto("no-such-page/");
    const box = page.getByRole("search", { name: "도움말 검색" }).getByRole("combobox");
    await box.fill("챗봇 배포");
    await box.press("Enter");
    await page.waitForURL((u) => u.pathname === new URL("search/", baseURL).pathname);
    expect(new URL(page.url()).searchParams.get("q")).toBe("챗봇 배포");
  });
});

// ---- Header search --------------------------------------------------------------------------------------

test.describe("header search form", () => {
  // The header's box, and the home page's own (the header has none there).
  for (const [from, name] of [
    ["", "도움말 검색"],
    [`articles/${TABLE_ARTICLE}/`, "사이트 검색"],
  ] as const) {
    test(`submits q to search/ from "${from || "home"}"`, async ({ page, baseURL }) => {
      await page.goto(from);
      const form = page.getByRole("search", { name });
      expect(await form.evaluate((f) => (f as HTMLFormElement).method)).toBe("get");
      const box = form.getByRole("combobox");
      await box.fill("채널 연결");
      await box.press("Enter");

      const expected = new URL("search/", baseURL);
      await page.waitForURL((u) => u.pathname === expected.pathname);
      const landed = new URL(page.url());
      expect(landed.origin).toBe(expected.origin);
      expect(landed.pathname).toBe(expected.pathname);
      expect(landed.searchParams.get("q")).toBe("채널 연결");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("도움말 검색 결과");
    });
  }
});

// ---- Skip link ------------------------------------------------------------------------------------------

test.describe("skip link", () => {
  for (const pagePath of ["categories/chatbot-admin/", `articles/${TABLE_ARTICLE}/`]) {
    test(`is the first Tab stop and moves focus to main on "${pagePath}"`, async ({ page }) => {
      await page.goto(pagePath);
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      await expect(focused).toHaveText("본문 바로가기");
      await expect(focused).toHaveAttribute("href", "#main");
      // Visible when focused, not a 1px screen-reader-only box.
      const box = await focused.boundingBox();
      expect(box && box.width > 20 && box.height > 10, `focused skip link box ${JSON.stringify(box)}`).toBe(true);

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      // Scrolled so that main starts at the top of the viewport (the page is long enough to scroll).
      const position = await page.evaluate(() => {
        const main = document.getElementById("main")!;
        const room = document.documentElement.scrollHeight - window.innerHeight;
        return { top: main.getBoundingClientRect().top, offset: main.offsetTop, room, scrollY: window.scrollY };
      });
      expect(position.room).toBeGreaterThanOrEqual(position.offset);
      expect(position.scrollY).toBeGreaterThan(0);
      expect(Math.abs(position.top)).toBeLessThanOrEqual(1);

      // The next Tab continues inside main, not back in the header.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
    });
  }
});

// ---- Structured data ------------------------------------------------------------------------------------

interface ListItem {
  "@type": string;
  position: number;
  name: string;
  item: string;
}

async function breadcrumbList(page: Page): Promise<ListItem[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]!) as Record<string, unknown>;
  expect(data["@context"]).toBe("https://schema.org");
  expect(data["@type"]).toBe("BreadcrumbList");
  const items = data["itemListElement"] as ListItem[];
  expect(Array.isArray(items)).toBe(true);
  items.forEach((item, i) => {
    expect(item["@type"]).toBe("ListItem");
    expect(item.position).toBe(i + 1);
    expect(typeof item.name).toBe("string");
  });
  return items;
}

test.describe("JSON-LD", () => {
  test("article page has a BreadcrumbList from home to the article", async ({ page, baseURL }, testInfo) => {
    await page.goto(`articles/${TABLE_ARTICLE}/`);
    const items = await breadcrumbList(page);
    const expected = [
      { name: "홈", path: "" },
      ...TABLE_ARTICLE_CRUMBS.map((c) => ({ name: c.label, path: c.path })),
      { name: source(TABLE_ARTICLE).title, path: `articles/${TABLE_ARTICLE}/` },
    ];
    expect(items.map((i) => i.name)).toEqual(expected.map((e) => e.name));
    if (testInfo.project.name === "root") {
      expect(items.map((i) => i.item)).toEqual(expected.map((e) => new URL(e.path, SITE_URL).href));
    } else {
      expect(items.map((i) => new URL(i.item, baseURL).href)).toEqual(expected.map((e) => url(e.path, baseURL)));
    }
  });

  test("category page has a BreadcrumbList ending at the category", async ({ page, baseURL }, testInfo) => {
    await page.goto("categories/chatbot-admin/getting-started/preparation/");
    const items = await breadcrumbList(page);
    const expected = [
      { name: "홈", path: "" },
      { name: "챗봇 관리자센터", path: "categories/chatbot-admin/" },
      { name: "시작하기", path: "categories/chatbot-admin/getting-started/" },
      { name: "운영 준비", path: "categories/chatbot-admin/getting-started/preparation/" },
    ];
    expect(items.map((i) => i.name)).toEqual(expected.map((e) => e.name));
    const base = testInfo.project.name === "root" ? SITE_URL : baseURL;
    expect(items.map((i) => new URL(i.item, base).href)).toEqual(expected.map((e) => new URL(e.path, base).href));
  });

  test("home and 404 have no breadcrumb JSON-LD", async ({ page }) => {
    await page.goto("");
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await page.goto("no-such-page/");
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });
});

// ---- Little JavaScript on articles ------------------------------------------------------------------------

test.describe("article pages load no search code until the box is focused", () => {
  test("in the browser: small scripts on load, the search code and files on first focus", async ({ page }) => {
    const requested: { url: string; type: string }[] = [];
    page.on("request", (request) => requested.push({ url: request.url(), type: request.resourceType() }));
    for (const slug of [TABLE_ARTICLE, "cb-channel-connect", "bm-result-codes"]) {
      requested.length = 0;
      await page.goto(`articles/${slug}/`);
      await page.waitForLoadState("load");
      const scripts = requested.filter((r) => r.type === "script");
      let bytes = 0;
      for (const script of scripts) bytes += brotliCompressSync(await (await page.request.get(script.url)).body()).length;
      // The theme, the article's own behaviour (contents, copy, feedback) and the wait for a focus: small, as a CDN sends them.
      expect(bytes).toBeLessThan(5_000);
      expect(requested.filter((r) => r.url.includes("/search-data/"))).toEqual([]);
    }
    const before = requested.filter((r) => r.type === "script").length;
    // Focus loads the box's code and starts the meta file, so the first keystroke has it sooner.
    await page.getByRole("search", { name: "사이트 검색" }).getByRole("combobox").focus();
    await expect.poll(() => requested.filter((r) => r.url.includes("/search-data/meta.")).length).toBe(1);
    expect(requested.filter((r) => r.type === "script").length).toBeGreaterThan(before);
  });

  test("in the HTML of every article: module scripts from files only, no inline script or handler but the theme's", async ({
    request,
  }) => {
    test.slow(); // one request per page of the site
    const offenders: string[] = [];
    for (const article of ARTICLES) {
      const response = await request.get(`articles/${article.slug}/`);
      expect(response.status(), article.slug).toBe(200);
      const html = await response.text();
      for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\btype\s*=\s*["']?application\/ld\+json/i.test(attributes)) continue;
        // The theme, set before the first paint; the Content-Security-Policy allows it by its hash.
        if (!attributes.trim() && /^\(function\(\)\{[^<]*"data-theme"[^<]*\}\)\(\);$/.test(body)) continue;
        if (!/\bsrc=/.test(attributes) || body.trim()) offenders.push(`${article.slug}: inline script <script${attributes}>`);
      }
      if (/\son[a-z]+\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/gi, "")))
        offenders.push(`${article.slug}: inline event handler`);
    }
    expect(offenders, offenders.join("\n")).toEqual([]);
  });
});

// ---- Canonical, sitemap, robots -------------------------------------------------------------------------

test.describe("canonical, sitemap.xml and robots.txt", () => {
  const indexable = [
    "",
    "categories/chatbot-admin/",
    "categories/chatbot-admin/getting-started/preparation/",
    `articles/${TABLE_ARTICLE}/`,
  ];

  test("canonical links", async ({ page }, testInfo) => {
    for (const pagePath of indexable) {
      await page.goto(pagePath);
      const canonical = page.locator('link[rel="canonical"]');
      if (testInfo.project.name === "root") {
        await expect(canonical, pagePath).toHaveCount(1);
        await expect(canonical, pagePath).toHaveAttribute("href", new URL(pagePath, SITE_URL).href);
      } else {
        await expect(canonical, pagePath).toHaveCount(0);
      }
    }
    // The 404 page is served at any URL, so it must never claim one.
    await page.goto("no-such-page/");
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });

  test("sitemap.xml", async ({ request }, testInfo) => {
    test.slow(); // one request per page of the site
    const response = await request.get("sitemap.xml");
    if (testInfo.project.name !== "root") {
      expect(response.status()).toBe(404);
      return;
    }
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) expect(loc.startsWith(SITE_URL), loc).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(SITE_URL);
    expect(locs).toContain(new URL("categories/chatbot-admin/getting-started/preparation/", SITE_URL).href);
    for (const article of ARTICLES) expect(locs).toContain(new URL(`articles/${article.slug}/`, SITE_URL).href);
    expect(locs.some((loc) => loc.includes("/search/"))).toBe(false);
    expect(locs.some((loc) => loc.includes("404"))).toBe(false);

    // Every listed page exists on the served site.
    const missing: string[] = [];
    for (const loc of locs) {
      const relative = loc.slice(SITE_URL.length);
      const status = (await request.get(relative)).status();
      if (status !== 200) missing.push(`${loc} → ${status}`);
    }
    expect(missing, missing.join("\n")).toEqual([]);
  });

  test("robots.txt", async ({ request }, testInfo) => {
    const response = await request.get("robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    if (testInfo.project.name === "root") {
      expect(text).toMatch(/^Sitemap: https:\/\/help\.example\.com\/sitemap\.xml$/m);
    } else {
      expect(text).not.toMatch(/^Sitemap:/im);
    }
  });
});

// ---- Narrow screens -------------------------------------------------------------------------------------

test.describe("360px-wide viewport", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const pagePath of [
    "",
    "categories/chatbot-admin/getting-started/",
    "categories/biz-message/billing/pricing/",
    `articles/${TABLE_ARTICLE}/`,
    "articles/bm-result-codes/",
    "no-such-page/",
    "search/?q=주",
  ]) {
    test(`no horizontal scrollbar on "${pagePath || "home"}"`, async ({ page }) => {
      await page.goto(pagePath);
      await page.waitForLoadState("load");
      if (pagePath.startsWith("search/")) await expect(page.getByRole("heading", { level: 1 })).toContainText("도움말 검색 결과");
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          // Content of a scroll container (a wide table's wrapper) may be wider: the container scrolls, not the page.
          .filter((el) => {
            for (let up = el.parentElement; up; up = up.parentElement) {
              if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return false;
            }
            return true;
          })
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`,
          ),
      }));
      expect(size.scrollWidth, `too wide: ${size.wide.join(", ")}`).toBeLessThanOrEqual(size.clientWidth);
    });
  }
});

// ---- Content-Security-Policy ------------------------------------------------------------------------------

test.describe("Content-Security-Policy", () => {
  test("every page type works under the site's policy (header and meta), with no violation", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    for (const pagePath of ["", `articles/${TABLE_ARTICLE}/`, "categories/chatbot-admin/", "search/?q=%EC%B1%97%EB%B4%87"]) {
      const response = await page.goto(pagePath);
      expect(response?.headers()["content-security-policy"], pagePath).toContain("script-src 'self'");
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", /script-src 'self'/);
      if (pagePath.startsWith("search/")) {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(/도움말 검색 결과/);
      } else {
        // The search box's code, the index files and the dropdown all load under the policy.
        // The page's one search box: the header's, or the page's own.
        const box = page.locator('input[type="search"]:visible');
        await box.click();
        await page.keyboard.type("챗봇");
        await expect(
          page
            .locator(`#${await box.getAttribute("aria-controls")}`)
            .getByRole("option")
            .first(),
        ).toBeVisible();
      }
      expect(await violations(), pagePath).toEqual([]);
    }
  });
});
