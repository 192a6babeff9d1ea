// npm run bench:compare [-- --sizes 300,2000,10000] [--out docs/BENCHMARKS.md]
// For each size: generate a corpus, build the site (time, peak memory), index the same dist/ with
// Pagefind in a scratch copy, then in headless Chromium (a new context, so a cold cache, for every
// query) type the same queries into both and measure bytes fetched and time until the first results
// are painted. Answer sets are compared with the brute-force reference (recall, precision).
import { spawn, spawnSync } from "node:child_process";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { SearchEngine } from "../src/search/engine";
import { MemorySource } from "../tests/support/memory-source";
import { parseQuery } from "../src/search/query";
import { referenceSearch } from "../src/search/reference";
import { corpusFiles, generateCorpus } from "./corpus";
import { corpusSearchData } from "./corpus-data";
import { kb, ms, percentile, sizes } from "./measure";
import { ALL_QUERIES } from "./queries";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/browser";
import { copyForPagefind, filesUnder, markPagefindBody, serveSite, waitForServer } from "./local-site";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const SIZES = (arg("sizes") ?? "300,2000,10000").split(",").map(Number);
const OUT = arg("out") ?? "docs/BENCHMARKS.md";
const WORK = path.resolve(".tmp/compare");
const ASTRO = path.resolve("node_modules/astro/bin/astro.mjs");
const PAGEFIND = path.resolve("node_modules/pagefind/lib/runner/bin.cjs");

interface Measure {
  bytes: number[];
  times: number[];
  recall: number[];
  precision: number[];
}
const emptyMeasure = (): Measure => ({ bytes: [], times: [], recall: [], precision: [] });

