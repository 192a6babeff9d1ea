// npm run bench:compare [-- --sizes 2000,10000] [--real .tmp/eval/react-ko/content | none] [--rounds 3] [--out docs/BENCHMARKS.md]
// For each corpus — a generated one per size, and the Korean React docs (bench/eval's react-ko, when
// converted) — build the site (time, peak memory), index the same dist/ with Pagefind in a scratch copy,
// then in headless Chromium open a shared link to each query's results on both (`search/?q=…`,
// `pf-search/?q=…`, and Pagefind's API on a light page, `pf-api/?q=…`), each in a new browser context
// (cold cache), and measure the search code and data fetched and the time from navigation start
// until the results are painted (the API page: until the first 10 results' data are in). Answer sets are compared
// with the brute-force reference (recall, precision); the engine's time per keystroke is measured in
// Node over the built files. Writes the report (--out) and a chart next to it (benchmarks.svg); the
// report's "## Lighthouse" and "## Engine and typing" sections (bench/lighthouse.ts,
// bench/search-bench.ts) and whatever follows them are kept.
import { spawn } from "node:child_process";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { SearchEngine } from "../src/search/engine";
import { MemorySource } from "./memory-source";
import { Oracle } from "./oracle";
import type { SearchDoc } from "../src/search/types";
import { loadContent } from "../src/node/content/load-content";
import { buildSearchData } from "../src/node/search/search-data";
import { corpusFiles, generateCorpus } from "./corpus";
import { corpusSearchData } from "./corpus-data";
import { brotliSize, kb, ms, percentile } from "./measure";
import { ALL_QUERIES, REACT_QUERIES } from "./queries";
import { comparisonChartSvg, type ChartGroup } from "./chart-svg";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.mjs";
import { articleCounts, positiveNumber, readOptions } from "./cli";
import { copyForPagefind, filesUnder, freePort, markPagefindBody, serveSite, waitForServer } from "./local-site";

const { values: options } = readOptions(
  { options: { sizes: { type: "string" }, real: { type: "string" }, rounds: { type: "string" }, out: { type: "string" } } },
  "npm run bench:compare [-- --sizes 2000,10000] [--real .tmp/eval/react-ko/content | none] [--rounds 3] [--out docs/BENCHMARKS.md]",
);
const SIZES = articleCounts("sizes", options.sizes ?? "2000,10000");
const REAL = options.real ?? ".tmp/eval/react-ko/content";
const OUT = options.out ?? "docs/BENCHMARKS.md";
/**
 * Cold links per query and engine, the engines taking turns: a query's time is their median. One
 * link's time varies by ±20 % on this machine (what else the two cores are doing), about as much
 * as the targets' margins.
 */
const ROUNDS = positiveNumber("rounds", options.rounds ?? "3");
const CHART = path.join(path.dirname(OUT), "benchmarks.svg");
const WORK = path.resolve(".tmp/compare");
const ASTRO = path.resolve("node_modules/astro/bin/astro.mjs");
const PAGEFIND = path.resolve("node_modules/pagefind/lib/runner/bin.cjs");
/** A build or Pagefind run of 50,000 articles takes minutes on a small machine; only a hung one is stopped. */
const CHILD_TIMEOUT_MS = 60 * 60_000;
/** One query's page, from navigation to results, even at 50,000 articles on a busy machine. */
const PAGE_TIMEOUT_MS = 180_000;
/** The largest search file we accept, brotli: 64 KB. */
const FILE_LIMIT = 64 * 1024;
const LIMIT_TEXT = "64 KB";
const REACT_HOWTO = `Korean React docs: no converted docs in ${REAL} — make them with \`git clone --depth 1 https://github.com/reactjs/ko.react.dev .tmp/ko.react.dev && npx tsx bench/eval/convert-react-docs.ts .tmp/ko.react.dev .tmp/eval/react-ko/content\` (or \`npm run eval -- --react-docs .tmp/ko.react.dev\`, which converts and then runs the quality benchmark); skipping the real corpus`;

interface Measure {
  bytes: number[];
  times: number[];
  recall: number[];
  precision: number[];
}
const emptyMeasure = (): Measure => ({ bytes: [], times: [], recall: [], precision: [] });

/** One corpus to measure. `prepare` writes or finds its content and says how to get the reference's articles. */
interface CorpusPlan {
  /** Heading in the report. */
  readonly title: string;
  /** Under its bars in the chart. */
  readonly label: string;
  /** Working folder under WORK. */
  readonly key: string;
  readonly size?: number;
  readonly queries: readonly string[];
  readonly about?: string;
  readonly prepare: (dir: string) => Promise<{
    content: string;
    /** The articles as the reference scans them; called once the site is built, with this site's engine over it. */
    referenceDocs: (engine: SearchEngine) => Promise<readonly SearchDoc[]>;
  }>;
}

