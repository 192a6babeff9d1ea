/**
 * Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA) on one page of every kind,
 * in both projects. A failure lists every violation with the elements it was found on.
 */
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string, skipRules: readonly string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (skipRules.length > 0) builder = builder.disableRules([...skipRules]);
  const results = await builder.analyze();
  const report = results.violations
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
    results.violations.map((violation) => violation.id),
    `axe violations on ${what} (${page.url()}):\n${report}`,
  ).toEqual([]);
}

interface Entry {
  name: string;
  path: string;
  status?: number;
  ready?: (page: Page) => Promise<void>;
  /** A known site bug: the full check is test.fixme, and a second test checks everything else. */
  knownBug?: { rule: string; note: string };
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
  { name: "404 page", path: "no-such-page/", status: 404 },
  {
    name: "search results page",
    path: "search/?q=주",
    ready: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toContainText("도움말 검색 결과");
      await expect(page.getByRole("navigation", { name: "검색 결과 페이지" })).toBeVisible();
    },
    // SITE BUG (src/client/search-page.ts renderPagination + ui.pageLabel in src/ui/strings.ts):
    // the pagination links show "1", "2", … but carry aria-label="1쪽", "2쪽", …, so the visible
    // text is not a word of the accessible name (WCAG 2.5.3 Label in Name, axe rule
    // label-content-name-mismatch, serious). A speech-input user saying "2" may not hit the link.
    // Fix in the site, e.g. drop the aria-label (the nav is already labelled "검색 결과 페이지" and
    // the current page has aria-current) or make the label contain "2" as a word ("2 쪽", "페이지 2").
    knownBug: { rule: "label-content-name-mismatch", note: "pagination links: visible '2' vs aria-label '2쪽'" },
  },
];

async function open(page: Page, entry: Entry): Promise<void> {
  const response = await page.goto(entry.path);
  expect(response?.status()).toBe(entry.status ?? 200);
  await entry.ready?.(page);
}

for (const entry of PAGES) {
  if (entry.knownBug) {
    // Fails until the site bug described on the entry is fixed; then remove `knownBug`.
    test.fixme(`no WCAG A/AA violations: ${entry.name}`, async ({ page }) => {
      await open(page, entry);
      await expectNoViolations(page, entry.name);
    });
    test(`no WCAG A/AA violations except the known ${entry.knownBug.rule}: ${entry.name}`, async ({ page }) => {
      await open(page, entry);
      await expectNoViolations(page, entry.name, [entry.knownBug!.rule]);
    });
  } else {
    test(`no WCAG A/AA violations: ${entry.name}`, async ({ page }) => {
      await open(page, entry);
      await expectNoViolations(page, entry.name);
    });
  }
}
