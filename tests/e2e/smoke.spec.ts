import { test, expect } from "@playwright/test";

test("search page shows results for 주", async ({ page }) => {
  await page.goto("search/?q=주");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("도움말 검색 결과 (총");
  await page.screenshot({ path: ".tmp/search.png", fullPage: true });
});
