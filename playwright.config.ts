import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";

const executablePath = chromiumPath();

// The site is built twice by scripts/run-e2e.mjs (at / and under /help/) and served from plain
// files by scripts/serve.mjs; every browser test runs against both.
// E2E_PORT and E2E_SITES let two runs share a machine (defaults: 4410/4411 and .tmp).
const ROOT_PORT = Number(process.env["E2E_PORT"] ?? 4410);
const SUBPATH_PORT = ROOT_PORT + 1;
const SITES = process.env["E2E_SITES"] ?? ".tmp";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: `${SITES}/results/playwright.json` }]],
  use: {
    browserName: "chromium",
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    locale: "ko-KR",
  },
  // Every test runs at /. Under /help/ run what depends on the base path or must be proven there:
  // every page's URLs, links, assets and search files (site, links, categories), the search boxes
  // and questions through the page (whole files), and of the search page's tests those tagged @base
  // (result and page links, deep links, history). axe-core's checks do not depend on the base.
  projects: [
    { name: "root", use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    {
      name: "subpath",
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/help/` },
      testMatch: [
        "site.spec.ts",
        "links.spec.ts",
        "categories.spec.ts",
        "instant.spec.ts",
        "questions.spec.ts",
        "reading.spec.ts",
        "finish.spec.ts",
        "search-log.spec.ts",
      ],
    },
    {
      name: "subpath-search",
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/help/` },
      testMatch: ["search.spec.ts"],
      grep: /@base/,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${SITES}/site-root --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      env: { BASE_PATH: "/" },
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir ${SITES}/site-help --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/help/`,
      env: { BASE_PATH: "/help/" },
      reuseExistingServer: false,
    },
    {
      // Where the root build sends search events (SEARCH_LOG_URL, scripts/run-e2e.mjs): the example
      // endpoint of docs/deploy/, so every test's beacons land somewhere real.
      command: "node docs/deploy/search-log-endpoint.mjs",
      port: ROOT_PORT + 2,
      env: { SEARCH_LOG: `${SITES}/search-log.ndjson`, PORT: String(ROOT_PORT + 2) },
      reuseExistingServer: false,
    },
  ],
});