/** Runs a command, sampling the peak resident memory of it and its children from /proc; stops it after `timeoutMs`. */
async function runMeasured(
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = CHILD_TIMEOUT_MS,
): Promise<{ seconds: number; peakMb: number }> {
  const start = performance.now();
  const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + String(chunk)).slice(-20_000)));
  let peak = 0;
  const sample = () => {
    const pids = [child.pid!, ...childPids(child.pid!)];
    const total = pids.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 100);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    for (const pid of [...childPids(child.pid!), child.pid!]) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  }, timeoutMs);
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  clearInterval(timer);
  clearTimeout(killer);
  const shown = `${path.basename(command)} ${commandArgs.map((a) => path.relative(process.cwd(), a) || a).join(" ")}`;
  if (timedOut) throw new Error(`${shown} stopped after ${timeoutMs / 60_000} min:\n${stderr.slice(-2000)}`);
  if (code !== 0) throw new Error(`${shown} failed:\n${stderr.slice(-2000)}`);
  return { seconds: (performance.now() - start) / 1000, peakMb: peak / 1024 };
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return direct.flatMap((child) => [child, ...childPids(child)]);
  } catch {
    return [];
  }
}

// The Pagefind side of a shared link: `pf-search/?q=…` runs the query on load and paints the first 10
// results (title and excerpt), then marks the body. Without `q` it only offers allUrls() for the answer
// sets: every result's URL, each result's data loaded once across queries.
const PAGEFIND_SCRIPT = `
let pagefind;
async function run(query) {
  document.getElementById("search-q").value = query;
  pagefind ??= await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const first = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  document.getElementById("results-heading").textContent = "도움말 검색 결과 (총 " + search.results.length + "건)";
  document.getElementById("search-results").replaceChildren(...first.map((d) => {
    const li = document.createElement("li");
    li.className = "p-4";
    const a = document.createElement("a");
    a.href = d.url;
    a.innerHTML = d.meta.title;
    const p = document.createElement("p");
    p.innerHTML = d.excerpt;
    li.append(a, p);
    return li;
  }));
  document.body.dataset.done = query;
}
const urls = new Map();
async function all(query) {
  pagefind ??= await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const results = search?.results ?? [];
  for (let i = 0; i < results.length; i += 100) {
    await Promise.all(results.slice(i, i + 100).map(async (r) => {
      if (!urls.has(r.id)) urls.set(r.id, (await r.data()).url);
    }));
  }
  return results.map((r) => urls.get(r.id));
}
window.allUrls = all;
document.getElementById("search-form").addEventListener("submit", (e) => { e.preventDefault(); run(document.getElementById("search-q").value); });
const shared = new URLSearchParams(location.search).get("q");
if (shared) run(shared);
`;

// Pagefind's API on a light page (the second harness): `pf-api/?q=…` imports pagefind.js, runs the
// query and loads the first 10 results' data, painting nothing; the time is taken when the data is in.
const PAGEFIND_API_SCRIPT = `
const query = new URLSearchParams(location.search).get("q");
if (query) {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.init();
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  window.pagefindDone = { query, at: performance.now() };
}
`;

/** A built page with its own scripts, their preloads and its Content-Security-Policy taken out. */
function withoutScripts(html: string): string {
  return (
    html
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
      .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/g, "")
      // This site's search files and modules; the web font's preload stays, as every page of the site has it.
      .replace(/<link rel="modulepreload"[^>]*>|<link rel="preload"(?![^>]*\bas="font")[^>]*>/g, "")
  );
}

/**
 * The light page of the second harness: the site's 404 page (header, styles and web font, little
 * else) running Pagefind's JS API on load (PAGEFIND_API_SCRIPT).
 */
function pagefindApiPage(notFoundPage: string): string {
  const shell = withoutScripts(notFoundPage);
  if (!shell.includes("</body>")) throw new Error("bench:compare: the built 404 page has no </body>");
  return shell.replace("</body>", `<script type="module">${PAGEFIND_API_SCRIPT}</script></body>`);
}

/**
 * The Pagefind side of a shared link: this site's own search page (\`search/index.html\` of the
 * build) with its search scripts, preloads and Content-Security-Policy taken out (Pagefind runs
 * WebAssembly and this inline script) and a script running Pagefind's JS API on load put in, which
 * shows the first 10 results in the page's own list. Both engines pay for the same page (styles,
 * web font, header), so only the search differs.
 */
