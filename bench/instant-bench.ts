// The browser part of `npm run bench`: typing into the header box of a built site, in Chromium with a
// cold cache, key by key through the IME as a two-set keyboard types Korean (tests/e2e/ime.ts).
// For each typed query: bytes and time from focusing the box and pressing the first key to the
// dropdown painted; then for every later key, the time from its input event to the dropdown
// painted for that text; and the main thread's long tasks (PerformanceObserver `longtask`) while typing.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { chromium, type Browser } from "@playwright/test";
import { corpusFiles, generateCorpus } from "./corpus";
import { kb, ms, percentile, sizes } from "./measure";
import { serveSite, waitForServer } from "./local-site";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.mjs";
import { imeSteps } from "./ime-steps";
import { articleCounts, readOptions } from "./cli";

/** Typed as people type into a help center's box: words, a question, initials, a Latin word. */
export const TYPED = ["챗봇 연결", "결제 카드 변경", "세금계산서 발행이 안 돼요", "채널연결", "ㅊㅂ", "webhook 설정"];
/** Time between keys: a steady typist, about 400 keys a minute. */
const KEY_INTERVAL_MS = 150;
const WORK = path.resolve(".tmp/bench-instant");
const ASTRO = path.resolve("node_modules/astro/bin/astro.mjs");

interface Typing {
  firstBytes: number;
  /** What the search page downloads (search code and files, brotli) to show the same first key's text. */
  pageBytes: number;
  firstMs: number;
  laterMs: number[];
  /** Durations of the long tasks that started after the box was focused. */
  longTasks: number[];
}

// A string, not a function: the page must get this code exactly as written (no transpiler helpers).
const RECORDER = `
  window.__bench = { inputs: [], rows: [], long: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.long.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("input", (e) => window.__bench.inputs.push([performance.now(), e.target.value]), true);
  const watch = () =>
    new MutationObserver(() => {
      const listbox = document.querySelector("#header-search-listbox");
      const query = listbox && listbox.childElementCount > 0 ? listbox.dataset.query ?? "" : "";
      // Painted: the frame after the rows changed.
      if (query) requestAnimationFrame(() => window.__bench.rows.push([performance.now(), query]));
    }).observe(document.body, { subtree: true, childList: true });
  if (document.body) watch();
  else document.addEventListener("DOMContentLoaded", watch);
`;

/**
 * The text a dropdown answers for what was typed so far: the listbox's `data-query`, the text the
 * box searched, cleaned as the box cleans it (spaces collapsed and trimmed).
 */
const rowFor = (typed: string) => typed.replace(/\s+/g, " ").trim();
/** Run in the page: true once the dropdown's rows answer `want` (no inner functions: it is sent as its source). */
function answers(want: string): boolean {
  const listbox = document.querySelector<HTMLElement>("#header-search-listbox");
  return !!listbox && listbox.childElementCount > 0 && listbox.dataset["query"] === want;
}

function brotliOf(root: string, urlPath: string, cache: Map<string, number>): number {
  const file = path.join(root, decodeURIComponent(urlPath));
  if (!cache.has(file)) cache.set(file, existsSync(file) ? sizes(readFileSync(file)).brotli : 0);
  return cache.get(file)!;
}

/** Bytes of search code and files the search page fetches (cold) until it shows the results for `q`. */
async function searchPageBytes(
  browser: Browser,
  base: string,
  root: string,
  q: string,
  cache: Map<string, number>,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/\.(js|json)$/.test(url.pathname)) fetched.push(url.pathname);
  });
  await page.goto(`${base}search/?q=${encodeURIComponent(q)}`, { waitUntil: "load" });
  await page.waitForFunction(() => /총 [\d,]+건/.test(document.querySelector("#results-heading")?.textContent ?? ""), undefined, {
    polling: "raf",
  });
  await context.close();
  return fetched.reduce((sum, p) => sum + brotliOf(root, p, cache), 0);
}

async function typeOnce(browser: Browser, base: string, root: string, text: string, cache: Map<string, number>): Promise<Typing> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: RECORDER });
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/\.(js|json)$/.test(url.pathname)) fetched.push(url.pathname);
  });
  // An article page: the box's code loads only on focus.
  await page.goto(`${base}articles/article-00001/`, { waitUntil: "load" });
  const scriptsOnLoad = fetched.length;
  const box = page.locator("#header-search");
  const cdp = await context.newCDPSession(page);
  const steps = imeSteps(text);
  const started = await page.evaluate(() => performance.now());
  await box.focus();
  let committed = "";
  let firstMs = 0;
  let firstBytes = 0;
  const expected: string[] = [];
  for (const [i, step] of steps.entries()) {
    if (step.committed !== committed) {
      await cdp.send("Input.insertText", { text: step.committed.slice(committed.length) });
      committed = step.committed;
    }
    if (step.composing) await cdp.send("Input.imeSetComposition", { text: step.composing, selectionStart: 1, selectionEnd: 1 });
    const shown = step.committed + step.composing;
    if (i === 0) {
      await page.waitForFunction(answers, rowFor(shown), { polling: "raf" });
      firstMs = (await page.evaluate(() => performance.now())) - started;
      firstBytes = fetched.slice(scriptsOnLoad).reduce((sum, p) => sum + brotliOf(root, p, cache), 0);
    } else expected.push(shown);
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
  await page.waitForFunction(answers, rowFor(committed + (steps.at(-1)?.composing ?? "")), { polling: "raf", timeout: 30_000 });
  const log = await page.evaluate(
    () =>
      (window as unknown as { __bench: { inputs: [number, string][]; rows: [number, string][]; long: [number, number][] } })
        .__bench,
  );
  const laterMs: number[] = [];
  let previous = rowFor(steps[0] ? steps[0].committed + steps[0].composing : "");
  for (const [at, value] of log.inputs) {
    const want = rowFor(value);
    if (want === previous || !expected.includes(value)) continue;
    previous = want;
    const painted = log.rows.find(([t, query]) => t >= at && query === want);
    if (painted) laterMs.push(painted[0] - at);
  }
  await context.close();
  const pageBytes = await searchPageBytes(browser, base, root, steps[0] ? steps[0].committed + steps[0].composing : "", cache);
  return {
    firstBytes,
    pageBytes,
    firstMs,
    laterMs,
    longTasks: log.long.filter(([at]) => at >= started).map(([, duration]) => duration),
  };
}

