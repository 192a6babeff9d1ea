/**
 * Browser tests for the search page (`search/?q=…&category=…&sort=…&page=…`): results, typing,
 * sorting, category filter, pagination, history, suggestions, Korean matching through the UI, bad
 * input, IME composition, keyboard use, the loading state, the empty query and no JavaScript.
 * Every test runs in both projects (site at `/` and under `/help/`): pages are opened with paths
 * relative to baseURL and URLs are compared as parameters against `new URL(path, baseURL)`.
 * Any `pageerror` or console error fails the test (see search-helpers.ts).
 */
import {
  categoryOptions,
  categorySelect,
  choseongOf,
  crumbs,
  expect,
  expectSearchUrl,
  heading,
  HEADING_RESULTS,
  holdSearchFiles,
  labelsOf,
  message,
  openSearch,
  pagination,
  paramsOf,
  resultItems,
  resultLinks,
  resultsList,
  searchBox,
  sortGroup,
  sortRadio,
  checkedSort,
  test,
  titles,
  waitForCount,
  waitForSomeResults,
} from "./search-helpers";
import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const PER_PAGE = 10;

interface CategoryNode {
  label: string;
  slug: string;
  children?: CategoryNode[];
}

/** Every category of content/categories.yaml in display order, with its slug path and labels. */
function readCategories(): { path: string; labels: string[] }[] {
  const tree = parse(readFileSync("content/categories.yaml", "utf8")) as CategoryNode[];
  const out: { path: string; labels: string[] }[] = [];
  const walk = (nodes: CategoryNode[], path: string[], labels: string[]) => {
    for (const node of nodes) {
      out.push({ path: [...path, node.slug].join("/"), labels: [...labels, node.label] });
      walk(node.children ?? [], [...path, node.slug], [...labels, node.label]);
    }
  };
  walk(tree, [], []);
  return out;
}

/** The `updated` date an article page shows (`<time datetime>` right under its h1). */
async function articleDate(page: Page, href: string): Promise<string> {
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const afterTitle = html.slice(html.indexOf("<h1"));
  const date = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(afterTitle)?.[1];
  if (!date) throw new Error(`no date on ${href}`);
  return date;
}

/** The link to page `n` in the pagination (its text is the number; its name may add 쪽). */
function pageLink(nav: Locator, n: number): Locator {
  return nav.getByRole("link").filter({ hasText: new RegExp(`^${n}$`) });
}

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

test.describe("results for 주", { tag: "@base" }, () => {
  test("heading, ten results with breadcrumb, title link and snippet", async ({ page, baseURL }) => {
    test.slow();
    const total = await openSearch(page, { q: "주" });
    expect(total).toBeGreaterThan(100);
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${total.toLocaleString("ko-KR")}건)`);
    await expect(resultsList(page)).toBeVisible();
    await expect(resultsList(page).getByRole("listitem")).toHaveCount(PER_PAGE);
    await expect(resultItems(page)).toHaveCount(PER_PAGE);
    await expect(searchBox(page)).toHaveValue("주");

    const articles = new URL("articles/", baseURL).href;
    for (const item of await resultItems(page).all()) {
      const [crumb, title, snippet] = await item.locator(":scope > *").all();
      expect(await crumb!.evaluate((el) => el.tagName)).toBe("P");
      expect(await crumb!.textContent()).toMatch(/^(\[[^[\]]+\]){1,3}$/);
      expect(await title!.evaluate((el) => el.tagName)).toBe("H2");
      const link = title!.getByRole("link");
      const href = await link.getAttribute("href");
      expect(new URL(href!, page.url()).href).toMatch(new RegExp(`^${articles.replaceAll(".", "\\.")}[a-z0-9-]+/$`));
      expect((await link.textContent())!.trim()).not.toBe("");
      expect(await snippet!.evaluate((el) => el.tagName)).toBe("P");
      const snippetText = (await snippet!.textContent())!;
      expect(snippetText.trim()).not.toBe("");
      for (const syntax of ["**", "##", "]("]) expect(snippetText, `snippet of ${href}`).not.toContain(syntax);
    }
    // The breadcrumb of the first hit is the full path, e.g. [챗봇 관리자센터][시작하기][운영 준비].
    expect((await crumbs(page))[0]).toMatch(/^\[[^\]]+\]\[[^\]]+\](\[[^\]]+\])?$/);

    const marks = await resultItems(page).locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(PER_PAGE);
    for (const mark of marks) expect(mark).toContain("주");
  });

  test("a result title opens its article", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    const link = resultLinks(page).nth(2);
    const title = (await link.textContent())!.trim();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await expect(page).toHaveURL(new URL(href, new URL("search/", baseURL)).href);
    expect(page.url().startsWith(new URL("articles/", baseURL).href)).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
});

test.describe("typing in the search box", () => {
  test("results follow typing without Enter, and the URL q is replaced", async ({ page, baseURL }) => {
    const first = await openSearch(page, { q: "주" });
    const before = await page.evaluate(() => history.length);

    await searchBox(page).fill("챗봇");
    await expect(heading(page)).not.toHaveText(`도움말 검색 결과 (총 ${first.toLocaleString("ko-KR")}건)`);
    await expectSearchUrl(page, baseURL, { q: "챗봇" });
    const chatbot = await waitForCount(page);
    expect(chatbot).toBeGreaterThan(0);
    // content/synonyms.yaml groups 챗봇 with 봇, chatbot and bot: each is marked where it matched.
    for (const mark of await resultItems(page).locator("mark").allTextContents()) {
      expect(["챗봇", "봇", "chatbot", "bot"]).toContain(mark.toLowerCase());
    }

    await searchBox(page).fill("");
    await expect(heading(page)).toHaveText("도움말 검색");
    await expectSearchUrl(page, baseURL, {});

    await searchBox(page).pressSequentially("정산", { delay: 40 });
    await expectSearchUrl(page, baseURL, { q: "정산" });
    const settlement = await waitForCount(page);
    expect(settlement).toBeGreaterThan(0);
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("정산");
    // Typing replaces the history entry instead of adding one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test("Enter submits at once and adds a history entry", async ({ page, baseURL }) => {
    const first = await openSearch(page, { q: "주" });
    const firstTitles = await titles(page);
    const before = await page.evaluate(() => history.length);

    // A value the typing timer has not seen (as after autofill): only Enter can search it.
    await searchBox(page).evaluate((input: HTMLInputElement) => {
      input.value = "정산";
    });
    await searchBox(page).press("Enter");
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("정산");
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    await page.goBack();
    await expectSearchUrl(page, baseURL, { q: "주" });
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${first.toLocaleString("ko-KR")}건)`);
    await expect(resultLinks(page)).toHaveText(firstTitles);
    await expect(searchBox(page)).toHaveValue("주");

    // Typing then Enter straight away.
    await searchBox(page).fill("챗봇");
    await searchBox(page).press("Enter");
    await expectSearchUrl(page, baseURL, { q: "챗봇" });
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("챗봇");
  });

  test("the 검색 button submits", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    await searchBox(page).fill("  챗봇   만들기 ");
    await page.locator("#search-form").getByRole("button", { name: "검색" }).click();
    // The query is trimmed and its spaces collapsed before it goes into the URL.
    await expectSearchUrl(page, baseURL, { q: "챗봇 만들기" });
    await waitForSomeResults(page);
  });

  test("typing resets the page to 1", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주", page: "3" });
    await searchBox(page).fill("주문");
    await expectSearchUrl(page, baseURL, { q: "주문" });
    await waitForCount(page);
    await expect(resultItems(page).first()).toBeVisible();
  });
});

