/**
 * Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA) on one page of every kind,
 * in both projects. A failure lists every violation with the elements it was found on.
 */
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations
    .map((violation) => {
      const targets = violation.nodes.map(
        (node) =>
          `    - ${node.target.join(" ")}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
      );
      return `  ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n${targets.join("\n")}`;
    })
    .join("\n");
  expect(results.violations, `axe violations on ${what} (${page.url()}):\n${report}`).toEqual([]);
}

const PAGES: { name: string; path: string; status?: number; ready?: (page: Page) => Promise<void> }[] = [
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
    },
  },
];

for (const entry of PAGES) {
  test(`no WCAG A/AA violations: ${entry.name}`, async ({ page }) => {
    const response = await page.goto(entry.path);
    expect(response?.status()).toBe(entry.status ?? 200);
    await entry.ready?.(page);
    await expectNoViolations(page, entry.name);
  });
}
