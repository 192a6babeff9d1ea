// npm run bench:lighthouse: Lighthouse on a production build served compressed by scripts/serve.mjs:
// home, a category, a long article with a table and /search/?q=주, with the mobile and desktop
// presets, each run three times (timings are noisy on a shared 2-core machine); the median of each
// category's score goes to docs/BENCHMARKS.md (section "Lighthouse", replaced on each run).
import { spawnSync } from "node:child_process";
import { replaceSection } from "./measure";
import os from "node:os";
import path from "node:path";
import lighthouse, { type Flags } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.mjs";
import { serveSite, waitForServer } from "./local-site";

const RUNS = 3;
const PAGES = [
  { name: "home", path: "" },
  { name: "category", path: "categories/biz-message/" },
  { name: "article with a table", path: "articles/bm-result-codes/" },
  { name: "search `주`", path: "search/?q=%EC%A3%BC" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const DIST = path.resolve(".tmp/lighthouse/dist");
const OUT = "docs/BENCHMARKS.md";
const port = 4695;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", DIST, "--silent"], {
  env: { ...process.env, BASE_PATH: "/", SITE_URL: "https://help.example.com", ASTRO_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = serveSite(DIST, port);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath() ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const rows: string[] = [];
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  for (const preset of ["mobile", "desktop"] as const) {
    for (const page of PAGES) {
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      for (let run = 0; run < RUNS; run++) {
        const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
        const result = await lighthouse(
          `http://127.0.0.1:${port}/${page.path}`,
          flags,
          preset === "desktop" ? desktopConfig : undefined,
        );
        for (const category of CATEGORIES)
          scores[category]!.push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      }
      rows.push(`| ${page.name} | ${preset} | ${CATEGORIES.map((c) => median(scores[c]!)).join(" | ")} |`);
      console.error(`${preset} ${page.name}: ${rows.at(-1)}`);
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

const section = [
  "## Lighthouse",
  "",
  `Measured by \`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}): a production build (\`SITE_URL\` set) served with compression by \`scripts/serve.mjs\`, Lighthouse's mobile and desktop presets, the median of ${RUNS} runs per page.`,
  "",
  "| page | preset | performance | accessibility | best practices | SEO |",
  "|---|---|---:|---:|---:|---:|",
  ...rows,
  "",
  "The search page is `noindex` on purpose (result lists are not for search engines), which costs it SEO points.",
  "",
].join("\n");
await replaceSection(OUT, section);
console.log(section);