test.describe("sort", () => {
  test("최신순 orders newest first and sets sort=latest; 정확도순 removes it", async ({ page, baseURL }) => {
    test.slow();
    await openSearch(page, { q: "주" });
    await expect(checkedSort(page)).toHaveValue("relevance");
    await expect(sortGroup(page).getByRole("radio")).toHaveCount(2);
    await expect(sortRadio(page, "정확도순")).toBeVisible();
    await expect(sortRadio(page, "최신순")).toBeVisible();
    const relevance = await titles(page);

    await sortRadio(page, "최신순").check();
    await expectSearchUrl(page, baseURL, { q: "주", sort: "latest" });
    await expect(resultLinks(page)).not.toHaveText(relevance);
    await expect(resultItems(page)).toHaveCount(PER_PAGE);
    const latestHrefs = await hrefs(page);
    const dates = await Promise.all(latestHrefs.map((href) => articleDate(page, href)));
    expect(dates).toEqual([...dates].sort().reverse());

    // The relevance order is not simply by date (otherwise this test would prove nothing).
    await sortRadio(page, "정확도순").check();
    await expectSearchUrl(page, baseURL, { q: "주" });
    await expect(resultLinks(page)).toHaveText(relevance);
    expect(latestHrefs).not.toEqual(await hrefs(page));
  });

  test("sort=latest in the URL selects 최신순", async ({ page }) => {
    await openSearch(page, { q: "주", sort: "latest" });
    await expect(checkedSort(page)).toHaveValue("latest");
  });
});

