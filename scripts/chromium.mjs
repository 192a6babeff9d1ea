// @ts-check
// The one place that knows which Chromium the browser tests and benchmarks drive, and with which
// flags: CHROMIUM_PATH, else Debian's package. Playwright never downloads a browser of its own.
import { existsSync } from "node:fs";

/** Flags for a sandbox-less container without a GPU, and no background traffic during measurements. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** @returns {string | undefined} the first Chromium found: CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser */
export function chromiumPath() {
  return [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (p) => p !== undefined && p !== "" && existsSync(p),
  );
}