function pagefindPage(searchPage: string): string {
  const shell = withoutScripts(searchPage);
  if (!shell.includes('id="search-results"') || !shell.includes("</body>"))
    throw new Error("bench:compare: the built search page has no #search-results list to show Pagefind's results in");
  return shell.replace("</body>", `<script type="module">${PAGEFIND_SCRIPT}</script></body>`);
}

/** Served paths that are not search code or data: the page itself, its styles, icons and web fonts. */
const NOT_SEARCH = /(\/|\.html|\.css|\.svg|\.ico|\.woff2?)$/;

/** brotli size of the file behind a URL path, as a CDN would serve it. */
function brotliOf(root: string, urlPath: string, cache: Map<string, number>): number {
  const decoded = decodeURIComponent(urlPath);
  let file = path.join(root, decoded);
  if (decoded.endsWith("/")) file = path.join(file, "index.html");
  if (!cache.has(file)) cache.set(file, existsSync(file) ? brotliSize(readFileSync(file)) : 0);
  return cache.get(file)!;
}

type Run = { bytes: number; ms: number };

/** The run of median time (the lower of the two middle ones), with its bytes. */
function medianRun(runs: readonly Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[(runs.length - 1) >> 1]!;
}

/** Painted when returning a number: the page's performance.now(), ms since navigation start. */
type Painted = (query: string) => number | false;

/**
 * A shared link opened in a new browser context (cold cache): ms from navigation start until the
 * results are painted (the page's own clock, read in the first animation frame that shows them), and
 * the brotli bytes of the search code and data the server sent until then.
 */
async function deepLink(
  browser: Browser,
  url: string,
  root: string,
  requestLog: string,
  query: string,
  painted: Painted,
  cache: Map<string, number>,
): Promise<{ bytes: number; ms: number }> {
  await writeFile(requestLog, "");
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
    const handle = await page
      .waitForFunction(painted, query, { polling: "raf", timeout: PAGE_TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new Error(`${url}: no results painted${errors.length ? `; errors on the page: ${errors.join("; ")}` : ""}`, {
          cause: error,
        });
      });
    const at = (await handle.jsonValue()) as number;
    // Read at once: files a page fetches after painting (preloading) are not part of its first results.
    const fetched = (await readFile(requestLog, "utf8")).split("\n").filter((p) => p && !NOT_SEARCH.test(p));
    return { bytes: [...new Set(fetched)].reduce((sum, p) => sum + brotliOf(root, p, cache), 0), ms: at };
  } finally {
    await context.close();
  }
}

const oursPainted: Painted = (q) =>
  (document.querySelector<HTMLInputElement>("#search-q")?.value === q && document.querySelector("#search-results li") !== null) ||
  /\(총 0건\)/.test(document.querySelector("#results-heading")?.textContent ?? "")
    ? performance.now()
    : false;
const pagefindPainted: Painted = (q) => (document.body?.dataset["done"] === q ? performance.now() : false);
const pagefindApiDone: Painted = (q) => {
  const done = (window as unknown as { pagefindDone?: { query: string; at: number } }).pagefindDone;
  return done?.query === q ? done.at : false;
};

function recallPrecision(found: readonly string[], expected: readonly string[]): [number, number] {
  const want = new Set(expected);
  const got = new Set(found);
  const hit = [...got].filter((slug) => want.has(slug)).length;
  return [want.size === 0 ? 1 : hit / want.size, got.size === 0 ? (want.size === 0 ? 1 : 0) : hit / got.size];
}

async function scriptBytes(dist: string, html: string): Promise<number | undefined> {
  if (!existsSync(path.join(dist, html))) return undefined;
  const text = await readFile(path.join(dist, html), "utf8");
  const srcs = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...text.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  let total = inline.reduce((sum, code) => sum + brotliSize(code), 0);
  for (const src of srcs) total += brotliSize(await readFile(path.join(dist, src)));
  // Module scripts import chunks; count them too.
  for (const src of srcs) {
    const code = await readFile(path.join(dist, src), "utf8");
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g))
      total += brotliSize(await readFile(path.join(dist, path.dirname(src), m[1]!)));
  }
  return total;
}

/**
 * The search files' count, the largest one's brotli size and how many exceed FILE_LIMIT. Brotli at
 * quality 11 runs at about 1 MB/s, too slow for every file at 50,000 articles: each file is sized at
 * quality 5 first (about 20 times faster, and never smaller than quality 11 on this JSON in practice),
 * and only those that could come near the limit, plus the five largest, at quality 11.
 */