test.describe("category", { tag: "@base" }, () => {
  test("options list 전체 and every category at every level with its count", async ({ page, baseURL }) => {
    test.slow();
    const total = await openSearch(page, { q: "주" });
    const options = await categoryOptions(page);
    expect(options[0]).toMatchObject({ value: "", label: "전체", count: null });

    // Every category of content/categories.yaml, in order, each with its count.
    const categories = readCategories();
    expect(options.slice(1).map((o) => o.value)).toEqual(categories.map((c) => c.path));
    for (const [i, category] of categories.entries()) {
      const option = options[i + 1]!;
      // Named from the service down (two services may both have a 시작하기), no indentation.
      expect(option.text).toMatch(/^\S.* \([\d,]+\)$/);
      expect(option.depth).toBe(category.labels.length);
      expect(option.labels).toEqual(category.labels);
    }
    expect(options.some((o) => o.depth === 1)).toBe(true);
    expect(options.some((o) => o.depth === 2)).toBe(true);
    expect(options.some((o) => o.depth === 3)).toBe(true);

    // Counts add up: services sum to the total, a parent is at least each child.
    const services = options.filter((o) => o.depth === 1);
    expect(services.reduce((sum, o) => sum + o.count!, 0)).toBe(total);
    for (const option of options.slice(1)) {
      const parent = options.find((o) => o.value === option.value.split("/").slice(0, -1).join("/") && o.value !== "");
      if (parent) expect(parent.count!).toBeGreaterThanOrEqual(option.count!);
    }

    // Counts are for the current query.
    await searchBox(page).fill("정산");
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("정산");
    await expect.poll(async () => (await categoryOptions(page)).map((o) => o.count)).not.toEqual(options.map((o) => o.count));
    const settlement = await categoryOptions(page);
    expect(settlement.find((o) => o.label === "정산")!.text).toMatch(/^비즈 메시지 › .+ › 정산 \(\d+\)$/);
  });

  test("choosing a category filters results and sets category=<path>", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    await expect(categorySelect(page)).toHaveValue("");
    const options = await categoryOptions(page);
    // A third-level category with some hits, and a service.
    const leaf = options.find((o) => o.depth === 3 && o.count! > 0 && o.count! <= PER_PAGE)!;
    expect(leaf).toBeDefined();

    await categorySelect(page).selectOption(leaf.value);
    await expectSearchUrl(page, baseURL, { q: "주", category: leaf.value });
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${leaf.count}건)`);
    await expect(resultItems(page)).toHaveCount(leaf.count!);
    const prefix = labelsOf(options, leaf.value)
      .map((label) => `[${label}]`)
      .join("");
    for (const crumb of await crumbs(page)) expect(crumb.startsWith(prefix)).toBe(true);
    // The option labels keep their counts while a category is chosen.
    expect(await categoryOptions(page)).toEqual(options);

    const service = options.find((o) => o.depth === 1 && o.count! > PER_PAGE)!;
    await categorySelect(page).selectOption(service.value);
    await expectSearchUrl(page, baseURL, { q: "주", category: service.value });
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${service.count}건)`);
    await expect(resultItems(page)).toHaveCount(PER_PAGE);
    for (const crumb of await crumbs(page)) expect(crumb.startsWith(`[${service.label}]`)).toBe(true);

    await categorySelect(page).selectOption({ label: "전체" });
    await expectSearchUrl(page, baseURL, { q: "주" });
  });

  test("a category in the URL is selected on load", async ({ page }) => {
    await page.goto("search/?q=주");
    await waitForCount(page);
    const options = await categoryOptions(page);
    const leaf = options.find((o) => o.depth === 2 && o.count! > 0)!;
    const total = await openSearch(page, { q: "주", category: leaf.value });
    await expect(categorySelect(page)).toHaveValue(leaf.value);
    expect(total).toBe(leaf.count);
  });
});

test.describe("pagination", { tag: "@base" }, () => {
  test("이전, page numbers and 다음; page 2 shows other results", async ({ page, baseURL }) => {
    const total = await openSearch(page, { q: "주" });
    const last = Math.ceil(total / PER_PAGE);
    const nav = pagination(page);
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "이전" })).toHaveCount(0);
    await expect(pageLink(nav, 1)).toHaveAttribute("aria-current", "page");
    await expect(pageLink(nav, 1)).toHaveText("1");
    await expect(pageLink(nav, last)).toBeVisible();
    await expect(nav.getByRole("link", { name: "다음" })).toBeVisible();
    const page1 = await titles(page);

    await pageLink(nav, 2).click();
    await expectSearchUrl(page, baseURL, { q: "주", page: "2" });
    await expect(pageLink(nav, 2)).toHaveAttribute("aria-current", "page");
    await expect(resultItems(page)).toHaveCount(PER_PAGE);
    const page2 = await titles(page);
    expect(page2).not.toEqual(page1);
    await expect(nav.getByRole("link", { name: "이전" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "다음" })).toBeVisible();
    // Focus moves to the heading so a screen reader hears the new page.
    await expect(heading(page)).toBeFocused();

    await nav.getByRole("link", { name: "다음" }).click();
    await expectSearchUrl(page, baseURL, { q: "주", page: "3" });
    await expect(pageLink(nav, 3)).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "이전" }).click();
    await expectSearchUrl(page, baseURL, { q: "주", page: "2" });
    await expect(resultLinks(page)).toHaveText(page2);
    await pageLink(nav, 1).click();
    await expectSearchUrl(page, baseURL, { q: "주" });
    await expect(resultLinks(page)).toHaveText(page1);
  });

  test("pages hold every result exactly once", async ({ page }) => {
    test.slow();
    const total = await openSearch(page, { q: "주" });
    const last = Math.ceil(total / PER_PAGE);
    const seen: string[] = [];
    for (let n = 1; n <= last; n++) {
      if (n > 1) {
        await pageLink(pagination(page), n).click();
        await expect(pageLink(pagination(page), n)).toHaveAttribute("aria-current", "page");
      }
      await expect(resultItems(page)).toHaveCount(n < last ? PER_PAGE : total - PER_PAGE * (last - 1));
      seen.push(...(await hrefs(page)));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test("page=999 shows the last page and corrects the URL", async ({ page, baseURL }) => {
    const total = await openSearch(page, { q: "주", page: "999" });
    const last = Math.ceil(total / PER_PAGE);
    await expectSearchUrl(page, baseURL, { q: "주", page: String(last) });
    await expect(resultItems(page)).toHaveCount(total - PER_PAGE * (last - 1));
    const nav = pagination(page);
    await expect(pageLink(nav, last)).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "다음" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "이전" })).toBeVisible();
  });

  test("page=-3 and page=abc show page 1", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    const page1 = await titles(page);
    for (const bad of ["-3", "abc", "0"]) {
      await openSearch(page, { q: "주", page: bad });
      await expectSearchUrl(page, baseURL, { q: "주" });
      await expect(resultLinks(page)).toHaveText(page1);
      await expect(pageLink(pagination(page), 1)).toHaveAttribute("aria-current", "page");
    }
  });

  test("no pagination for a single page of results", async ({ page }) => {
    const options = await (async () => {
      await openSearch(page, { q: "주" });
      return categoryOptions(page);
    })();
    const small = options.find((o) => o.count! > 0 && o.count! <= PER_PAGE)!;
    await openSearch(page, { q: "주", category: small.value });
    await expect(pagination(page)).toBeHidden();
  });
});