/** Runs a command, sampling the peak resident memory of it and its children from /proc. */
async function runMeasured(
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakMb: number }> {
  const start = performance.now();
  const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let peak = 0;
  const sample = () => {
    const pids = [child.pid!, ...childPids(child.pid!)];
    const total = pids.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed:\n${stderr.slice(-2000)}`);
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

const PAGEFIND_PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<form id="f"><input id="q" name="q" type="search"></form><p id="count"></p><ol id="results"></ol>
<script type="module">
let pagefind;
async function run(query) {
  pagefind ??= await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const first = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  document.getElementById("count").textContent = String(search.results.length);
  document.getElementById("results").replaceChildren(...first.map((d) => { const li = document.createElement("li"); li.innerHTML = d.meta.title + " " + d.excerpt; return li; }));
  document.body.dataset.done = query;
}
async function all(query) {
  pagefind ??= await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const urls = [];
  for (let i = 0; i < search.results.length; i += 100) urls.push(...(await Promise.all(search.results.slice(i, i + 100).map((r) => r.data()))).map((d) => d.url));
  return urls;
}
window.allUrls = all;
document.getElementById("f").addEventListener("submit", (e) => { e.preventDefault(); run(document.getElementById("q").value); });
</script></body></html>`;

/** brotli size of the file behind a URL path, as a CDN would serve it. */
function brotliOf(root: string, urlPath: string, cache: Map<string, number>): number {
  const decoded = decodeURIComponent(urlPath);
  let file = path.join(root, decoded);
  if (decoded.endsWith("/")) file = path.join(file, "index.html");
  if (!cache.has(file)) cache.set(file, existsSync(file) ? sizes(readFileSync(file)).brotli : 0);
  return cache.get(file)!;
}

/** Bytes of search code and data fetched (page HTML and CSS excluded) and ms from submit to results painted. */
async function firstResults(
  browser: Browser,
  base: string,
  root: string,
  requestLog: string,
  pagePath: string,
  input: string,
  query: string,
  done: (query: string) => boolean,
  cache: Map<string, number>,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await writeFile(requestLog, "");
  await page.goto(base + pagePath, { waitUntil: "load" });
  await page.locator(input).fill(query);
  const start = Date.now();
  await page.locator(input).press("Enter");
  await page.waitForFunction(done, query, { polling: "raf", timeout: 60_000 });
  const elapsed = Date.now() - start;
  await context.close();
  // What the server served for this page: search code and data only (not the page's HTML, CSS, icons).
  const fetched = (await readFile(requestLog, "utf8")).split("\n").filter((p) => p && !/(\/|\.html|\.css|\.svg|\.ico)$/.test(p));
  return { bytes: [...new Set(fetched)].reduce((sum, p) => sum + brotliOf(root, p, cache), 0), ms: elapsed };
}

function recallPrecision(found: readonly string[], expected: readonly string[]): [number, number] {
  const want = new Set(expected);
  const got = new Set(found);
  const hit = [...got].filter((slug) => want.has(slug)).length;
  return [want.size === 0 ? 1 : hit / want.size, got.size === 0 ? (want.size === 0 ? 1 : 0) : hit / got.size];
}

async function scriptBytes(dist: string, html: string): Promise<number> {
  const text = await readFile(path.join(dist, html), "utf8");
  const srcs = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...text.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  let total = inline.reduce((sum, code) => sum + sizes(code).brotli, 0);
  for (const src of srcs) total += sizes(await readFile(path.join(dist, src))).brotli;
  // Module scripts import chunks; count them too.
  for (const src of srcs) {
    const code = await readFile(path.join(dist, src), "utf8");
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g))
      total += sizes(await readFile(path.join(dist, path.dirname(src), m[1]!))).brotli;
  }
  return total;
}

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
log(`# Benchmarks: this site vs Pagefind`);
log();
log(
  `Measured by \`npm run bench:compare\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, Pagefind ${(JSON.parse(readFileSync("node_modules/pagefind/package.json", "utf8")) as { version: string }).version}.`,
);
log();
log(`Corpus: \`npm run corpus\` (seeded synthetic Korean FAQ). Queries (${ALL_QUERIES.length}): ${ALL_QUERIES.join(", ")}.`);
log(
  "Bytes: search code and data fetched from page load until the first results are painted (JS, JSON, WASM and Pagefind chunks; the page's own HTML and CSS excluded), each file counted at its brotli size. Time: from pressing Enter to the results painted. A new browser context (cold cache) for every query. Recall and precision: answer sets against the brute-force reference (articles only).",
);
log();
const summary: string[] = [];
const verdicts: string[] = [];
const check = (ok: boolean, text: string) => verdicts.push(`- ${ok ? "✓" : "✗"} ${text}`);
let port = 4600;
for (const size of SIZES) {
  const dir = path.join(WORK, String(size));
  await rm(dir, { recursive: true, force: true });
  const corpus = generateCorpus(size);
  for (const [name, text] of corpusFiles(corpus)) {
    await mkdir(path.dirname(path.join(dir, "content", name)), { recursive: true });
    await writeFile(path.join(dir, "content", name), text);
  }
  const dist = path.join(dir, "dist");
  const build = await runMeasured(process.execPath, [ASTRO, "build", "--outDir", dist, "--silent"], {
    CONTENT_DIR: path.join(dir, "content"),
    BASE_PATH: "/",
    ASTRO_TELEMETRY_DISABLED: "1",
  });

  const pfSite = path.join(dir, "pagefind-site");
  await copyForPagefind(dist, pfSite);
  await markPagefindBody(pfSite);
  const pagefindRun = spawnSync(process.execPath, [PAGEFIND, "--site", pfSite], { encoding: "utf8" });
  if (pagefindRun.status !== 0) throw new Error(`pagefind failed: ${pagefindRun.stderr}`);
  await mkdir(path.join(pfSite, "pf-search"), { recursive: true });
  await writeFile(path.join(pfSite, "pf-search", "index.html"), PAGEFIND_PAGE);

  const oursLog = path.join(dir, "ours-requests.log");
  const theirsLog = path.join(dir, "pagefind-requests.log");
  const ours = serveSite(dist, port, oursLog);
  const theirs = serveSite(pfSite, port + 1, theirsLog);
  const oursBase = `http://127.0.0.1:${port}/`;
  const theirsBase = `http://127.0.0.1:${port + 1}/`;
  port += 2;
  await Promise.all([waitForServer(oursBase), waitForServer(theirsBase)]);

  // Reference answers, and ours from the built files with the same engine code the page runs.
  const data = corpusSearchData(corpus);
  const searchDir = path.join(dist, "search-data");
  const metaName = (await readdir(searchDir)).find((n) => n.startsWith("meta."))!;
  const others = await Promise.all(
    (await readdir(searchDir))
      .filter((n) => n !== metaName)
      .map(async (name) => ({ name, body: await readFile(path.join(searchDir, name), "utf8") })),
  );
  const engine = new SearchEngine(
    new MemorySource({ meta: { name: metaName, body: await readFile(path.join(searchDir, metaName), "utf8") }, others }),
  );

  const result = { ours: emptyMeasure(), pagefind: emptyMeasure() };
  const cache = new Map<string, number>();
  const pfCache = new Map<string, number>();
  // Answer sets come from a second browser, so the measured runs never find its files in a cache.
  const answerBrowser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pfPage = await (await answerBrowser.newContext()).newPage();
  await pfPage.goto(`${theirsBase}pf-search/`);
  for (const query of ALL_QUERIES) {
    const expected = referenceSearch(data.docs, parseQuery(query).terms).map((id) => data.docs[id]!.slug);
    const oursRun = await firstResults(
      browser,
      oursBase,
      dist,
      oursLog,
      "search/",
      "#search-q",
      query,
      (q) =>
        (document.querySelector<HTMLInputElement>("#search-q")?.value === q &&
          document.querySelector("#search-results li") !== null) ||
        /\(총 0건\)/.test(document.querySelector("#results-heading")?.textContent ?? ""),
      cache,
    );
    const pfRun = await firstResults(
      browser,
      theirsBase,
      pfSite,
      theirsLog,
      "pf-search/",
      "#q",
      query,
      (q) => document.body.dataset["done"] === q,
      pfCache,
    );
    const oursHits = await engine.search(query);
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
  for (const query of ALL_QUERIES) await engine.search(query);
  const keystroke: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of ALL_QUERIES) {
      engine.forgetQueries();
      const started = performance.now();
      await engine.search(query);
      keystroke.push(performance.now() - started);
    }
  }
  await answerBrowser.close();
  ours.kill();
  theirs.kill();

  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const pfIndex = (await filesUnder(path.join(pfSite, "pagefind"))).length;
  log(`## ${size.toLocaleString("en")} articles`);
  log();
  log(
    `Build (pages and index): ${build.seconds.toFixed(1)} s, peak memory ${Math.round(build.peakMb)} MB. Search files: ours ${(await readdir(searchDir)).length}, Pagefind ${pfIndex}.`,
  );
  log();
  log(
    "| engine | bytes to first results p50 / p95 / max (brotli) | time to first results p50 / p95 | recall (mean / min) | precision (mean / min) |",
  );
  log("|---|---:|---:|---:|---:|");
  for (const name of ["ours", "pagefind"] as const) {
    const m = result[name];
    log(
      `| ${name === "ours" ? "this site" : "Pagefind"} | ${kb(percentile(m.bytes, 50))} / ${kb(percentile(m.bytes, 95))} / ${kb(Math.max(...m.bytes))} | ${ms(percentile(m.times, 50))} / ${ms(percentile(m.times, 95))} | ${mean(m.recall).toFixed(3)} / ${Math.min(...m.recall).toFixed(3)} | ${mean(m.precision).toFixed(3)} / ${Math.min(...m.precision).toFixed(3)} |`,
    );
  }
  log();
  log("Per query (bytes KB brotli, ms, recall) — ours | Pagefind:");
  log();
  log("| query | this site | Pagefind |");
  log("|---|---:|---:|");
  ALL_QUERIES.forEach((query, i) => {
    const o = result.ours;
    const p = result.pagefind;
    log(
      `| ${query} | ${kb(o.bytes[i]!)}, ${o.times[i]} ms, ${o.recall[i]!.toFixed(2)} | ${kb(p.bytes[i]!)}, ${p.times[i]} ms, ${p.recall[i]!.toFixed(2)} |`,
    );
  });
  log();
  const js = await Promise.all(
    [
      "index.html",
      `categories/${corpus.categories[0]!.slug}/index.html`,
      `articles/${corpus.articles[0]!.slug}/index.html`,
      "search/index.html",
    ].map((page) => scriptBytes(dist, page)),
  );
  log(
    `JavaScript shipped per page type (brotli): home ${kb(js[0]!)}, category ${kb(js[1]!)}, article ${kb(js[2]!)}, search ${kb(js[3]!)}.`,
  );
  log();
  const keystrokeP95 = percentile(keystroke, 95);
  log(
    `Per-keystroke query time (engine over the built files, files loaded): p50 ${ms(percentile(keystroke, 50))}, p95 ${ms(keystrokeP95)}.`,
  );
  log();
  const o = result.ours;
  const p = result.pagefind;
  const n = size.toLocaleString("en");
  for (const q of [50, 95]) {
    check(
      percentile(o.bytes, q) <= percentile(p.bytes, q),
      `${n}: bytes to first results p${q} ${kb(percentile(o.bytes, q))} vs Pagefind ${kb(percentile(p.bytes, q))}`,
    );
    check(
      percentile(o.times, q) <= percentile(p.times, q),
      `${n}: time to first results p${q} ${ms(percentile(o.times, q))} vs Pagefind ${ms(percentile(p.times, q))}`,
    );
  }
  if (size === 2000)
    check(
      percentile(o.bytes, 95) < 150 * 1024,
      `2,000: bytes to first results p95 under 150 KB (${kb(percentile(o.bytes, 95))})`,
    );
  const keystrokeTarget = size >= 10000 ? 30 : 10;
  if (size >= 2000)
    check(keystrokeP95 <= keystrokeTarget, `${n}: per-keystroke p95 ≤ ${keystrokeTarget} ms (${ms(keystrokeP95)})`);
  check(
    Math.min(...o.recall) === 1 && Math.min(...o.precision) === 1,
    `${n}: recall and precision 1.0 (Pagefind: recall ${mean(p.recall).toFixed(2)}, precision ${mean(p.precision).toFixed(2)})`,
  );
  if (size >= 10000)
    check(
      build.seconds < 60 && build.peakMb < 2048,
      `${n}: build under 60 s and 2 GB (${build.seconds.toFixed(1)} s, ${Math.round(build.peakMb)} MB)`,
    );
  summary.push(`${size}: build ${build.seconds.toFixed(1)} s / ${Math.round(build.peakMb)} MB`);
}
await browser.close();
log("## Targets: where we are ahead (✓) and behind (✗)");
log();
for (const line of verdicts) log(line);
await writeFile(OUT, `${lines.join("\n")}\n`);
console.error(`wrote ${OUT}; ${summary.join("; ")}`);
