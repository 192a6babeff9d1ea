/**
 * Shared pieces for the search page tests: a `test` that fails on any page error or console
 * error, locators for the page's parts, and small readers for what the page shows.
 */
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export { expect };

interface ErrorLog {
  /** Every `pageerror` and `console.error` seen so far, as text. */
  readonly entries: string[];
  /** Expected errors (a test that breaks something on purpose): matching entries are not failures. */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ errorLog: ErrorLog }>({
  errorLog: [
    async ({ page }, use) => {
      const entries: string[] = [];
      const allowed: RegExp[] = [];
      page.on("pageerror", (error) => entries.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") entries.push(`console.error: ${message.text()}`);
      });
      await use({ entries, allow: (pattern) => allowed.push(pattern) });
      const unexpected = entries.filter((entry) => !allowed.some((pattern) => pattern.test(entry)));
      expect(unexpected, "page errors and console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export const HEADING_RESULTS = /^도움말 검색 결과 \(총 ([\d,]+)건\)$/;

export const heading = (page: Page): Locator => page.getByRole("heading", { level: 1 });
export const resultsList = (page: Page): Locator => page.getByRole("list", { name: "검색 결과" });
export const resultItems = (page: Page): Locator => page.locator("#search-results > li");
export const resultLinks = (page: Page): Locator => page.locator("#search-results > li h2 a");
export const searchBox = (page: Page): Locator => page.locator("#search-q");
/** The 정렬 기준 toggle: a group of two radios (`정확도순 | 최신순`). */
export const sortGroup = (page: Page): Locator => page.getByRole("group", { name: "정렬 기준" });
export const sortRadio = (page: Page, label: "정확도순" | "최신순"): Locator =>
  sortGroup(page).getByRole("radio", { name: label });
/** The chosen order's radio (its value is the URL's `sort`). */
export const checkedSort = (page: Page): Locator => page.locator('#search-sort input[type="radio"]:checked');
export const categorySelect = (page: Page): Locator => page.getByLabel("카테고리 선택");
export const pagination = (page: Page): Locator => page.getByRole("navigation", { name: "검색 결과 페이지" });
export const message = (page: Page): Locator => page.locator("#search-message");

/** Reads N out of `도움말 검색 결과 (총 1,234건)`. */
function countOf(text: string | null): number {
  const match = HEADING_RESULTS.exec((text ?? "").trim());
  if (!match) throw new Error(`not a results heading: ${JSON.stringify(text)}`);
  return Number(match[1]!.replaceAll(",", ""));
}

/** Waits until the heading shows a result count (the index has loaded) and returns it. */
export async function waitForCount(page: Page): Promise<number> {
  await expect(heading(page)).toHaveText(HEADING_RESULTS, { timeout: 15_000 });
  return countOf(await heading(page).textContent());
}

/** Waits until the heading shows a non-zero result count and returns it. */
export async function waitForSomeResults(page: Page): Promise<number> {
  await expect(heading(page)).toHaveText(/^도움말 검색 결과 \(총 [1-9][\d,]*건\)$/, { timeout: 15_000 });
  return countOf(await heading(page).textContent());
}

/** Opens `search/` + query string (relative to baseURL) and waits for the results. */
export async function openSearch(page: Page, params: Record<string, string> = {}): Promise<number> {
  const query = new URLSearchParams(params).toString();
  await page.goto(`search/${query ? `?${query}` : ""}`);
  return waitForCount(page);
}

export async function titles(page: Page): Promise<string[]> {
  return resultLinks(page).allTextContents();
}

export async function crumbs(page: Page): Promise<string[]> {
  return page.locator("#search-results > li > p:first-child").allTextContents();
}

/** The URL's search parameters as a sorted plain object. */
export function paramsOf(url: string): Record<string, string> {
  const entries = [...new URL(url).searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}

/** Waits until the page is at `search/` under baseURL with exactly these search parameters. */
export async function expectSearchUrl(page: Page, baseURL: string | undefined, params: Record<string, string>): Promise<void> {
  const expected = new URL("search/", baseURL);
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return { path: url.origin + url.pathname, params: paramsOf(page.url()) };
    })
    .toEqual({ path: expected.href, params: sorted });
}

export interface CategoryOption {
  readonly value: string;
  /** The option's text, named from its service down, e.g. `비즈 메시지 › 요금 및 정산 › 정산 (3)`, `비즈 메시지 전체 (9)`. */
  readonly text: string;
  readonly depth: number;
  /** The category's own label (`정산`). */
  readonly label: string;
  /** Labels from the service down, as the option names them. */
  readonly labels: readonly string[];
  /** The count in parentheses, or null when the option shows none (전체, no query). */
  readonly count: number | null;
}

export async function categoryOptions(page: Page): Promise<CategoryOption[]> {
  const raw = await categorySelect(page).evaluate((select: HTMLSelectElement) =>
    [...select.options].map((option) => ({ value: option.value, text: option.textContent ?? "" })),
  );
  return raw.map(({ value, text }) => {
    const match = /^(.*) \(([\d,]+)\)$/.exec(text);
    const name = match ? match[1]! : text;
    const depth = value === "" ? 0 : value.split("/").length;
    // A service's own option reads `<service> 전체`; the others `<service> › … › <label>`.
    const labels = depth === 0 ? [name] : depth === 1 ? [name.replace(/ 전체$/, "")] : name.split(" › ");
    return { value, text, depth, label: labels.at(-1)!, labels, count: match ? Number(match[2]!.replaceAll(",", "")) : null };
  });
}

/** Labels from the service down to `path`, read from the category select (e.g. `[비즈 메시지, 정산 관리, 정산]`). */
export function labelsOf(options: readonly CategoryOption[], path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => {
    const ancestor = parts.slice(0, i + 1).join("/");
    const option = options.find((o) => o.value === ancestor);
    if (!option) throw new Error(`no option for ${ancestor}`);
    return option.label;
  });
}

const CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/** Initial consonants of the Hangul syllables in `text`; other characters (spaces) are dropped. */
export function choseongOf(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xac00 && code <= 0xd7a3) out += CHOSEONG[Math.floor((code - 0xac00) / 588)];
  }
  return out;
}

/**
 * Holds every response of the search files until `release()`: a search started now answers only
 * after the test has moved on. `held()` counts the requests waiting.
 */
export async function holdSearchFiles(page: Page): Promise<{ release: () => void; held: () => number }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/search-data/**", async (route) => {
    held++;
    await gate;
    await route.continue();
  });
  return { release, held: () => held };
}