test.describe("history", { tag: "@base" }, () => {
  test("back and forward walk through sort, category and page; reload restores", async ({ page, baseURL }) => {
    test.slow();
    await openSearch(page, { q: "주" });
    const options = await categoryOptions(page);
    const service = options.find((o) => o.depth === 1 && o.count! > PER_PAGE)!;

    const snapshot = async () => ({
      url: paramsOf(page.url()),
      sort: await checkedSort(page).inputValue(),
      category: await categorySelect(page).inputValue(),
      heading: await heading(page).textContent(),
      titles: await titles(page),
    });
    const expectState = async (state: Awaited<ReturnType<typeof snapshot>>) => {
      await expectSearchUrl(page, baseURL, state.url);
      await expect(heading(page)).toHaveText(state.heading!);
      await expect(resultLinks(page)).toHaveText(state.titles);
      await expect(checkedSort(page)).toHaveValue(state.sort);
      await expect(categorySelect(page)).toHaveValue(state.category);
      await expect(searchBox(page)).toHaveValue("주");
    };

    const s0 = await snapshot();
    await sortRadio(page, "최신순").check();
    await expectSearchUrl(page, baseURL, { q: "주", sort: "latest" });
    await expect(resultLinks(page)).not.toHaveText(s0.titles);
    const s1 = await snapshot();
    await categorySelect(page).selectOption(service.value);
    await expectSearchUrl(page, baseURL, { q: "주", sort: "latest", category: service.value });
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${service.count}건)`);
    const s2 = await snapshot();
    await pageLink(pagination(page), 2).click();
    await expectSearchUrl(page, baseURL, { q: "주", sort: "latest", category: service.value, page: "2" });
    await expect(resultLinks(page)).not.toHaveText(s2.titles);
    const s3 = await snapshot();
    expect(new Set([s0, s1, s2, s3].map((s) => JSON.stringify(s.titles))).size).toBe(4);

    await page.goBack();
    await expectState(s2);
    await page.goBack();
    await expectState(s1);
    await page.goBack();
    await expectState(s0);
    await page.goForward();
    await expectState(s1);
    await page.goForward();
    await expectState(s2);
    await page.goForward();
    await expectState(s3);

    await page.reload();
    await waitForCount(page);
    await expectState(s3);
  });

  test("a deep link opens the same state", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    const service = (await categoryOptions(page)).find((o) => o.depth === 1 && o.count! > PER_PAGE)!;
    await openSearch(page, { q: "주", category: service.value, sort: "latest", page: "2" });
    const shown = await titles(page);
    const url = page.url();

    const other = await page.context().newPage();
    await other.goto(url);
    await waitForCount(other);
    await expectSearchUrl(other, baseURL, { q: "주", category: service.value, sort: "latest", page: "2" });
    await expect(resultLinks(other)).toHaveText(shown);
    await expect(checkedSort(other)).toHaveValue("latest");
    await expect(categorySelect(other)).toHaveValue(service.value);
    await other.close();
  });
});

test.describe("no results and suggestions", () => {
  test("searched exactly as typed (exact=1), 쳇봇 shows 0건 and suggests 챗봇", async ({ page, baseURL }) => {
    const total = await openSearch(page, { q: "쳇봇", exact: "1" });
    expect(total).toBe(0);
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    await expect(resultItems(page)).toHaveCount(0);
    await expect(resultsList(page)).toHaveCount(0);
    await expect(pagination(page)).toBeHidden();
    await expect(message(page)).toBeVisible();
    await expect(message(page)).toContainText("'쳇봇'에 대한 검색 결과가 없습니다.");
    const before = await page.evaluate(() => history.length);

    const suggestion = message(page).getByRole("link", { name: "챗봇", exact: true });
    await expect(suggestion).toBeVisible();
    expect(paramsOf(new URL((await suggestion.getAttribute("href"))!, page.url()).href)).toEqual({ q: "챗봇" });
    await suggestion.click();
    await expectSearchUrl(page, baseURL, { q: "챗봇" });
    await waitForSomeResults(page);
    await expect(searchBox(page)).toHaveValue("챗봇");
    await expect(message(page)).toBeHidden();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    await page.goBack();
    await expectSearchUrl(page, baseURL, { q: "쳇봇", exact: "1" });
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
  });

  test("searched exactly, 졍산 suggests 정산", async ({ page, baseURL }) => {
    expect(await openSearch(page, { q: "졍산", exact: "1" })).toBe(0);
    const suggestion = message(page).getByRole("link", { name: "정산", exact: true });
    await suggestion.click();
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await waitForSomeResults(page);
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("정산");
  });

  test("no hits in the chosen category: 0건, no suggestion, counts kept", async ({ page, baseURL }) => {
    await openSearch(page, { q: "정산" });
    const options = await categoryOptions(page);
    const empty = options.find((o) => o.count === 0)!;
    expect(empty).toBeDefined();
    await categorySelect(page).selectOption(empty.value);
    await expectSearchUrl(page, baseURL, { q: "정산", category: empty.value });
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    await expect(message(page)).toContainText("이 카테고리에는 '정산'에 대한 검색 결과가 없습니다.");
    // The one way out: every category's results.
    await expect(message(page).getByRole("link")).toHaveText([/^전체 카테고리에서 [\d,]+건 보기$/]);
    await expect(resultItems(page)).toHaveCount(0);
    expect(await categoryOptions(page)).toEqual(options);
  });

  test("a nonsense query shows 0건 without a suggestion", async ({ page }) => {
    expect(await openSearch(page, { q: "뷁뷁뷁" })).toBe(0);
    await expect(message(page)).toContainText("검색 결과가 없습니다");
    await expect(message(page).getByRole("link")).toHaveCount(0);
  });
});

test.describe("snippets", () => {
  // Regression: CommonMark does not close bold after ")" before a Hangul letter (`**… 20명)**이`), which showed literal `**`.
  test("the snippet of cb-roles-master-operator has no literal Markdown", async ({ page }) => {
    await openSearch(page, { q: "운영자 여러" });
    const item = resultItems(page).filter({ has: page.locator('h2 a[href$="/cb-roles-master-operator/"]') });
    await expect(item).toHaveCount(1);
    await expect(item.locator("p").nth(1)).not.toContainText("**");
  });
});

test.describe("Korean matching through the UI", () => {
  test("채널연결 finds 채널 연결 written with a space", async ({ page }) => {
    expect(await openSearch(page, { q: "채널연결" })).toBeGreaterThan(0);
    const marks = await resultItems(page).locator("mark").allTextContents();
    expect(marks).toContain("채널 연결");
    for (const mark of marks) expect(mark.replace(/\s+/g, "")).toBe("채널연결");
  });

  test("ㅊㅂ finds titles with 챗봇, the syllables marked", async ({ page }) => {
    expect(await openSearch(page, { q: "ㅊㅂ" })).toBeGreaterThan(0);
    const titleMarks = await resultLinks(page).locator("mark").allTextContents();
    expect(titleMarks).toContain("챗봇");
    for (const mark of titleMarks) expect(choseongOf(mark)).toBe("ㅊㅂ");
    for (const title of await titles(page)) expect(choseongOf(title)).toContain("ㅊㅂ");
    const withChatbot = (await titles(page)).filter((t) => t.includes("챗봇"));
    expect(withChatbot.length).toBeGreaterThan(0);
  });

  test("api finds API, marked in its original case", async ({ page }) => {
    expect(await openSearch(page, { q: "api" })).toBeGreaterThan(0);
    const marks = await resultItems(page).locator("mark").allTextContents();
    expect(marks).toContain("API");
    for (const mark of marks) expect(mark.toLowerCase()).toBe("api");
  });
});

test.describe("bad input", () => {
  test("HTML in the query is shown as text and never runs", async ({ page }) => {
    const query = "<img src=x onerror=window.__xss=1>";
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const total = await waitForCount(page);
    await expect(searchBox(page)).toHaveValue(query);
    if (total === 0) await expect(message(page)).toContainText(`'${query}'에 대한 검색 결과가 없습니다.`);
    // No such element was ever made (its onerror could only run if it existed), and nothing ran.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

    // The same through typing.
    await searchBox(page).fill('"><script>window.__xss=2</script><img src=x onerror=window.__xss=3>');
    await searchBox(page).press("Enter");
    await waitForCount(page);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test("a 5,000-character query in the URL is cut to 200 characters", async ({ page }) => {
    // ASCII, so the URL stays within what an HTTP server accepts (5,000 Hangul would be 45 kB encoded).
    const long = "api ".repeat(1250);
    expect(long).toHaveLength(5000);
    const api = await openSearch(page, { q: "api" });
    await page.goto(`search/?q=${encodeURIComponent(long)}`);
    expect(await waitForCount(page)).toBe(api);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")?.length).toBeLessThanOrEqual(200);
    const q = new URL(page.url()).searchParams.get("q")!;
    expect(long.startsWith(q.trim())).toBe(true);
    expect(q.trim().length).toBeGreaterThanOrEqual(199);
    await expect(searchBox(page)).toHaveValue(q);
    await expect(resultItems(page).first()).toBeVisible();
  });

  // Regression: the query was trimmed before it was cut to 200 characters, so it could end in a space.
  test("a query cut to 200 characters does not end in a space", async ({ page, baseURL }) => {
    const long = "api ".repeat(1250);
    await page.goto(`search/?q=${encodeURIComponent(long)}`);
    await waitForCount(page);
    await expectSearchUrl(page, baseURL, { q: long.slice(0, 200).trim() });
    await expect(searchBox(page)).toHaveValue(long.slice(0, 200).trim());
  });

  test("a 5,000-character query put into the box is cut to 200 characters", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    const long = "챗봇".repeat(2500);
    // As a script or a paste that ignores maxlength would: set the value and fire input.
    await searchBox(page).evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, long);
    await expectSearchUrl(page, baseURL, { q: long.slice(0, 200) });
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    // Still usable afterwards.
    await searchBox(page).fill("정산");
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await expect(heading(page)).not.toHaveText("도움말 검색 결과 (총 0건)");
    await waitForSomeResults(page);
  });

  test("a long query of many words", async ({ page }) => {
    const long = Array.from({ length: 300 }, (_, i) => `챗봇${i % 10}`).join(" ");
    await page.goto(`search/?q=${encodeURIComponent(long)}`);
    await waitForCount(page);
    const value = await searchBox(page).inputValue();
    expect([...value].length).toBeLessThanOrEqual(200);
    expect(long.startsWith(value)).toBe(true);
  });

  test("emoji are ignored as terms", async ({ page, baseURL }) => {
    const chatbot = await openSearch(page, { q: "챗봇" });
    const withEmoji = await openSearch(page, { q: "😀 챗봇" });
    expect(withEmoji).toBe(chatbot);
    await expect(searchBox(page)).toHaveValue("😀 챗봇");
    await expectSearchUrl(page, baseURL, { q: "😀 챗봇" });
    expect(await openSearch(page, { q: "😀" })).toBe(0);
  });

  test("an NFD query finds the same as NFC and the URL becomes NFC", async ({ page, baseURL }) => {
    const nfc = await openSearch(page, { q: "챗봇" });
    const nfcTitles = await titles(page);
    const nfd = "챗봇".normalize("NFD");
    expect(nfd).not.toBe("챗봇");
    await page.goto(`search/?q=${encodeURIComponent(nfd)}`);
    expect(await waitForCount(page)).toBe(nfc);
    await expect(resultLinks(page)).toHaveText(nfcTitles);
    await expectSearchUrl(page, baseURL, { q: "챗봇" });
  });

  test("an unknown category falls back to 전체 and leaves the URL", async ({ page, baseURL }) => {
    const all = await openSearch(page, { q: "주" });
    expect(await openSearch(page, { q: "주", category: "does-not-exist" })).toBe(all);
    await expect(categorySelect(page)).toHaveValue("");
    await expectSearchUrl(page, baseURL, { q: "주" });
  });

  test("a category with slashes around it is accepted and cleaned", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주", category: "/biz-message/" });
    await expect(categorySelect(page)).toHaveValue("biz-message");
    await expectSearchUrl(page, baseURL, { q: "주", category: "biz-message" });
  });

  test("an unknown sort falls back to 정확도순 and leaves the URL", async ({ page, baseURL }) => {
    await openSearch(page, { q: "주" });
    const relevance = await titles(page);
    await openSearch(page, { q: "주", sort: "bogus" });
    await expect(checkedSort(page)).toHaveValue("relevance");
    await expectSearchUrl(page, baseURL, { q: "주" });
    await expect(resultLinks(page)).toHaveText(relevance);
  });

  test("URL-special characters in the query survive the round trip", async ({ page, baseURL }) => {
    const query = "100% & + # ? = 챗봇";
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForCount(page);
    await expect(searchBox(page)).toHaveValue(query);
    await expectSearchUrl(page, baseURL, { q: query });
    await page.reload();
    await waitForCount(page);
    await expect(searchBox(page)).toHaveValue(query);
  });

  test("a query of punctuation only finds nothing and the page stays usable", async ({ page }) => {
    expect(await openSearch(page, { q: "?!%&#" })).toBe(0);
    await expect(searchBox(page)).toHaveValue("?!%&#");
    await searchBox(page).fill("정산");
    await expect(heading(page)).not.toHaveText("도움말 검색 결과 (총 0건)");
    await waitForSomeResults(page);
  });
});

test.describe("IME composition", () => {
  test("the list follows the text composed so far, without waiting for compositionend; Enter while composing does not submit", async ({
    page,
    baseURL,
  }) => {
    const settlement = await openSearch(page, { q: "정산" });
    await openSearch(page, { q: "주" });
    const before = await page.evaluate(() => history.length);

    await searchBox(page).focus();
    await searchBox(page).evaluate((input: HTMLInputElement) => {
      input.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
      input.value = "정";
      input.dispatchEvent(
        new InputEvent("input", { isComposing: true, bubbles: true, data: "정", inputType: "insertCompositionText" }),
      );
      input.value = "정산";
      input.dispatchEvent(
        new InputEvent("input", { isComposing: true, bubbles: true, data: "산", inputType: "insertCompositionText" }),
      );
      const enter = new KeyboardEvent("keydown", { key: "Enter", isComposing: true, bubbles: true, cancelable: true });
      input.dispatchEvent(enter);
      (window as { __enterPrevented?: boolean }).__enterPrevented = enter.defaultPrevented;
    });
    expect(await page.evaluate(() => (window as { __enterPrevented?: boolean }).__enterPrevented)).toBe(true);
    // 산 is still being composed (no compositionend): the list already has it, and typing replaced the entry.
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${settlement.toLocaleString("ko-KR")}건)`);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test("an Enter with keyCode 229 (IME) is not a submit either", async ({ page }) => {
    await openSearch(page, { q: "주" });
    const prevented = await searchBox(page).evaluate((input: HTMLInputElement) => {
      const enter = new KeyboardEvent("keydown", { key: "Enter", keyCode: 229, bubbles: true, cancelable: true });
      input.dispatchEvent(enter);
      return enter.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });
});

test.describe("keyboard", () => {
  test("Tab reaches sort, category, the first result and pagination in order", async ({ page, baseURL }) => {
    test.slow();
    await openSearch(page, { q: "주" });
    await searchBox(page).focus();
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "body";
        if (el instanceof HTMLInputElement && el.type === "radio") return `radio:${el.value}`;
        if (el.id) return `#${el.id}`;
        if (el.closest("#search-results")) return `result:${el.textContent}`;
        if (el.closest("#search-pagination")) return `page:${el.textContent}`;
        return `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`;
      });
      stops.push(stop);
      if (stop === "page:다음") break;
    }
    const at = (stop: string) => stops.indexOf(stop);
    const firstTitle = (await titles(page))[0]!;
    expect(stops[0]).toBe("button:검색");
    // The order toggle is one Tab stop (its chosen radio), as a radio group is.
    expect(at("radio:relevance")).toBe(1);
    expect(at("#search-category")).toBe(2);
    expect(at(`result:${firstTitle}`)).toBe(3);
    expect(stops.slice(3, 3 + PER_PAGE).every((s) => s.startsWith("result:"))).toBe(true);
    expect(at("page:1")).toBe(3 + PER_PAGE);
    expect(at("page:2")).toBe(4 + PER_PAGE);
    expect(stops.at(-1)).toBe("page:다음");

    // Enter on a focused page link goes to that page and focus lands on the heading.
    await pageLink(pagination(page), 2).focus();
    await page.keyboard.press("Enter");
    await expectSearchUrl(page, baseURL, { q: "주", page: "2" });
    await expect(heading(page)).toBeFocused();

    // The order toggle changes with the arrow keys, as a radio group does.
    const page2 = await titles(page);
    await sortRadio(page, "정확도순").focus();
    await page.keyboard.press("ArrowRight");
    await expectSearchUrl(page, baseURL, { q: "주", sort: "latest" });
    await expect(sortRadio(page, "최신순")).toBeFocused();
    await expect(resultLinks(page)).not.toHaveText(page2);

    // Enter on the focused first result opens its article (once the sorted list is in place).
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
    const link = resultLinks(page).first();
    const title = (await link.textContent())!;
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
    expect(page.url().startsWith(new URL("articles/", baseURL).href)).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
});

