/**
 * Typing Korean the way a two-set (두벌식) IME does, through Chromium's own IME path (CDP
 * `Input.imeSetComposition` / `Input.insertText`): each key press shows the syllable being composed
 * in place, and a syllable is committed when the next one starts. The key sequence and what the
 * box shows after each key come from es-hangul's keyboard conversions, not from the site's code.
 */
import type { Locator, Page } from "@playwright/test";
import { imeSteps, type ImeStep } from "../../bench/ime-steps";

/**
 * Types `text` into `box` key by key through the IME. With `finish: false` the last syllable is
 * left composing (the user has not pressed space or Enter yet). `afterKey` runs after each key.
 */
export async function typeWithIme(
  page: Page,
  box: Locator,
  text: string,
  options: { finish?: boolean; afterKey?: (step: ImeStep) => Promise<void> } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await box.focus();
  let committed = "";
  let composing = "";
  for (const step of imeSteps(text)) {
    if (step.committed !== committed) {
      // Commits the composition (if any) with the text that ends it.
      await cdp.send("Input.insertText", { text: step.committed.slice(committed.length) });
      committed = step.committed;
    }
    if (step.composing) {
      await cdp.send("Input.imeSetComposition", {
        text: step.composing,
        selectionStart: step.composing.length,
        selectionEnd: step.composing.length,
      });
    }
    composing = step.composing;
    await options.afterKey?.(step);
  }
  if (options.finish !== false && composing) await cdp.send("Input.insertText", { text: composing });
  await cdp.detach();
}
