// @ts-check
// Builds the demo site at / and under /help/ into .tmp/, then runs the Playwright tests on both.
// Extra arguments go to Playwright (e.g. a test file or --grep).
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";

ensureChromium();
/** @param {string} command @param {string[]} args @param {Record<string, string>} env */
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const sites = process.env.E2E_SITES ?? ".tmp";
const rootPort = Number(process.env.E2E_PORT ?? 4410);
// The search-event endpoint playwright.config.ts starts (docs/deploy/search-log-endpoint.mjs).
const searchLogUrl = `http://127.0.0.1:${rootPort + 2}/`;
if (!process.env.E2E_SKIP_BUILD) {
  // The root build has every optional setting, the /help/ build none: tests cover both.
  run("astro", ["build", "--outDir", `${sites}/site-root`, "--silent"], {
    BASE_PATH: "/",
    SITE_URL: "https://help.example.com",
    FEEDBACK_URL: `http://127.0.0.1:${rootPort}/feedback-endpoint`,
    SUPPORT_URL: "https://support.example.com/contact",
    SEARCH_LOG_URL: searchLogUrl,
  });
  run("astro", ["build", "--outDir", `${sites}/site-help`, "--silent"], {
    BASE_PATH: "/help/",
    SITE_URL: "",
    FEEDBACK_URL: "",
    SUPPORT_URL: "",
    SEARCH_LOG_URL: "",
  });
}
run("playwright", ["test", ...process.argv.slice(2)], { E2E_SEARCH_LOG_URL: searchLogUrl });