async function buildSite(size: number): Promise<string> {
  const dir = path.join(WORK, String(size));
  await rm(dir, { recursive: true, force: true });
  for (const [name, text] of corpusFiles(generateCorpus(size))) {
    await mkdir(path.dirname(path.join(dir, "content", name)), { recursive: true });
    await writeFile(path.join(dir, "content", name), text);
  }
  const dist = path.join(dir, "dist");
  const build = spawnSync(process.execPath, [ASTRO, "build", "--outDir", dist, "--silent"], {
    env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build of ${size} articles failed: ${build.stderr}`);
  return dist;
}

/** Per size: the first key's median time and the later keys' 95th percentile, in ms. */
export type KeyTimes = Map<number, { readonly firstP50: number; readonly laterP95: number }>;

/**
 * Runs the typing benchmark at each size; returns the Markdown lines it printed, the long tasks
 * seen and the key times per size.
 */
export async function runInstantBench(
  sizeList: readonly number[],
): Promise<{ lines: string[]; longTasks: Map<number, number>; keys: KeyTimes }> {
  const longTasks = new Map<number, number>();
  const keys: KeyTimes = new Map();
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("the typing benchmark needs Chromium: apt-get install chromium, or set CHROMIUM_PATH");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const lines = [
    "",
    `## Typing into the header box (Chromium ${browser.version()}, cold cache, IME key by key, ${KEY_INTERVAL_MS} ms between keys)`,
    "",
    `Typed: ${TYPED.join(", ")}. First key: from focusing the box on an article page to the dropdown painted, with the bytes of search code and files fetched (brotli). Later keys: from each key's input event to the dropdown painted for that text. Long tasks: the main thread's tasks over 50 ms while typing.`,
    "",
    "| articles | first key: bytes p50 / p95 | search page, same text: bytes p50 / p95 | first key: time p50 / p95 | later keys: time p50 / p95 / max (n) | long tasks > 50 ms (longest) |",
    "|---:|---:|---:|---:|---:|---:|",
  ];
  let port = 4700;
  for (const size of sizeList) {
    const dist = await buildSite(size);
    const server = serveSite(dist, port);
    const base = `http://127.0.0.1:${port}/`;
    port++;
    try {
      await waitForServer(base);
      const cache = new Map<string, number>();
      const runs: Typing[] = [];
      for (const text of TYPED) runs.push(await typeOnce(browser, base, dist, text, cache));
      const later = runs.flatMap((run) => run.laterMs);
      const long = runs.flatMap((run) => run.longTasks);
      const pair = (values: number[], format: (n: number) => string) =>
        `${format(percentile(values, 50))} / ${format(percentile(values, 95))}`;
      const longest = long.length ? ms(Math.max(...long)) : "none";
      longTasks.set(size, long.length);
      keys.set(size, {
        firstP50: percentile(
          runs.map((r) => r.firstMs),
          50,
        ),
        laterP95: percentile(later, 95),
      });
      lines.push(
        `| ${size.toLocaleString("en")} | ${pair(
          runs.map((r) => r.firstBytes),
          kb,
        )} | ${pair(
          runs.map((r) => r.pageBytes),
          kb,
        )} | ${pair(
          runs.map((r) => r.firstMs),
          ms,
        )} | ${pair(later, ms)} / ${ms(Math.max(...later))} (${later.length}) | ${long.length} (${longest}) |`,
      );
      console.error(`typed at ${size}`);
    } finally {
      server.kill();
    }
  }
  await browser.close();
  for (const line of lines) console.log(line);
  return { lines, longTasks, keys };
}

// Run alone: tsx bench/instant-bench.ts [--sizes 2000,10000]
if (process.argv[1]?.endsWith("instant-bench.ts")) {
  const { values } = readOptions(
    { options: { sizes: { type: "string", default: "2000,10000" } } },
    "tsx bench/instant-bench.ts [--sizes 2000,10000]",
  );
  await runInstantBench(articleCounts("sizes", values.sizes));
}