test.describe("where the engine runs", () => {
  test("a shared link searches on the page, typing in a Web Worker; without workers, all on the page with the same answer", async ({
    page,
    browser,
    baseURL,
  }) => {
    await openSearch(page, { q: "챗봇 삭제" });
    // The first search ran on the page; the worker starts after it and answers what is typed next.
    await expect.poll(() => page.workers().length).toBe(1);
    await searchBox(page).fill("챗봇 설정");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("챗봇 설정");
    await expect(page).toHaveTitle(/^'챗봇 설정' 검색 결과/);
    const typed = await waitForSomeResults(page);

    const context = await browser.newContext(baseURL ? { baseURL } : {});
    const plain = await context.newPage();
    await plain.addInitScript(() => Object.defineProperty(window, "Worker", { value: undefined }));
    expect(await openSearch(plain, { q: "챗봇 설정" })).toBe(typed);
    expect(plain.workers().length).toBe(0);
    await expect(resultLinks(plain)).toHaveText(await titles(page));
    await context.close();
  });
});

test.describe("a shared link to a result list", () => {
  test("the files every search needs are preloaded with the page, used by the engine, and requested once", async ({ page }) => {
    const requested: string[] = [];
    // Context-wide: the worker's requests too, and requests answered from a cache.
    page.context().on("request", (request) => requested.push(new URL(request.url()).pathname));
    await openSearch(page, { q: "채널 연결" });
    await waitForSomeResults(page);

    const preloads = await page.locator('head link[rel="preload"]').evaluateAll((links) =>
      links.map((link) => ({
        href: (link as HTMLLinkElement).href,
        as: link.getAttribute("as"),
        cors: link.getAttribute("crossorigin"),
      })),
    );
    const metaUrl = new URL((await page.locator("#search-page").getAttribute("data-meta-url"))!, page.url()).href;
    expect(preloads).toContainEqual({ href: metaUrl, as: "fetch", cors: "anonymous" });
    const stats = preloads.filter((link) => /\/search-data\/stats-\d+\./.test(link.href));
    expect(stats.length).toBeGreaterThan(0);

    // Fetched by the preload, no later than the page's first script was requested.
    const timing = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => ({
        name: entry.name,
        initiator: (entry as PerformanceResourceTiming).initiatorType,
        start: entry.startTime,
      })),
    );
    const meta = timing.find((entry) => entry.name === metaUrl)!;
    expect(meta.initiator).toBe("link");
    const firstScript = Math.min(...timing.filter((entry) => /\/_assets\/.+\.js$/.test(entry.name)).map((entry) => entry.start));
    expect(meta.start).toBeLessThanOrEqual(firstScript);

    // The page's search code too, all of it asked for with the HTML, not one import after another.
    const modulePreloads = await page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    // Not the worker (started by URL), nor the search log's module (root build only: loaded after the
    // results, to send their event).
    const scripts = timing.filter(
      (entry) => /\/_assets\/.+\.js$/.test(entry.name) && !/search-worker|search-log/.test(entry.name),
    );
    const entryScripts = await page
      .locator('script[type="module"][src]')
      .evaluateAll((tags) => tags.map((tag) => (tag as HTMLScriptElement).src));
    for (const script of scripts)
      if (!entryScripts.includes(script.name)) expect(modulePreloads, script.name).toContain(script.name);
    expect(modulePreloads.length).toBeGreaterThan(0);

    // Each up-front file requested once: the engine used the preloaded copy instead of asking again.
    for (const url of [metaUrl, ...stats.map((link) => link.href)])
      expect(
        requested.filter((path) => path === new URL(url).pathname),
        url,
      ).toHaveLength(1);
  });
});

