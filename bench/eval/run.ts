// npm run eval [-- --sets demo,react-ko] [--engines ours,pagefind,minisearch] [--out docs/QUALITY.md]
//                 [--skip-build] [--react-docs <ko.react.dev checkout>]
// Search quality on hand-written questions (bench/eval/questions/<set>.json): for each set, build the
// site once, then ask three engines over that same dist/ — this site's engine over the built search
// files, Pagefind (defaults) in headless Chromium, and MiniSearch with VitePress's local-search options
// over the built article HTML — and score their ranked lists (bench/eval/metrics.ts).
// Writes docs/QUALITY.md and .tmp/eval/<set>/report.json (per question), prints the per-kind tables.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import MiniSearch from "minisearch";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../tests/support/memory-source";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/browser";
import { copyForPagefind, freePort, markPagefindBody, serveSite, waitForServer } from "../local-site";
import { VITEPRESS, VITEPRESS_SEARCH, articleHtml, splitIntoSections } from "./vitepress";
import { compareTo, dedupe, firstAnswerRank, summarize, summarizeByKind, type Judged, type Metrics } from "./metrics";

// ---------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
function arg(name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}
const KNOWN_OPTIONS = new Set(["sets", "engines", "out", "skip-build", "react-docs", "questions", "pagefind-body"]);
for (const a of args) {
  if (a.startsWith("--") && !KNOWN_OPTIONS.has(a.slice(2))) {
    console.error(`unknown option ${a}; see the top of bench/eval/run.ts`);
    process.exit(2);
  }
}

const ROOT = process.cwd();
const WORK = path.resolve(".tmp/eval");
const ASTRO = path.resolve("node_modules/astro/bin/astro.mjs");
const PAGEFIND = path.resolve("node_modules/pagefind/lib/runner/bin.cjs");
const TSX = path.resolve("node_modules/.bin/tsx");
const REACT_CONTENT = path.join(WORK, "react-ko", "content");
const REACT_HOWTO =
  "react-ko: no converted docs in .tmp/eval/react-ko/content — make them with `git clone --depth 1 https://github.com/reactjs/ko.react.dev .tmp/ko.react.dev && npm run eval -- --react-docs .tmp/ko.react.dev`; skipping react-ko";

/** Question sets: where their questions and their content live. */
const SETS: Record<string, { questions: string; content: string }> = {
  demo: { questions: "bench/eval/questions/demo.json", content: path.resolve("content") },
  "react-ko": { questions: "bench/eval/questions/react-ko.json", content: REACT_CONTENT },
};

const ENGINE_NAMES = ["ours", "pagefind", "minisearch"] as const;
type EngineName = (typeof ENGINE_NAMES)[number];
const ENGINE_LABEL: Record<EngineName, string> = {
  ours: "this site",
  pagefind: "Pagefind",
  minisearch: "MiniSearch (VitePress)",
};
const KIND_ORDER = ["keyword", "particle", "ending", "sentence", "spacing", "synonym", "typo", "english"];

const engines = (arg("engines") ?? ENGINE_NAMES.join(",")).split(",").map((e) => e.trim());
for (const e of engines) {
  if (!(ENGINE_NAMES as readonly string[]).includes(e)) {
    console.error(`unknown engine ${e}; choose from ${ENGINE_NAMES.join(", ")}`);
    process.exit(2);
  }
}
const ENGINES = ENGINE_NAMES.filter((e) => engines.includes(e));
const QUESTIONS_FILE = arg("questions"); // undocumented: one question file in place of the sets
const OUT = path.resolve(arg("out") ?? (QUESTIONS_FILE ? ".tmp/eval/QUALITY.md" : "docs/QUALITY.md"));
const SKIP_BUILD = flag("skip-build");
const PAGEFIND_BODY = flag("pagefind-body"); // undocumented: mark <article> data-pagefind-body, as compare.ts does

// ---------------------------------------------------------------------------------------------
// Questions

interface Question {
  readonly q: string;
  readonly kind: string;
  readonly answers: readonly string[];
}
interface QuestionSet {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  readonly content: string;
  readonly questions: readonly Question[];
}

