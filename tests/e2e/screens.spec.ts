/**
 * Visual regression: the page states a reader sees most, on a phone (360 px) and a desktop
 * (1280 px), light and dark, compared with the committed screenshots in screens.spec.ts-snapshots/.
 * A layout change shows in review as a changed image; `npm run test:e2e -- tests/e2e/screens.spec.ts
 * --project root --update-snapshots` writes new ones.
 *
 * Fonts are the site's own (Pretendard cut at build time, served with the pages), so the images do
 * not depend on the machine's fonts. They are `font-display: optional`: each page is loaded once to
 * fetch every face, then again, when the fonts come from the cache before the first paint.
 */
import type { Page } from "@playwright/test";
import { test, expect, waitForCount } from "./search-helpers";

interface State {
  readonly name: string;
  readonly path: string;
  /** What to wait for (or do) once the page is loaded, before the picture. */
  readonly ready: (page: Page) => Promise<void>;
}

const STATES: readonly State[] = [
  {
    name: "search",
    path: "search/?q=%EC%B1%84%EB%84%90%20%EC%97%B0%EA%B2%B0",
    ready: async (page) => void (await waitForCount(page)),
  },
  {
    name: "dropdown",
    path: "articles/cb-channel-connect/",
    ready: async (page) => {
      const box = page.locator("#header-search");
      await box.click();
      await box.pressSequentially("채널");
      await expect(page.getByRole("listbox").getByRole("option").last()).toHaveText(/^'채널' 검색 결과 전체 보기/);
    },
  },
  { name: "article", path: "articles/cb-channel-connect/", ready: async () => {} },
  { name: "category", path: "categories/chatbot-admin/", ready: async () => {} },
  { name: "zero-results", path: "search/?q=zzqqxxvv", ready: async (page) => void (await waitForCount(page)) },
];

/** Loads `path` so that every font face of the site is in the cache, then loads it again for the picture. */
async function openWithFonts(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
}

for (const width of [360, 1280]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: width < 640 ? 720 : 800 }, colorScheme });
      for (const state of STATES) {
        test(state.name, async ({ page }) => {
          await openWithFonts(page, state.path);
          await state.ready(page);
          await expect(page).toHaveScreenshot(`${state.name}-${width}-${colorScheme}.png`, {
            // Anti-aliasing may differ by a few pixels between runs; a layout change moves thousands.
            maxDiffPixelRatio: 0.002,
            animations: "disabled",
            caret: "hide",
          });
        });
      }
    });
  }
}