test("nothing holds back a shared link: no script file blocks the parser, and the search code comes in five files", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await openSearch(page, { q: "채널 연결" });
  await waitForSomeResults(page);
  // A classic script file in the page (no async, defer or module) stops the parser, and every
  // preload after it, until it has arrived and run.
  const blocking = await page
    .locator("script[src]:not([type='module']):not([async]):not([defer])")
    .evaluateAll((tags) => tags.map((tag) => (tag as HTMLScriptElement).src));
  expect(blocking).toEqual([]);
  // Over HTTP/1.1 a host gets six connections per page: with the up-front search files and the
  // stylesheet, more script files would queue. The worker, started after the first answer, aside.
  const pageScripts = scripts.filter((path) => !/search-worker|search-log/.test(path));
  expect(pageScripts.length, pageScripts.join("\n")).toBeLessThanOrEqual(5);
});

test.describe("loading", () => {
  test("shows 검색 중… and aria-busy until the index arrives", async ({ page }) => {
    test.slow();
    await page.route("**/search-data/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto("search/?q=주");
    await expect(heading(page)).toHaveText("검색 중…");
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "true");
    await expect(resultItems(page)).toHaveCount(0);
    await expect(pagination(page)).toBeHidden();

    await expect(heading(page)).toHaveText(HEADING_RESULTS, { timeout: 15_000 });
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
    await expect(resultItems(page)).toHaveCount(PER_PAGE);
  });

  test("typing while the index loads searches once it arrives", async ({ page, baseURL }) => {
    test.slow();
    await page.route("**/search-data/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto("search/?q=주");
    await expect(heading(page)).toHaveText("검색 중…");
    await searchBox(page).fill("정산");
    await expectSearchUrl(page, baseURL, { q: "정산" });
    await waitForCount(page);
    await expect(resultItems(page).first().locator("mark").first()).toHaveText("정산");
  });

  test("an index that fails to load says so", async ({ page, errorLog }) => {
    errorLog.allow(/Failed to load resource/);
    await page.route("**/search-data/**", (route) => route.fulfill({ status: 500, body: "" }));
    await page.goto("search/?q=주");
    await expect(message(page)).toHaveText("검색 색인을 불러오지 못했습니다. 새로고침해 주세요.");
    await expect(heading(page)).toHaveText("도움말 검색");
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
  });
});

test.describe("empty query", () => {
  test("search/ asks for a query and lists nothing", async ({ page, baseURL }) => {
    await page.goto("search/");
    await expect(message(page)).toHaveText("검색어를 입력하세요.");
    await expect(message(page)).toBeVisible();
    await expect(heading(page)).toHaveText("도움말 검색");
    await expect(resultItems(page)).toHaveCount(0);
    await expect(resultsList(page)).toHaveCount(0);
    await expect(pagination(page)).toBeHidden();
    await expect(searchBox(page)).toHaveValue("");
    // No counts in the category options without a query.
    for (const option of await categoryOptions(page)) expect(option.count).toBeNull();
    await expectSearchUrl(page, baseURL, {});
  });

  // Regression: with an empty query the page was left aria-busy="true".
  test("search/ is not left busy", async ({ page }) => {
    // The page opens the index even without a query: check once that has arrived.
    const meta = page.waitForResponse(/search-data\/meta\./);
    await page.goto("search/");
    await meta;
    await expect(message(page)).toHaveText("검색어를 입력하세요.");
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
  });

  // Regression: clearing the box while a search was running left aria-busy="true".
  test("clearing the query after a search leaves the page not busy", async ({ page }) => {
    await openSearch(page, { q: "주" });
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
    // Hold the files the next search needs, so it is still running when the box is cleared.
    const gate = await holdSearchFiles(page);
    await searchBox(page).fill("정산 환불 결제");
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "true");
    await searchBox(page).fill("");
    await expect(message(page)).toHaveText("검색어를 입력하세요.");
    // Let the old search finish now, and wait until it has: its files arrived and two frames passed.
    expect(gate.held()).toBeGreaterThan(0);
    const arrived = page.waitForResponse("**/search-data/**");
    gate.release();
    await arrived;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(page.locator("#search-page")).toHaveAttribute("aria-busy", "false");
  });

  test("a query of spaces is the empty query", async ({ page, baseURL }) => {
    await page.goto("search/?q=%20%20%20");
    await expect(message(page)).toHaveText("검색어를 입력하세요.");
    await expect(resultItems(page)).toHaveCount(0);
    await expectSearchUrl(page, baseURL, {});
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("explains that search needs JavaScript and links to the categories", async ({ page, baseURL }) => {
    await page.goto("search/?q=주");
    // Playwright's text and role engines skip <noscript>, so CSS locators are used here.
    const noscript = page.locator("#search-page noscript");
    await expect(noscript.locator("p")).toBeVisible();
    await expect(noscript.locator("p")).toContainText("검색에는 JavaScript가 필요합니다");
    const services = [
      { label: "챗봇 관리자센터", path: "categories/chatbot-admin/" },
      { label: "상담톡 관리자센터", path: "categories/live-chat/" },
      { label: "비즈 메시지", path: "categories/biz-message/" },
    ];
    const links = noscript.locator("a");
    await expect(links).toHaveText(services.map((s) => s.label));
    for (const [i, { path }] of services.entries()) {
      await expect(links.nth(i)).toBeVisible();
      expect(new URL((await links.nth(i).getAttribute("href"))!, page.url()).href).toBe(new URL(path, baseURL).href);
    }
    // Nothing pretends to be results.
    await expect(resultItems(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText("도움말 검색");
    await links.nth(2).click();
    await expect(page).toHaveURL(new URL("categories/biz-message/", baseURL).href);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("비즈 메시지");
  });
});