async function searchFileFacts(dir: string): Promise<{ count: number; largest: number; largestName: string; over: number }> {
  const estimates: { name: string; size: number }[] = [];
  for (const name of await readdir(dir)) estimates.push({ name, size: brotliSize(await readFile(path.join(dir, name)), 5) });
  estimates.sort((a, b) => b.size - a.size);
  const exact = estimates.filter((e, i) => i < 5 || e.size > FILE_LIMIT * 0.75);
  let largest = 0;
  let largestName = "";
  let over = 0;
  for (const { name } of exact) {
    const size = brotliSize(await readFile(path.join(dir, name)));
    if (size > largest) [largest, largestName] = [size, name];
    if (size > FILE_LIMIT) over++;
  }
  return { count: estimates.length, largest, largestName, over };
}

/** This site's engine over the built search files, as the search page runs it. */
async function engineOver(searchDir: string): Promise<SearchEngine> {
  const names = await readdir(searchDir);
  const metaName = names.find((n) => n.startsWith("meta."));
  if (!metaName) throw new Error(`no meta.*.json in ${searchDir}`);
  // In batches: at 50,000 articles there are tens of thousands of files, more than a process may open at once.
  const others: { name: string; body: string }[] = [];
  const rest = names.filter((n) => n !== metaName);
  for (let i = 0; i < rest.length; i += 256)
    others.push(
      ...(await Promise.all(
        rest.slice(i, i + 256).map(async (name) => ({ name, body: await readFile(path.join(searchDir, name), "utf8") })),
      )),
    );
  return new SearchEngine(
    new MemorySource({ meta: { name: metaName, body: await readFile(path.join(searchDir, metaName), "utf8") }, others }),
  );
}

// ---------------------------------------------------------------------------------------------
// The corpora