function readQuestions(file: string, expectedCorpus?: string): { corpus: string; description: string; questions: Question[] } {
  const raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof raw !== "object" || raw === null) fail("not a JSON object");
  const data = raw as { corpus?: unknown; description?: unknown; questions?: unknown };
  if (typeof data.corpus !== "string") fail('needs "corpus": "<set name>"');
  if (expectedCorpus && data.corpus !== expectedCorpus) fail(`corpus is "${String(data.corpus)}", expected "${expectedCorpus}"`);
  if (!Array.isArray(data.questions) || data.questions.length === 0) fail('needs a non-empty "questions" array');
  const questions = (data.questions as unknown[]).map((item, i): Question => {
    const q = item as { q?: unknown; kind?: unknown; answers?: unknown };
    if (typeof q.q !== "string" || !q.q.trim()) fail(`questions[${i}].q must be a non-empty string`);
    if (typeof q.kind !== "string") fail(`questions[${i}].kind must be a string`);
    if (!Array.isArray(q.answers) || q.answers.length === 0 || !q.answers.every((a) => typeof a === "string"))
      fail(`questions[${i}].answers must be a non-empty array of slugs`);
    return { q: q.q as string, kind: q.kind as string, answers: q.answers as string[] };
  });
  return { corpus: data.corpus as string, description: typeof data.description === "string" ? data.description : "", questions };
}

