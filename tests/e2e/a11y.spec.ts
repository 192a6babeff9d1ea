/**
 * Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA) on one page of every kind,
 * in both projects. A failure lists every violation with the elements it was found on.
 */
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations
    .map((violation) => {
      const targets = violation.nodes.map(
        (node) =>
          `    - ${node.target.join(" ")}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
      );
      return `  ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n${targets.join("\n")}`;
    })
    .join("\n");
  // Compare ids only, so the failure shows the readable report above rather than a huge object diff.
  expect(
    violations.map((violation) => violation.id),
    `axe violations on ${what} (${page.url()}):\n${report}`,
  ).toEqual([]);
}

interface Entry {
  name: string;
  path: string;
  status?: number;
  ready?: (page: Page) => Promise<void>;
}

const PAGES: Entry[] = [
  { name: "home", path: "" },
  { name: "service category page", path: "categories/chatbot-admin/" },
  { name: "topic category page", path: "categories/chatbot-admin/getting-started/preparation/" },
  {
    name: "article page with a table",
    path: "articles/cb-channel-connect-error/",
    ready: async (page) => {
      await expect(page.locator("article .prose table").first()).toBeVisible();
    },
  },
  {
    name: "article page with a code block",
    path: "articles/cb-entity-csv-upload/",
    ready: async (page) => {
      await expect(page.locator("article .prose pre code").first()).toBeVisible();
    },
    // Regression: the default code theme coloured CSV columns at about 3:1 contrast (WCAG 1.4.3).
  },
  { name: "404 page", path: "no-such-page/", status: 404 },
  {
    name: "search results page",
    path: "search/?q=주",
    ready: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toContainText("도움말 검색 결과");
      await expect(page.getByRole("navigation", { name: "검색 결과 페이지" })).toBeVisible();
    },
    // Regression: page links showed "2" but were named "2쪽" (WCAG 2.5.3 Label in Name).
  },
  {
    name: "zero-result page (tips, pinned articles, categories)",
    path: "search/?q=zzqqxxvv",
    ready: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("도움말 검색 결과 (총 0건)");
      await expect(page.getByRole("heading", { name: "자주 찾는 도움말" })).toBeVisible();
    },
  },
  {
    name: "article page after 아니요 (the next step)",
    path: "articles/cb-channel-connect/",
    ready: async (page) => {
      await page.route("**/feedback-endpoint", (route) => route.fulfill({ status: 204 }));
      await page.getByRole("button", { name: "아니요", exact: true }).click();
      await expect(page.getByRole("search", { name: "다시 검색" })).toBeVisible();
    },
  },
];

async function open(page: Page, entry: Entry): Promise<void> {
  // axe walks every node (colour contrast on long category pages is the slowest part): allow 3× the time.
  test.slow();
  const response = await page.goto(entry.path);
  expect(response?.status()).toBe(entry.status ?? 200);
  await entry.ready?.(page);
}

for (const scheme of ["light", "dark"] as const) {
  for (const entry of PAGES) {
    test(`no WCAG A/AA violations: ${entry.name} (${scheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, entry);
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      await expectNoViolations(page, `${entry.name} (${scheme} theme)`);
    });
  }
}