const plans: CorpusPlan[] = SIZES.map((size) => ({
  title: `${size.toLocaleString("en")} articles`,
  label: size.toLocaleString("en"),
  key: String(size),
  size,
  queries: ALL_QUERIES,
  prepare: async (dir) => {
    const corpus = generateCorpus(size);
    const content = path.join(dir, "content");
    for (const [name, text] of corpusFiles(corpus)) {
      await mkdir(path.dirname(path.join(content, name)), { recursive: true });
      await writeFile(path.join(content, name), text);
    }
    // Only the text the reference needs stays in memory while the site builds, not the Markdown too.
    const docs = corpusSearchData(corpus).docs;
    return { content, referenceDocs: () => Promise.resolve(docs) };
  },
}));
const realDir = path.resolve(REAL);
if (REAL !== "none" && !existsSync(realDir)) console.error(REACT_HOWTO);
if (REAL !== "none" && existsSync(realDir)) {
  const commitFile = path.join(path.dirname(realDir), "docs-commit.txt");
  const commit = existsSync(commitFile) ? readFileSync(commitFile, "utf8").trim() : "";
  plans.push({
    title: "Korean React docs (real)",
    label: "React docs",
    key: "react-ko",
    queries: REACT_QUERIES,
    about: `The Korean React docs (github.com/reactjs/ko.react.dev${commit ? `@${commit}` : ""}, CC-BY-4.0) converted by \`bench/eval/convert-react-docs.ts\` into \`${path.relative(process.cwd(), realDir)}\`: real, code-heavy pages (API references, examples). Queries (${REACT_QUERIES.length}), as a Korean developer types them into docs search: ${REACT_QUERIES.join(", ")}. The reference scans the article text the build extracted from the rendered Markdown (read back from the built search files by slug), with titles, keywords and categories from the content folder (\`loadContent\`, \`buildSearchData\`).`,
    prepare: () =>
      Promise.resolve({
        content: realDir,
        referenceDocs: async (engine) => {
          const content = await loadContent(realDir);
          // Markdown is rendered by Astro's pipeline at build time; its text is what the built files hold.
          const records = await engine.load(content.articles.map((_, id) => id));
          const text = new Map(records.map((record) => [record.slug, record.body]));
          return buildSearchData(
            content.articles.map((a) => {
              const body = text.get(a.slug);
              if (body === undefined)
                throw new Error(`the built search files have no article ${a.slug} (content has ${content.articles.length})`);
              return {
                slug: a.slug,
                title: a.title,
                categoryPath: a.categoryPath,
                updated: a.updated,
                keywords: a.keywords,
                text: body,
              };
            }),
            content.categories,
            content.synonyms,
          ).docs;
        },
      }),
  });
}
if (plans.length === 0) {
  console.error("nothing to measure: give --sizes, or convert the React docs (see above)");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Main

const executablePath = chromiumPath();
if (!executablePath) {
  console.error("bench:compare needs Chromium: apt-get install chromium, or set CHROMIUM_PATH");
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const lines: string[] = [];
const log = (line = "") => {
  lines.push(line);
  console.log(line);
};
const synthetic = plans.filter((p) => p.size !== undefined);
log(`# Benchmarks: this site vs Pagefind`);
log();
log(
  `Measured by \`npm run bench:compare\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, Pagefind ${(JSON.parse(readFileSync("node_modules/pagefind/package.json", "utf8")) as { version: string }).version}.`,
);
log();
log(
  "![Median bytes (KB, brotli) and median time (ms) to first results from a shared search link, this site vs Pagefind in this site's page and Pagefind's API on a light page, per corpus](benchmarks.svg)",
);
log();
if (synthetic.length)
  log(
    `- Generated corpora: \`npm run corpus\` (seeded synthetic Korean FAQ) at ${synthetic.map((p) => p.size!.toLocaleString("en")).join(", ")} articles. Queries (${ALL_QUERIES.length}): ${ALL_QUERIES.join(", ")}.`,
  );
if (plans.some((p) => p.about)) log("- Real corpus: the Korean React docs, with queries of their own (see its section).");
log(
  "- Time to first results: each query opens a shared link to its results in a new browser context (cold cache): `search/?q=<query>` on this site, `pf-search/?q=<query>` on this site's own search page with its search scripts replaced by Pagefind's JS API, run on load, showing the first 10 results in the same list (so both pay for the same page: styles, web font, header), over a copy of the same built site indexed by the Pagefind CLI (article content only, `data-pagefind-body`). The time is the page's own `performance.now()` (from navigation start, so loading the page is included) in the first animation frame that shows the results; each query is opened " +
    ROUNDS +
    " times per engine, the engines taking turns, and the run of median time counts (its time and bytes). One unrecorded warm-up link per engine and corpus. Both sites are served by `scripts/serve.mjs` over HTTP/1.1 on this machine, which compresses each script, style and JSON file once and keeps it, as a CDN's edge does (Pagefind's index and fragment files are already compressed and served as they are).",
);
log(
  "- A second harness, kinder to Pagefind: `pf-api/?q=<query>` is the site's light 404 page running Pagefind's JS API on load (`init()`, `search()`, the first 10 results' `data()`), painting nothing; its time is taken when the data is in. This site is still measured painting its full results page. Both Pagefind harnesses give the same answers.",
);
log(
  "- Bytes to first results: search code and data the server sent until then (JS, JSON, WASM, Pagefind's index and fragment files), each file counted once at its brotli size (quality 11). The page's own HTML and CSS, icons and web fonts (.woff2, .woff) are not search code and are left out. Not counted either: what this site fetches after its first results are painted, the rest of a long article whose snippet is redrawn in place because its lead lacks a word of the query (search files v16; on the React docs 0-60 KB a query, measured in Node: `useEffect 의존성` 17 KB, so about 160 KB in all).",
);
log(
  "- Recall and precision: each engine's full answer set (this site's engine in Node over the built search files; every Pagefind result) against a brute-force scan written from the README's contract that shares no code with the engine (`bench/oracle.ts`), articles only.",
);
log("- Per keystroke: this site's engine in Node over the built files, files already loaded, each query new, 5 rounds.");
log(
  "- Run: `npm run bench:compare` (2,000 and 10,000 articles, plus the React docs when converted); `-- --sizes 2000,10000,50000` for 50,000 too; `--real none` leaves the React docs out; `--rounds N` opens each link N times (3); `--out <file>` writes elsewhere (the chart goes next to it).",
);
log();

const verdicts: string[] = [];
const check = (ok: boolean, text: string) => verdicts.push(`- ${ok ? "✓" : "✗"} ${text}`);
const chart: { label: string; bytes: ChartGroup["values"]; ms: ChartGroup["values"] }[] = [];
const summary: string[] = [];
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

for (const plan of plans) {
  const dir = path.join(WORK, plan.key);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  console.error(`${plan.title}: preparing and building…`);
  const { content, referenceDocs } = await plan.prepare(dir);
  const dist = path.join(dir, "dist");
  const build = await runMeasured(process.execPath, [ASTRO, "build", "--outDir", dist, "--silent"], {
    CONTENT_DIR: content,
    BASE_PATH: "/",
    ASTRO_TELEMETRY_DISABLED: "1",
  });

  console.error(`${plan.title}: built in ${build.seconds.toFixed(1)} s; indexing with Pagefind…`);
  const pfSite = path.join(dir, "pagefind-site");
  await copyForPagefind(dist, pfSite);
  await markPagefindBody(pfSite);
  const pagefindRun = await runMeasured(process.execPath, [PAGEFIND, "--site", pfSite], {});
  await mkdir(path.join(pfSite, "pf-search"), { recursive: true });
  await writeFile(
    path.join(pfSite, "pf-search", "index.html"),
    pagefindPage(await readFile(path.join(dist, "search", "index.html"), "utf8")),
  );
  await mkdir(path.join(pfSite, "pf-api"), { recursive: true });
  await writeFile(
    path.join(pfSite, "pf-api", "index.html"),
    pagefindApiPage(await readFile(path.join(dist, "404.html"), "utf8")),
  );

  const oursLog = path.join(dir, "ours-requests.log");
  const theirsLog = path.join(dir, "pagefind-requests.log");
  const [oursPort, theirsPort] = [await freePort(), await freePort()];
  const ours = serveSite(dist, oursPort, oursLog);
  const theirs = serveSite(pfSite, theirsPort, theirsLog);
  const oursBase = `http://127.0.0.1:${oursPort}/`;
  const theirsBase = `http://127.0.0.1:${theirsPort}/`;
  const result = { ours: emptyMeasure(), pagefind: emptyMeasure(), pagefindApi: emptyMeasure() };
  const keystroke: number[] = [];
  const searchDir = path.join(dist, "search-data");
  let articles: number;
  let answerBrowser: Browser | undefined;
  try {
    // Answer sets come from a second browser, so the measured runs never find its files in a cache.
    answerBrowser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    await Promise.all([waitForServer(oursBase), waitForServer(theirsBase)]);

    // Reference answers, and ours from the built files with the same engine code the page runs.
    const engine = await engineOver(searchDir);
    const docs = await referenceDocs(engine);
    // Recall and precision against a scan that shares no code with the engine (its own parsing and normalisation).
    const oracle = new Oracle(docs);
    articles = docs.length;
    const cache = new Map<string, number>();
    const pfCache = new Map<string, number>();
    const pfPage = await (await answerBrowser.newContext()).newPage();
    await pfPage.goto(`${theirsBase}pf-search/`);
    const oursLink = (q: string) =>
      deepLink(browser, `${oursBase}search/?q=${encodeURIComponent(q)}`, dist, oursLog, q, oursPainted, cache);
    const theirsLink = (q: string) =>
      deepLink(browser, `${theirsBase}pf-search/?q=${encodeURIComponent(q)}`, pfSite, theirsLog, q, pagefindPainted, pfCache);
    const theirsApi = (q: string) =>
      deepLink(browser, `${theirsBase}pf-api/?q=${encodeURIComponent(q)}`, pfSite, theirsLog, q, pagefindApiDone, pfCache);
    // Warm-up (not recorded): the browser's first contexts and the servers' first requests.
    await oursLink(plan.queries[0]!);
    await theirsLink(plan.queries[0]!);
    await theirsApi(plan.queries[0]!);
    console.error(`${plan.title}: ${plan.queries.length} queries…`);
    for (const query of plan.queries) {
      const expected = oracle.search(query).map((id) => docs[id]!.slug);
      const runs: { ours: Run[]; pagefind: Run[]; pagefindApi: Run[] } = { ours: [], pagefind: [], pagefindApi: [] };
      for (let round = 0; round < ROUNDS; round++) {
        runs.ours.push(await oursLink(query));
        runs.pagefind.push(await theirsLink(query));
        runs.pagefindApi.push(await theirsApi(query));
      }
      const [oursRun, pfRun, pfApiRun] = [medianRun(runs.ours), medianRun(runs.pagefind), medianRun(runs.pagefindApi)];
      // The matching contract is the words as typed (the page's `exact=1`): a keyword no article
      // has as typed is corrected or split on the page, and says so, but the reference has nothing.
      const oursHits = await engine.search(query, { correct: false });
      const oursSlugs = (await engine.load(oursHits.hits.map((h) => h.id))).map((r) => r.slug);
      const pfUrls = await pfPage.evaluate(
        (q) => (window as unknown as { allUrls(q: string): Promise<string[]> }).allUrls(q),
        query,
      );
      const pfSlugs = pfUrls
        .map((u) => /\/articles\/([^/]+)\//.exec(u)?.[1])
        .filter((s): s is string => Boolean(s))
        .map(decodeURIComponent);
      for (const [name, run, slugs] of [
        ["ours", oursRun, oursSlugs],
        ["pagefind", pfRun, pfSlugs],
        ["pagefindApi", pfApiRun, pfSlugs],
      ] as const) {
        const m = result[name];
        m.bytes.push(run.bytes);
        m.times.push(run.ms);
        const [r, p] = recallPrecision(slugs, expected);
        m.recall.push(r);
        m.precision.push(p);
      }
    }
    // Per keystroke: the same engine code over the built files, files already loaded, each query new.
    for (const query of plan.queries) await engine.search(query);
    for (let round = 0; round < 5; round++) {
      for (const query of plan.queries) {
        engine.forgetQueries();
        const started = performance.now();
        await engine.search(query);
        keystroke.push(performance.now() - started);
      }
    }
  } finally {
    await answerBrowser?.close();
    ours.kill();
    theirs.kill();
  }

  const facts = await searchFileFacts(searchDir);
  const pfIndex = (await filesUnder(path.join(pfSite, "pagefind"))).length;
  log(`## ${plan.title}`);
  log();
  if (plan.about) {
    log(`${articles.toLocaleString("en")} articles. ${plan.about}`);
    log();
  }
  log(
    `Build (pages and index): ${build.seconds.toFixed(1)} s, peak memory ${Math.round(build.peakMb)} MB (Pagefind indexing the built site: ${pagefindRun.seconds.toFixed(1)} s, ${Math.round(pagefindRun.peakMb)} MB). Search files: ours ${facts.count.toLocaleString("en")}, the largest ${kb(facts.largest)} brotli (\`${facts.largestName}\`), ${facts.over} over ${LIMIT_TEXT}; Pagefind ${pfIndex.toLocaleString("en")}.`,
  );
  log();
  log(
    "| engine | bytes to first results p50 / p95 / max (brotli) | time to first results p50 / p95 | recall (mean / min) | precision (mean / min) |",
  );
  log("|---|---:|---:|---:|---:|");
  const engineNames = {
    ours: "this site",
    pagefind: "Pagefind (in this site's page)",
    pagefindApi: "Pagefind (API, light page)",
  };
  for (const name of ["ours", "pagefind", "pagefindApi"] as const) {
    const m = result[name];
    log(
      `| ${engineNames[name]} | ${kb(percentile(m.bytes, 50))} / ${kb(percentile(m.bytes, 95))} / ${kb(Math.max(...m.bytes))} | ${ms(percentile(m.times, 50))} / ${ms(percentile(m.times, 95))} | ${mean(m.recall).toFixed(3)} / ${Math.min(...m.recall).toFixed(3)} | ${mean(m.precision).toFixed(3)} / ${Math.min(...m.precision).toFixed(3)} |`,
    );
  }
  log();
  log(
    "Per query (bytes KB brotli, ms from navigation, recall / precision) — ours | Pagefind in this site's page | Pagefind's API on a light page (same answers):",
  );
  log();
  log("| query | this site | Pagefind (page) | Pagefind (API) |");
  log("|---|---:|---:|---:|");
  const o = result.ours;
  const p = result.pagefind;
  const a = result.pagefindApi;
  plan.queries.forEach((query, i) => {
    const cell = (m: Measure) =>
      `${kb(m.bytes[i]!)}, ${Math.round(m.times[i]!)} ms, ${m.recall[i]!.toFixed(2)} / ${m.precision[i]!.toFixed(2)}`;
    log(`| ${query.replace(/\|/g, "\\|")} | ${cell(o)} | ${cell(p)} | ${kb(a.bytes[i]!)}, ${Math.round(a.times[i]!)} ms |`);
  });
  log();
  const firstOf = async (sub: string) =>
    existsSync(path.join(dist, sub)) ? (await readdir(path.join(dist, sub))).sort()[0] : "";
  const js = await Promise.all(
    [
      "index.html",
      `categories/${await firstOf("categories")}/index.html`,
      `articles/${await firstOf("articles")}/index.html`,
      "search/index.html",
    ].map((page) => scriptBytes(dist, page)),
  );
  const jsText = (bytes: number | undefined) => (bytes === undefined ? "n/a" : kb(bytes));
  log(
    `JavaScript shipped per page type (brotli): home ${jsText(js[0])}, category ${jsText(js[1])}, article ${jsText(js[2])}, search ${jsText(js[3])}.`,
  );
  log();
  const keystrokeP95 = percentile(keystroke, 95);
  log(
    `Per-keystroke query time (engine over the built files, files loaded): p50 ${ms(percentile(keystroke, 50))}, p95 ${ms(keystrokeP95)}.`,
  );
  log();

  const name = plan.size === undefined ? plan.label : plan.size.toLocaleString("en");
  const oTime = percentile(o.times, 50);
  const oBytes = percentile(o.bytes, 50);
  // Issue 18's targets: time ≤ 0.8× Pagefind's (≤ 1.0× at 50,000 articles) in both harnesses, bytes ≤ 0.8×.
  const timeTarget = plan.size !== undefined && plan.size >= 50_000 ? 1 : 0.8;
  for (const [harness, m] of [
    ["in this site's page", p],
    ["API on a light page", a],
  ] as const) {
    const [theirTime, theirBytes] = [percentile(m.times, 50), percentile(m.bytes, 50)];
    check(
      oTime <= timeTarget * theirTime,
      `${name}: time to first results (shared link), median ${ms(oTime)} vs Pagefind ${harness} ${ms(theirTime)}: ${ratio(oTime, theirTime)} (target ≤ ${timeTarget.toFixed(2)}×)`,
    );
    check(
      oBytes <= 0.8 * theirBytes,
      `${name}: bytes to first results, median ${kb(oBytes)} vs Pagefind ${harness} ${kb(theirBytes)}: ${ratio(oBytes, theirBytes)} (target ≤ 0.80×)`,
    );
  }
  const heaviest = Math.max(...o.bytes);
  check(
    heaviest <= 150 * 1024,
    `${name}: no query over 150 KB brotli to first results (heaviest ${kb(heaviest)}, \`${plan.queries[o.bytes.indexOf(heaviest)]}\`)`,
  );
  check(
    facts.over === 0,
    `${name}: every search file ≤ ${LIMIT_TEXT} brotli (largest ${kb(facts.largest)}; ${facts.over} of ${facts.count} over)`,
  );
  if (plan.size === 10000) check(keystrokeP95 <= 20, `${name}: per-keystroke p95 ≤ 20 ms (${ms(keystrokeP95)})`);
  if (plan.size === 50000) {
    check(
      build.seconds <= 300 && build.peakMb <= 4096,
      `${name}: build ≤ 5 min and ≤ 4 GB peak (${build.seconds.toFixed(1)} s, ${Math.round(build.peakMb)} MB)`,
    );
    const p95 = percentile(o.bytes, 95);
    check(p95 <= 200 * 1024, `${name}: bytes to first results p95 ≤ 200 KB (${kb(p95)})`);
  }
  check(
    Math.min(...o.recall) === 1 && Math.min(...o.precision) === 1,
    `${name}: recall and precision 1.0 (mean ${mean(o.recall).toFixed(2)} / ${mean(o.precision).toFixed(2)}; Pagefind: recall ${mean(p.recall).toFixed(2)}, precision ${mean(p.precision).toFixed(2)})`,
  );
  const medians = (pick: (m: Measure) => number[]) =>
    [percentile(pick(o), 50), percentile(pick(p), 50), percentile(pick(a), 50)] as const;
  chart.push({ label: plan.label, bytes: medians((m) => m.bytes), ms: medians((m) => m.times) });
  summary.push(`${plan.label}: build ${build.seconds.toFixed(1)} s / ${Math.round(build.peakMb)} MB`);
}
await browser.close();
log("## Targets");
log();
log("Marked from the figures above by `npm run bench:compare`; ✓ met, ✗ not met.");
log();
for (const line of verdicts) log(line);

const svg = comparisonChartSvg([
  {
    title: "Median bytes to first results (KB, brotli)",
    format: (v) => v.toFixed(v >= 100 ? 0 : 1),
    groups: chart.map((c) => ({ label: c.label, values: [c.bytes[0] / 1024, c.bytes[1] / 1024, c.bytes[2] / 1024] })),
  },
  {
    title: "Median time to first results (ms)",
    format: (v) => v.toFixed(0),
    groups: chart.map((c) => ({ label: c.label, values: c.ms })),
  },
]);
// Sections other scripts own (bench/lighthouse.ts writes "## Lighthouse", bench/search-bench.ts
// "## Engine and typing"), and whatever follows the first of them, stay as they are.
const previous = existsSync(OUT) ? await readFile(OUT, "utf8") : "";
const kept = /^## (?:Lighthouse|Engine and typing)\b/m.exec(previous);
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(CHART, svg);
await writeFile(OUT, `${lines.join("\n")}\n${kept ? `\n${previous.slice(kept.index).trimEnd()}\n` : ""}`);
console.error(`wrote ${OUT} and ${CHART}; ${summary.join("; ")}`);