async function convertReactDocs(checkout: string): Promise<void> {
  console.error(`converting the React docs in ${checkout} to ${path.relative(ROOT, REACT_CONTENT)}…`);
  const run = spawnSync(TSX, ["bench/eval/convert-react-docs.ts", checkout, REACT_CONTENT], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`bench/eval/convert-react-docs.ts failed (exit ${run.status})`);
  // The docs' commit, for the report (a checkout or a bare git dir; an extracted folder has none).
  // Only the checkout's own git dir counts, not that of a repository the folder happens to sit in.
  const gitDir = spawnSync("git", ["-C", checkout, "rev-parse", "--absolute-git-dir"], { encoding: "utf8" });
  const own = gitDir.status === 0 && path.resolve(gitDir.stdout.trim()).startsWith(path.resolve(checkout));
  const rev = spawnSync("git", ["-C", checkout, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  const commitFile = path.join(WORK, "react-ko", "docs-commit.txt");
  await mkdir(path.dirname(commitFile), { recursive: true });
  if (own && rev.status === 0) await writeFile(commitFile, rev.stdout.trim());
  else await rm(commitFile, { force: true });
}

function chooseSets(): QuestionSet[] {
  if (QUESTIONS_FILE) {
    const { corpus, description, questions } = readQuestions(QUESTIONS_FILE);
    const known = SETS[corpus];
    if (!known) throw new Error(`${QUESTIONS_FILE}: unknown corpus "${corpus}" (known: ${Object.keys(SETS).join(", ")})`);
    if (!existsSync(known.content)) throw new Error(corpus === "react-ko" ? REACT_HOWTO : `no content at ${known.content}`);
    return [{ name: corpus, file: QUESTIONS_FILE, description, content: known.content, questions }];
  }
  const requested = arg("sets")
    ?.split(",")
    .map((s) => s.trim());
  for (const name of requested ?? []) {
    if (!SETS[name]) throw new Error(`unknown set ${name} (known: ${Object.keys(SETS).join(", ")})`);
  }
  const sets: QuestionSet[] = [];
  for (const [name, where] of Object.entries(SETS)) {
    if (requested && !requested.includes(name)) continue;
    if (!existsSync(where.questions)) {
      console.error(`${name}: no question file ${where.questions} yet; skipping ${name}`);
      continue;
    }
    if (!existsSync(where.content)) {
      console.error(name === "react-ko" ? REACT_HOWTO : `${name}: no content at ${where.content}; skipping ${name}`);
      continue;
    }
    const { description, questions } = readQuestions(where.questions, name);
    sets.push({ name, file: where.questions, description, content: where.content, questions });
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------
// Engines. Each gets a question and answers with its ranked article slugs (all of them, deduplicated
// by page) plus anything worth keeping per question.

interface Answer {
  readonly ranked: readonly string[];
  readonly count: number;
  readonly mode?: string;
}
type Asker = (q: string) => Promise<Answer>;

async function buildSite(content: string, dist: string): Promise<number> {
  const started = performance.now();
  await rm(dist, { recursive: true, force: true });
  const child = spawn(process.execPath, [ASTRO, "build", "--outDir", dist, "--silent"], {
    env: { ...process.env, CONTENT_DIR: content, BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`astro build (CONTENT_DIR=${content}) failed:\n${stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

/** This site's engine over the built search files, as the search page runs it. */
async function oursEngine(dist: string): Promise<Asker> {
  const dir = path.join(dist, "search-data");
  const names = await readdir(dir);
  const metaName = names.find((n) => n.startsWith("meta."));
  if (!metaName) throw new Error(`no meta.*.json in ${dir}`);
  const others = await Promise.all(
    names.filter((n) => n !== metaName).map(async (name) => ({ name, body: await readFile(path.join(dir, name), "utf8") })),
  );
  const engine = new SearchEngine(
    new MemorySource({ meta: { name: metaName, body: await readFile(path.join(dir, metaName), "utf8") }, others }),
  );
  return async (q) => {
    const outcome = await engine.search(q);
    const top = await engine.load(outcome.hits.slice(0, 10).map((hit) => hit.id));
    const mode = (outcome as { mode?: unknown }).mode;
    return {
      ranked: top.map((record) => record.slug),
      count: outcome.hits.length,
      ...(typeof mode === "string" ? { mode } : {}),
    };
  };
}

interface SectionDoc {
  id: string;
  slug: string;
  title: string;
  titles: string[];
  text: string;
}

/** MiniSearch as VitePress's local search sets it up: one document per section, default tokenizer. */
async function miniSearchEngine(dist: string): Promise<{ ask: Asker; sections: number }> {
  const index = new MiniSearch<SectionDoc>({
    fields: ["title", "titles", "text"],
    storeFields: ["slug"],
    searchOptions: VITEPRESS_SEARCH,
  });
  let sections = 0;
  for (const slug of await readdir(path.join(dist, "articles"))) {
    const file = path.join(dist, "articles", slug, "index.html");
    if (!existsSync(file)) continue;
    for (const section of splitIntoSections(articleHtml(await readFile(file, "utf8")))) {
      const id = section.anchor ? `${slug}#${section.anchor}` : slug;
      if (index.has(id)) index.discard(id);
      index.add({ id, slug, title: section.titles.at(-1)!, titles: section.titles.slice(0, -1), text: section.text });
      sections++;
    }
  }
  return {
    sections,
    ask: (q) => {
      const pages = dedupe(index.search(q).map((result) => result["slug"] as string));
      return Promise.resolve({ ranked: pages, count: pages.length });
    },
  };
}

const PAGEFIND_PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>Pagefind eval</title></head><body>
<script type="module">
let pagefind;
const urls = new Map();
// Every result's URL, in Pagefind's order; data() is loaded once per page across all queries.
window.pagefindUrls = async (query) => {
  pagefind ??= await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const results = search?.results ?? [];
  for (let i = 0; i < results.length; i += 50) {
    await Promise.all(results.slice(i, i + 50).map(async (r) => {
      if (!urls.has(r.id)) urls.set(r.id, (await r.data()).url);
    }));
  }
  return results.map((r) => urls.get(r.id));
};
window.ready = true;
</script></body></html>`;

const slugOfUrl = (url: string): string | undefined => {
  const slug = /\/articles\/([^/]+)\/?(?:index\.html)?(?:[?#].*)?$/.exec(url)?.[1];
  return slug === undefined ? undefined : decodeURIComponent(slug);
};

/** Pagefind, with its defaults, over a scratch copy of dist, queried through its JS API in Chromium. */
async function pagefindEngine(
  browser: Browser,
  dist: string,
  work: string,
): Promise<{ ask: Asker; close: () => void; pages: number; log: string }> {
  const site = path.join(work, "pagefind-site");
  await copyForPagefind(dist, site);
  if (PAGEFIND_BODY) await markPagefindBody(site);
  const run = spawnSync(process.execPath, [PAGEFIND, "--site", site], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`pagefind failed:\n${run.stdout}\n${run.stderr}`);
  const pages = Number(/Indexed (\d+) pages?/i.exec(run.stdout)?.[1] ?? NaN);
  await mkdir(path.join(site, "pf-eval"), { recursive: true });
  await writeFile(path.join(site, "pf-eval", "index.html"), PAGEFIND_PAGE);
  const port = await freePort();
  const server = serveSite(site, port);
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}pf-eval/`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  return {
    pages,
    log: run.stdout,
    close: () => server.kill(),
    ask: async (q) => {
      const urls = await page.evaluate(
        (query) => (window as unknown as { pagefindUrls(q: string): Promise<string[]> }).pagefindUrls(query),
        q,
      );
      const slugs = dedupe(urls.map(slugOfUrl).filter((s): s is string => s !== undefined));
      return { ranked: slugs, count: slugs.length };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const f2 = (n: number) => n.toFixed(2);
const f1 = (n: number) => n.toFixed(1);
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(path.join("node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
/** A path relative to the repository when inside it, else absolute. */
const shownPath = (file: string) => {
  const relative = path.relative(ROOT, path.resolve(file));
  return relative.startsWith("..") ? path.resolve(file) : relative;
};
/** The ko.react.dev commit that `--react-docs` converted, if the content has not been converted again since. */
function reactDocsCommit(): string | undefined {
  const file = path.join(WORK, "react-ko", "docs-commit.txt");
  const yaml = path.join(REACT_CONTENT, "categories.yaml");
  if (!existsSync(file) || !existsSync(yaml)) return undefined;
  return statSync(file).mtimeMs >= statSync(yaml).mtimeMs ? readFileSync(file, "utf8").trim() : undefined;
}
/** `{ prefix: true, boost: { title: 4 } }`, as options are written in code. */
const optionsText = (options: object) =>
  JSON.stringify(options)
    .replace(/"(\w+)":/g, "$1: ")
    .replace(/,/g, ", ")
    .replace(/\{/g, "{ ")
    .replace(/\}/g, " }");
const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

function commitId(): string {
  const rev = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  if (rev.status !== 0) return "unknown";
  // The report this run writes does not make the tree it measures dirty.
  const status = spawnSync("git", ["status", "--porcelain", "--", ".", `:(exclude)${path.relative(process.cwd(), OUT)}`], {
    encoding: "utf8",
  });
  return `${rev.stdout.trim()}${status.stdout.trim() ? "+dirty" : ""}`;
}

interface SetResult {
  readonly set: QuestionSet;
  readonly articles: number;
  readonly buildSeconds: number | null;
  readonly answers: Record<EngineName, Answer[]>;
  readonly seconds: Record<EngineName, number>;
  readonly notes: string[];
}

function judged(result: SetResult, engine: EngineName): Judged[] {
  return result.set.questions.map((question, i) => {
    const answer = result.answers[engine][i]!;
    return { kind: question.kind, answers: question.answers, ranked: answer.ranked, count: answer.count };
  });
}

const METRIC_COLUMNS: [keyof Metrics, string, (n: number) => string][] = [
  ["success1", "success@1", f2],
  ["success3", "success@3", f2],
  ["mrr10", "MRR@10", f2],
  ["zeroRate", "zero results", f2],
  ["meanLength", "mean list length", f1],
];

function kindTable(result: SetResult): string[] {
  const byEngine = new Map(ENGINES.map((e) => [e, summarizeByKind(judged(result, e), KIND_ORDER)]));
  const overall = new Map(ENGINES.map((e) => [e, summarize(judged(result, e))]));
  const kinds = [...byEngine.get(ENGINES[0]!)!.keys()];
  const lines = [
    `| kind (questions) | ${METRIC_COLUMNS.map(([, label]) => label).join(" | ")} |`,
    `|---|${METRIC_COLUMNS.map(() => "---:").join("|")}|`,
  ];
  const row = (label: string, get: (e: EngineName) => Metrics) =>
    `| ${label} | ${METRIC_COLUMNS.map(([key, , fmt]) => ENGINES.map((e) => fmt(get(e)[key])).join(" / ")).join(" | ")} |`;
  for (const kind of kinds)
    lines.push(row(`${kind} (${byEngine.get(ENGINES[0]!)!.get(kind)!.questions})`, (e) => byEngine.get(e)!.get(kind)!));
  lines.push(row(`**all** (${result.set.questions.length})`, (e) => overall.get(e)!));
  return lines;
}

function targets(result: SetResult): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? "✓" : "✗"} ${result.set.name}: ${text}`);
  if (!ENGINES.includes("ours")) return [`- ✗ ${result.set.name}: not measured (run with the \`ours\` engine)`];
  const ours = summarize(judged(result, "ours"));
  const oursByKind = summarizeByKind(judged(result, "ours"), KIND_ORDER);
  check(ours.success3 >= 0.9, `overall success@3 ≥ 0.90 (${f2(ours.success3)})`);
  check(ours.zeroRate <= 0.05, `zero-result rate ≤ 0.05 (${f2(ours.zeroRate)})`);
  const peers = ENGINES.filter((e) => e !== "ours");
  if (peers.length < 2) {
    check(false, "ahead of both peers on every kind (not measured: needs --engines ours,pagefind,minisearch)");
  } else {
    const behind: string[] = [];
    let ahead = 0;
    let cells = 0;
    for (const peer of peers) {
      const peerByKind = summarizeByKind(judged(result, peer), KIND_ORDER);
      for (const [kind, m] of oursByKind) {
        const verdict = compareTo(m, peerByKind.get(kind)!);
        cells++;
        if (verdict === "ahead") ahead++;
        if (verdict === "behind") behind.push(`${kind} vs ${ENGINE_LABEL[peer]}`);
      }
    }
    check(
      behind.length === 0,
      `ahead of both peers on every kind, by success@3 then MRR@10, ties level (ahead in ${ahead} of ${cells}${behind.length ? `; behind: ${behind.join(", ")}` : ", behind in none"})`,
    );
  }
  const keyword = oursByKind.get("keyword");
  check(keyword?.success3 === 1, `keyword success@3 = 1.00 (${keyword ? f2(keyword.success3) : "no keyword questions"})`);
  const sentence = oursByKind.get("sentence");
  check(
    sentence !== undefined && sentence.meanLength <= 30,
    `mean list length for sentences ≤ 30 (${sentence ? f1(sentence.meanLength) : "no sentence questions"})`,
  );
  return lines;
}

function misses(result: SetResult): string[] {
  if (!ENGINES.includes("ours")) return [];
  const lines: string[] = [];
  result.set.questions.forEach((question, i) => {
    const answer = result.answers.ours[i]!;
    const rank = firstAnswerRank(answer.ranked, question.answers);
    if (rank !== null && rank <= 3) return;
    const top = answer.ranked.slice(0, 3).map((s) => `\`${s}\``);
    lines.push(
      `- ${question.kind}: “${escapeCell(question.q)}” — wanted ${question.answers.map((a) => `\`${a}\``).join(", ")}; got ${top.length ? top.join(", ") : "nothing"}${rank !== null ? ` (answer at ${rank})` : ""}${answer.mode ? ` [${answer.mode}]` : ""}`,
    );
  });
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Main

const startedAll = performance.now();
await mkdir(WORK, { recursive: true });
const reactDocs = arg("react-docs");
if (reactDocs) await convertReactDocs(path.resolve(reactDocs));
const sets = chooseSets();
if (sets.length === 0) {
  console.error("no question set to run (see the lines above)");
  process.exit(1);
}

let browser: Browser | undefined;
if (ENGINES.includes("pagefind")) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error("the Pagefind engine needs Chromium: apt-get install -y chromium, or set CHROMIUM_PATH");
    process.exit(1);
  }
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

const results: SetResult[] = [];
try {
  for (const set of sets) {
    const work = path.join(WORK, set.name);
    const dist = path.join(work, "dist");
    await mkdir(work, { recursive: true });
    let buildSeconds: number | null = null;
    if (SKIP_BUILD && existsSync(path.join(dist, "search-data"))) {
      console.error(`${set.name}: reusing ${path.relative(ROOT, dist)} (--skip-build)`);
    } else {
      if (SKIP_BUILD) console.error(`${set.name}: no dist to reuse in ${path.relative(ROOT, dist)}; building`);
      console.error(`${set.name}: building the site from ${path.relative(ROOT, set.content) || "."}…`);
      buildSeconds = await buildSite(set.content, dist);
    }
    const articles = (await readdir(path.join(dist, "articles"))).length;
    const known = new Set(await readdir(path.join(dist, "articles")));
    const unknown = [...new Set(set.questions.flatMap((q) => q.answers))].filter((slug) => !known.has(slug));
    if (unknown.length)
      console.error(`${set.name}: answers with no article page (check the question file): ${unknown.join(", ")}`);

    const notes: string[] = [];
    const askers = new Map<EngineName, Asker>();
    const closers: (() => void)[] = [];
    // A reused dist may hold search files of an older format than the engine now reads.
    const reuseHint = (error: unknown): Error =>
      buildSeconds === null
        ? new Error(`${set.name}: failed over the reused dist; run without --skip-build`, { cause: error })
        : error instanceof Error
          ? error
          : new Error(String(error));
    if (ENGINES.includes("ours")) askers.set("ours", await oursEngine(dist).catch((e: unknown) => Promise.reject(reuseHint(e))));
    if (ENGINES.includes("pagefind")) {
      const pf = await pagefindEngine(browser!, dist, work);
      askers.set("pagefind", pf.ask);
      closers.push(pf.close);
      const language = /Discovered (\d+) languages?: ([^\n]+)/i.exec(pf.log);
      notes.push(
        `Pagefind indexed ${Number.isNaN(pf.pages) ? "?" : pf.pages} pages${language ? ` (languages: ${language[2]!.trim()})` : ""}${PAGEFIND_BODY ? ", article content only (data-pagefind-body)" : ", whole pages with its defaults"}; results outside /articles/ are ignored.`,
      );
    }
    if (ENGINES.includes("minisearch")) {
      const ms = await miniSearchEngine(dist);
      askers.set("minisearch", ms.ask);
      notes.push(`MiniSearch indexed ${ms.sections} sections of ${articles} article pages.`);
    }

    const answers = { ours: [], pagefind: [], minisearch: [] } as Record<EngineName, Answer[]>;
    const seconds = { ours: 0, pagefind: 0, minisearch: 0 } as Record<EngineName, number>;
    try {
      for (const question of set.questions) {
        for (const [name, ask] of askers) {
          const started = performance.now();
          answers[name].push(await ask(question.q).catch((e: unknown) => Promise.reject(reuseHint(e))));
          seconds[name] += (performance.now() - started) / 1000;
        }
      }
    } finally {
      for (const close of closers) close();
    }
    const modes = new Map<string, number>();
    for (const answer of answers.ours) if (answer.mode) modes.set(answer.mode, (modes.get(answer.mode) ?? 0) + 1);
    if (modes.size) notes.push(`This site's query modes: ${[...modes].map(([mode, n]) => `${mode} ${n}`).join(", ")}.`);
    const result: SetResult = { set, articles, buildSeconds, answers, seconds, notes };
    results.push(result);

    const report = {
      set: set.name,
      questionsFile: shownPath(set.file),
      engines: ENGINES,
      questions: set.questions.map((question, i) => ({
        q: question.q,
        kind: question.kind,
        answers: question.answers,
        ...Object.fromEntries(
          ENGINES.map((e) => {
            const a = answers[e][i]!;
            return [
              e,
              {
                top5: a.ranked.slice(0, 5),
                count: a.count,
                rank: firstAnswerRank(a.ranked, question.answers),
                ...(a.mode ? { mode: a.mode } : {}),
              },
            ];
          }),
        ),
      })),
    };
    await writeFile(path.join(work, "report.json"), `${JSON.stringify(report, null, 2)}\n`);

    console.log(
      `\n${set.name}: ${set.questions.length} questions, ${articles} articles — ${ENGINES.map((e) => ENGINE_LABEL[e]).join(" / ")}`,
    );
    for (const line of kindTable(result)) console.log(line);
    console.log(
      `(${buildSeconds === null ? "build reused" : `build ${f1(buildSeconds)} s`}; querying ${ENGINES.map((e) => `${e} ${f1(seconds[e])} s`).join(", ")}; per question: ${path.relative(ROOT, path.join(work, "report.json"))})`,
    );
  }
} finally {
  await browser?.close();
}

// The markdown
const chromiumVersion = browser?.version();
const lines: string[] = [];
lines.push("# Search quality: this site vs Pagefind vs MiniSearch (VitePress options)", "");
lines.push(
  `Measured by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} at commit \`${commitId()}\`: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}.`,
  "",
);
lines.push("Engines, each over the same built site per question set:", "");
if (ENGINES.includes("ours"))
  lines.push(
    "- **this site**: `SearchEngine` (src/search/engine.ts) over the built `dist/search-data/` files, in Node — the code the search page runs. All its hits count.",
  );
if (ENGINES.includes("pagefind"))
  lines.push(
    `- **Pagefind** ${versionOf("pagefind")}: the CLI over a copy of the same \`dist/\`${PAGEFIND_BODY ? " with `data-pagefind-body` on each `<article>`" : ' with its defaults (it detects `lang="ko"`; it indexes whole pages, related-article lists included)'}, queried with \`pagefind.search(q)\` in headless Chromium${chromiumVersion ? ` ${chromiumVersion}` : ""}; results in Pagefind's order, mapped to \`/articles/<slug>/\`, other pages ignored.`,
  );
if (ENGINES.includes("minisearch"))
  lines.push(
    `- **MiniSearch (VitePress)**: MiniSearch ${versionOf("minisearch")} set up as VitePress's local search (vuejs/vitepress@${VITEPRESS.commit.slice(0, 7)}, ${VITEPRESS.version}; ${VITEPRESS.files}): each article page's built HTML split into sections at headings, fields \`title\`, \`titles\`, \`text\` with MiniSearch's default tokenizer, searched with \`${optionsText(VITEPRESS_SEARCH)}\`; sections mapped to their page, each page at its best position. (VitePress shows the first 16 sections; here every page counts.)`,
  );
lines.push(
  "",
  "A question succeeds@k when any of its answers is among the first k results. MRR@10: mean of 1/rank of the first answer within the first 10 (else 0). Zero results: share of questions with an empty list. Mean list length: results returned (pages), all of them. Cells read " +
    ENGINES.map((e) => ENGINE_LABEL[e]).join(" / ") +
    ".",
  "",
);
for (const result of results) {
  const { set } = result;
  lines.push(`## ${set.name}`, "");
  lines.push(
    `${set.description ? `${set.description.trim()} ` : ""}${set.questions.length} questions (\`${shownPath(set.file)}\`) over ${result.articles} articles.${set.name === "react-ko" && reactDocsCommit() ? ` React docs at reactjs/ko.react.dev@${reactDocsCommit()}.` : ""} ${result.notes.join(" ")}`,
    "",
  );
  lines.push(...kindTable(result), "");
  const missed = misses(result);
  if (ENGINES.includes("ours")) {
    if (missed.length === 0) lines.push("This site finds every answer in its first 3.", "");
    else
      lines.push(
        "<details>",
        `<summary>Questions this site misses at 3 (${missed.length})</summary>`,
        "",
        ...missed,
        "",
        "</details>",
        "",
      );
  }
}
lines.push("## Targets", "");
lines.push("Marked from the figures above by `npm run eval`; ✓ met, ✗ not met.", "");
for (const result of results) lines.push(...targets(result));
lines.push("");
lines.push("## How to reproduce", "");
lines.push(
  "```sh",
  "npm ci",
  "apt-get install -y chromium   # or CHROMIUM_PATH=/path/to/chromium",
  "# the Korean React docs (not committed): convert a checkout into .tmp/eval/react-ko/content",
  "git clone --depth 1 https://github.com/reactjs/ko.react.dev .tmp/ko.react.dev",
  "npm run eval -- --react-docs .tmp/ko.react.dev   # converts once, then measures",
  "npm run eval                  # every set whose questions and content are present",
  "npm run eval -- --sets demo --engines ours,pagefind --skip-build --out /tmp/QUALITY.md",
  "```",
  "",
  "Options: `--sets demo,react-ko`, `--engines ours,pagefind,minisearch`, `--out docs/QUALITY.md`, `--skip-build` (reuse `.tmp/eval/<set>/dist`), `--react-docs <checkout>` (convert first). Per-question results (top 5 and count per engine): `.tmp/eval/<set>/report.json`.",
  "",
);
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(OUT, lines.join("\n"));
const prettier = spawnSync(path.resolve("node_modules/.bin/prettier"), ["--write", OUT], { encoding: "utf8" });
if (prettier.status !== 0) console.error(`prettier --write ${OUT} failed:\n${prettier.stderr}`);
console.log(`\n${lines.filter((l) => /^- [✓✗]/.test(l)).join("\n")}`);
console.error(`wrote ${shownPath(OUT)} in ${f1((performance.now() - startedAll) / 1000)} s`);
