// npm run eval [-- --sets demo,react-ko] [--engines ours,pagefind,minisearch] [--out docs/QUALITY.md]
//                 [--skip-build] [--react-docs <ko.react.dev checkout>] [--vue-docs <Korean Vue docs checkout>]
//                 [--js-tutorial <ko.javascript.info checkout>]
// Search quality on hand-written questions (bench/eval/questions/<set>.json): for each set, build the
// site twice — from a copy of its content folder without synonyms.yaml (.tmp/eval/<set>/content-nosyn
// → dist-nosyn) and from the folder as it is (→ dist) — then ask three engines: this site's engine over
// both builds' search files, and, over the build without synonyms, Pagefind (defaults) in headless
// Chromium and MiniSearch with VitePress's local-search options over the built article HTML (neither
// reads synonyms.yaml). Their ranked lists are scored by bench/eval/metrics.ts. The figures that count
// are those without synonyms; this site's with synonyms are shown beside them.
// Each question is in the dev or the test split (its "split" field; none counts as test): scores are
// reported for dev, test and all, but misses only for dev questions, here and in report.json.
// Writes docs/QUALITY.md and .tmp/eval/<set>/report.json (scores, and per dev question), prints the tables.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import MiniSearch from "minisearch";
import { parse as parseYaml } from "yaml";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../memory-source";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.mjs";
import { readOptions } from "../cli";
import { copyForPagefind, freePort, markPagefindBody, serveSite, waitForServer } from "../local-site";
import { VITEPRESS, VITEPRESS_SEARCH, articleHtml, splitIntoSections } from "./vitepress";
import {
  KIND_ORDER,
  compareTo,
  dedupe,
  firstAnswerRank,
  splitOf,
  summarize,
  summarizeByKind,
  summarizeBySplit,
  type Judged,
  type Metrics,
  type Split,
} from "./metrics";

// ---------------------------------------------------------------------------------------------
// Options

const ROOT = process.cwd();
const WORK = path.resolve(".tmp/eval");
const ASTRO = path.resolve("node_modules/astro/bin/astro.mjs");
const PAGEFIND = path.resolve("node_modules/pagefind/lib/runner/bin.cjs");
const TSX = path.resolve("node_modules/.bin/tsx");
/** The content folder's optional synonyms file (README.md, "synonyms.yaml"). */
const SYNONYMS_FILE = "synonyms.yaml";

/** A corpus converted from another project's docs, which are not committed: only the converter and the questions are. */
interface Conversion {
  /** The option that converts a checkout first: `--<option> <checkout>`. */
  readonly option: string;
  /** `tsx <script> <checkout> <out content dir>`. */
  readonly script: string;
  /** The docs' GitHub repository, for the how-to and the report (the question file's "source" wins). */
  readonly repo: string;
}
interface SetSource {
  readonly questions: string;
  readonly content: string;
  readonly convert?: Conversion;
}
const converted = (name: string, convert: Conversion): SetSource => ({
  questions: `bench/eval/questions/${name}.json`,
  content: path.join(WORK, name, "content"),
  convert,
});

/** Question sets: where their questions and their content live. A set whose questions or content are missing is skipped. */
const SETS: Record<string, SetSource> = {
  demo: { questions: "bench/eval/questions/demo.json", content: path.resolve("content") },
  "react-ko": converted("react-ko", {
    option: "react-docs",
    script: "bench/eval/convert-react-docs.ts",
    repo: "reactjs/ko.react.dev",
  }),
  // The third corpus: the Korean Vue docs, or else the Korean JavaScript tutorial (ko.javascript.info).
  "vue-ko": converted("vue-ko", {
    option: "vue-docs",
    script: "bench/eval/convert-vue-docs.ts",
    repo: "vuejs-translations/docs-ko",
  }),
  "js-ko": converted("js-ko", {
    option: "js-tutorial",
    script: "bench/eval/convert-js-tutorial.ts",
    repo: "javascript-tutorial/ko.javascript.info",
  }),
};

// Read with Node's parseArgs (strict): an unknown option, or one without its value, stops the run.
const { values: options } = readOptions(
  {
    options: {
      sets: { type: "string" },
      engines: { type: "string" },
      out: { type: "string" },
      "skip-build": { type: "boolean" },
      questions: { type: "string" }, // undocumented: one question file in place of the sets
      "pagefind-body": { type: "boolean" }, // undocumented: mark <article> data-pagefind-body, as compare.ts does
      // A checkout to convert first, per converted set (--react-docs DIR, --vue-docs DIR, …).
      ...Object.fromEntries(
        Object.values(SETS).flatMap((s) => (s.convert ? [[s.convert.option, { type: "string" as const }]] : [])),
      ),
    },
  },
  "npm run eval -- [--sets demo,react-ko,vue-ko] [--engines ours,pagefind,minisearch] [--out docs/QUALITY.md] [--skip-build] [--react-docs DIR] [--vue-docs DIR]",
);
const arg = (name: string): string | undefined => {
  const value = (options as Record<string, string | boolean | undefined>)[name];
  return typeof value === "string" ? value : undefined;
};
const flag = (name: string): boolean => (options as Record<string, string | boolean | undefined>)[name] === true;

/** What to do when a converted set's content is missing. */
function howToConvert(name: string): string {
  const convert = SETS[name]?.convert;
  if (!convert) return `${name}: no content at ${SETS[name]?.content ?? "?"}; skipping ${name}`;
  const checkout = `.tmp/${convert.repo.split("/")[1]}`;
  return `${name}: no converted docs in ${path.relative(ROOT, SETS[name]!.content)} — make them with \`git clone --depth 1 https://github.com/${convert.repo} ${checkout} && npm run eval -- --${convert.option} ${checkout} --sets ${name}\`; skipping ${name}`;
}

const ENGINE_NAMES = ["ours", "pagefind", "minisearch"] as const;
type EngineName = (typeof ENGINE_NAMES)[number];
const ENGINE_LABEL: Record<EngineName, string> = {
  ours: "this site",
  pagefind: "Pagefind",
  minisearch: "MiniSearch (VitePress)",
};

const engines = (arg("engines") ?? ENGINE_NAMES.join(",")).split(",").map((e) => e.trim());
for (const e of engines) {
  if (!(ENGINE_NAMES as readonly string[]).includes(e)) {
    console.error(`unknown engine ${e}; choose from ${ENGINE_NAMES.join(", ")}`);
    process.exit(2);
  }
}
const ENGINES = ENGINE_NAMES.filter((e) => engines.includes(e));
const QUESTIONS_FILE = arg("questions");
const OUT = path.resolve(arg("out") ?? (QUESTIONS_FILE ? ".tmp/eval/QUALITY.md" : "docs/QUALITY.md"));
const SKIP_BUILD = flag("skip-build");
const PAGEFIND_BODY = flag("pagefind-body");

// ---------------------------------------------------------------------------------------------
// Questions

interface Question {
  readonly q: string;
  readonly kind: string;
  readonly split: Split;
  readonly answers: readonly string[];
}
interface QuestionSet {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  /** The docs' repository, for a converted corpus: the question file's "source", else the converter's. */
  readonly source: string | undefined;
  readonly content: string;
  readonly questions: readonly Question[];
}

interface QuestionFile {
  corpus: string;
  description: string;
  source: string | undefined;
  questions: Question[];
}

function readQuestions(file: string, expectedCorpus?: string): QuestionFile {
  const raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof raw !== "object" || raw === null) fail("not a JSON object");
  const data = raw as { corpus?: unknown; description?: unknown; source?: unknown; questions?: unknown };
  if (typeof data.corpus !== "string") fail('needs "corpus": "<set name>"');
  if (expectedCorpus && data.corpus !== expectedCorpus) fail(`corpus is "${String(data.corpus)}", expected "${expectedCorpus}"`);
  if (!Array.isArray(data.questions) || data.questions.length === 0) fail('needs a non-empty "questions" array');
  const questions = (data.questions as unknown[]).map((item, i): Question => {
    const q = item as { q?: unknown; kind?: unknown; split?: unknown; answers?: unknown };
    if (typeof q.q !== "string" || !q.q.trim()) fail(`questions[${i}].q must be a non-empty string`);
    if (typeof q.kind !== "string") fail(`questions[${i}].kind must be a string`);
    if (!Array.isArray(q.answers) || q.answers.length === 0 || !q.answers.every((a) => typeof a === "string"))
      fail(`questions[${i}].answers must be a non-empty array of slugs`);
    let split: Split = "test";
    try {
      split = splitOf(q.split);
    } catch (error) {
      fail(`questions[${i}].${(error as Error).message}`);
    }
    return { q: q.q as string, kind: q.kind as string, split, answers: q.answers as string[] };
  });
  return {
    corpus: data.corpus as string,
    description: typeof data.description === "string" ? data.description : "",
    source: typeof data.source === "string" ? data.source : undefined,
    questions,
  };
}

const docsCommitFile = (name: string) => path.join(WORK, name, "docs-commit.txt");

async function convertDocs(name: string, convert: Conversion, checkout: string): Promise<void> {
  const out = SETS[name]!.content;
  if (!existsSync(convert.script))
    throw new Error(`--${convert.option} converts with ${convert.script}, which is not in this checkout (yet)`);
  console.error(`${name}: converting the docs in ${checkout} to ${path.relative(ROOT, out)}…`);
  const run = spawnSync(TSX, [convert.script, checkout, out], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`${convert.script} failed (exit ${run.status})`);
  // The docs' commit, for the report (a checkout or a bare git dir; an extracted folder has none).
  // Only the checkout's own git dir counts, not that of a repository the folder happens to sit in.
  const gitDir = spawnSync("git", ["-C", checkout, "rev-parse", "--absolute-git-dir"], { encoding: "utf8" });
  const own = gitDir.status === 0 && path.resolve(gitDir.stdout.trim()).startsWith(path.resolve(checkout));
  const rev = spawnSync("git", ["-C", checkout, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  const commitFile = docsCommitFile(name);
  await mkdir(path.dirname(commitFile), { recursive: true });
  if (own && rev.status === 0) await writeFile(commitFile, rev.stdout.trim());
  else await rm(commitFile, { force: true });
}

function chooseSets(): QuestionSet[] {
  const source = (name: string, file: QuestionFile) => file.source ?? SETS[name]?.convert?.repo;
  if (QUESTIONS_FILE) {
    const file = readQuestions(QUESTIONS_FILE);
    const known = SETS[file.corpus];
    if (!known) throw new Error(`${QUESTIONS_FILE}: unknown corpus "${file.corpus}" (known: ${Object.keys(SETS).join(", ")})`);
    if (!existsSync(known.content)) throw new Error(howToConvert(file.corpus));
    return [
      {
        name: file.corpus,
        file: QUESTIONS_FILE,
        description: file.description,
        source: source(file.corpus, file),
        content: known.content,
        questions: file.questions,
      },
    ];
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
      console.error(howToConvert(name));
      continue;
    }
    const file = readQuestions(where.questions, name);
    sets.push({
      name,
      file: where.questions,
      description: file.description,
      source: source(name, file),
      content: where.content,
      questions: file.questions,
    });
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
/** The docs commit that `--<option>` converted for a set, if its content has not been converted again since. */
function docsCommit(name: string): string | undefined {
  const file = docsCommitFile(name);
  const yaml = path.join(SETS[name]?.content ?? "", "categories.yaml");
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
  /** Groups in the content folder's synonyms.yaml; null without the file. */
  readonly synonymGroups: number | null;
  /** Seconds of each build; null where a build was reused (--skip-build) or not needed. */
  readonly buildSeconds: { readonly nosyn: number | null; readonly syn: number | null };
  /** Every engine's answers over the build without synonyms: the figures that count. */
  readonly answers: Record<EngineName, Answer[]>;
  /** This site's answers over the build with synonyms.yaml (the same as without when there is no file); absent without `ours`. */
  readonly withSynonyms: Answer[] | undefined;
  readonly seconds: Record<EngineName | "oursWithSynonyms", number>;
  readonly notes: string[];
}

const dev = (set: QuestionSet) => set.questions.filter((q) => q.split === "dev").length;

function judgedOf(set: QuestionSet, answers: readonly Answer[]): Judged[] {
  return set.questions.map((question, i) => {
    const answer = answers[i]!;
    return { kind: question.kind, split: question.split, answers: question.answers, ranked: answer.ranked, count: answer.count };
  });
}
const judged = (result: SetResult, engine: EngineName): Judged[] => judgedOf(result.set, result.answers[engine]);

const METRIC_COLUMNS: [keyof Metrics, string, (n: number) => string][] = [
  ["success1", "success@1", f2],
  ["success3", "success@3", f2],
  ["mrr10", "MRR@10", f2],
  ["zeroRate", "zero results", f2],
  ["meanLength", "mean list length", f1],
];
const metricCells = (get: (e: EngineName) => Metrics) =>
  METRIC_COLUMNS.map(([key, , fmt]) => ENGINES.map((e) => fmt(get(e)[key])).join(" / ")).join(" | ");

/** Per kind, all questions, without synonyms. */
function kindTable(result: SetResult): string[] {
  const byEngine = new Map(ENGINES.map((e) => [e, summarizeByKind(judged(result, e), KIND_ORDER)]));
  const overall = new Map(ENGINES.map((e) => [e, summarize(judged(result, e))]));
  const kinds = [...byEngine.get(ENGINES[0]!)!.keys()];
  const lines = [
    `| kind (questions), without synonyms | ${METRIC_COLUMNS.map(([, label]) => label).join(" | ")} |`,
    `|---|${METRIC_COLUMNS.map(() => "---:").join("|")}|`,
  ];
  for (const kind of kinds)
    lines.push(
      `| ${kind} (${byEngine.get(ENGINES[0]!)!.get(kind)!.questions}) | ${metricCells((e) => byEngine.get(e)!.get(kind)!)} |`,
    );
  lines.push(`| **all** (${result.set.questions.length}) | ${metricCells((e) => overall.get(e)!)} |`);
  return lines;
}

/** Dev, test and all without synonyms, then this site's figures with synonyms.yaml. */
function splitTable(result: SetResult): string[] {
  const bySplit = new Map(ENGINES.map((e) => [e, summarizeBySplit(judged(result, e))]));
  const lines = [
    `| split (questions) | ${METRIC_COLUMNS.map(([, label]) => label).join(" | ")} |`,
    `|---|${METRIC_COLUMNS.map(() => "---:").join("|")}|`,
  ];
  const parts = ["dev", "test", "all"] as const;
  for (const part of parts) {
    const n = bySplit.get(ENGINES[0]!)![part].questions;
    lines.push(
      `| ${part === "all" ? "**all**" : part} (${n}), without synonyms | ${metricCells((e) => bySplit.get(e)![part])} |`,
    );
  }
  if (result.withSynonyms) {
    const withSyn = summarizeBySplit(judgedOf(result.set, result.withSynonyms));
    // Without a synonyms.yaml the figures are those above: one line says so.
    const has = result.synonymGroups !== null;
    const label = has ? "this site **with** synonyms.yaml" : "this site with synonyms (no synonyms.yaml: as without)";
    for (const part of has ? parts : (["all"] as const))
      lines.push(
        `| ${part} (${withSyn[part].questions}), ${label} | ${METRIC_COLUMNS.map(([key, , fmt]) => fmt(withSyn[part][key])).join(" | ")} |`,
      );
  }
  return lines;
}

function targets(result: SetResult): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? "✓" : "✗"} ${result.set.name}: ${text}`);
  if (!ENGINES.includes("ours")) return [`- ✗ ${result.set.name}: not measured (run with the \`ours\` engine)`];
  const ours = summarizeBySplit(judged(result, "ours"));
  const oursByKind = summarizeByKind(judged(result, "ours"), KIND_ORDER);
  const parts = (key: keyof Metrics) => `${f2(ours.all[key])}; dev ${f2(ours.dev[key])}, test ${f2(ours.test[key])}`;
  check(ours.all.success3 >= 0.9, `overall success@3 ≥ 0.90, without synonyms (${parts("success3")})`);
  check(ours.all.zeroRate <= 0.05, `zero-result rate ≤ 0.05, without synonyms (${parts("zeroRate")})`);
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
      `ahead of both peers on every kind, without synonyms, by success@3 then MRR@10, ties level (ahead in ${ahead} of ${cells}${behind.length ? `; behind: ${behind.join(", ")}` : ", behind in none"})`,
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

/** This site's misses at 3 without synonyms, dev questions only: test questions' misses are never shown. */
function devMisses(result: SetResult): string[] {
  if (!ENGINES.includes("ours")) return [];
  const lines: string[] = [];
  result.set.questions.forEach((question, i) => {
    if (question.split !== "dev") return;
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

/** One engine's result for one dev question, as report.json keeps it. */
function answerRecord(answer: Answer, question: Question) {
  return {
    top5: answer.ranked.slice(0, 5),
    count: answer.count,
    rank: firstAnswerRank(answer.ranked, question.answers),
    ...(answer.mode ? { mode: answer.mode } : {}),
  };
}

/** Scores per engine and split, and per-question results for dev questions only (test questions: none, not even ranks). */
function reportJson(result: SetResult) {
  const { set } = result;
  const scores: Record<string, Record<Split | "all", Metrics>> = {};
  for (const e of ENGINES) scores[e] = summarizeBySplit(judged(result, e));
  if (result.withSynonyms) scores["oursWithSynonyms"] = summarizeBySplit(judgedOf(set, result.withSynonyms));
  return {
    set: set.name,
    questionsFile: shownPath(set.file),
    engines: ENGINES,
    synonyms:
      result.synonymGroups !== null
        ? { file: shownPath(path.join(set.content, SYNONYMS_FILE)), groups: result.synonymGroups }
        : null,
    note: "Engines' figures are without synonyms.yaml; oursWithSynonyms is this site's engine over the build with it. Per-question results are kept for dev questions only; test questions are scored, never listed.",
    scores,
    testQuestions: set.questions.length - dev(set),
    devQuestions: set.questions.flatMap((question, i) =>
      question.split !== "dev"
        ? []
        : [
            {
              q: question.q,
              kind: question.kind,
              answers: question.answers,
              ...Object.fromEntries(ENGINES.map((e) => [e, answerRecord(result.answers[e][i]!, question)])),
              ...(result.withSynonyms ? { oursWithSynonyms: answerRecord(result.withSynonyms[i]!, question) } : {}),
            },
          ],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Main

/** Builds `content` into `dist`, or reuses `dist` with --skip-build; returns the build's seconds, or null when reused. */
async function ensureBuilt(name: string, content: string, dist: string, prepare?: () => Promise<void>): Promise<number | null> {
  if (SKIP_BUILD && existsSync(path.join(dist, "search-data"))) {
    console.error(`${name}: reusing ${path.relative(ROOT, dist)} (--skip-build)`);
    return null;
  }
  if (SKIP_BUILD) console.error(`${name}: no dist to reuse in ${path.relative(ROOT, dist)}; building`);
  await prepare?.();
  console.error(`${name}: building the site from ${path.relative(ROOT, content) || "."} into ${path.relative(ROOT, dist)}…`);
  return buildSite(content, dist);
}

/** Groups in a synonyms.yaml, or null without the file (the build checks the file and names its mistakes; here it is only counted). */
function synonymGroupsIn(file: string): number | null {
  if (!existsSync(file)) return null;
  try {
    const groups = parseYaml(readFileSync(file, "utf8")) as unknown;
    return Array.isArray(groups) ? groups.length : 0;
  } catch {
    return 0;
  }
}

const startedAll = performance.now();
await mkdir(WORK, { recursive: true });
for (const [name, where] of Object.entries(SETS)) {
  const checkout = where.convert ? arg(where.convert.option) : undefined;
  if (where.convert && checkout) await convertDocs(name, where.convert, path.resolve(checkout));
}
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
    await mkdir(work, { recursive: true });
    // Without synonyms: a copy of the content folder lacking synonyms.yaml (the folder itself when it has none).
    const synonymsFile = path.join(set.content, SYNONYMS_FILE);
    const synonymGroups = synonymGroupsIn(synonymsFile);
    const hasSynonyms = synonymGroups !== null;
    const nosynContent = hasSynonyms ? path.join(work, "content-nosyn") : set.content;
    const distNoSyn = path.join(work, "dist-nosyn");
    const distSyn = path.join(work, "dist");
    const copyWithoutSynonyms = async () => {
      await rm(nosynContent, { recursive: true, force: true });
      await cp(set.content, nosynContent, { recursive: true, filter: (src) => path.resolve(src) !== path.resolve(synonymsFile) });
    };
    const buildSeconds = {
      nosyn: await ensureBuilt(set.name, nosynContent, distNoSyn, hasSynonyms ? copyWithoutSynonyms : undefined),
      // Only this site's engine reads synonyms; without the file the build would be the same.
      syn: ENGINES.includes("ours") && hasSynonyms ? await ensureBuilt(set.name, set.content, distSyn) : null,
    };
    const articleSlugs = await readdir(path.join(distNoSyn, "articles"));
    const articles = articleSlugs.length;
    const known = new Set(articleSlugs);
    // Dev answers are named; test answers only counted, as nothing about test questions is shown but scores.
    const unknownIn = (split: Split) =>
      [...new Set(set.questions.filter((q) => q.split === split).flatMap((q) => q.answers))].filter((slug) => !known.has(slug));
    const [unknownDev, unknownTest] = [unknownIn("dev"), unknownIn("test")];
    if (unknownDev.length)
      console.error(`${set.name}: dev answers with no article page (check the question file): ${unknownDev.join(", ")}`);
    if (unknownTest.length)
      console.error(`${set.name}: ${unknownTest.length} test answer(s) with no article page (check the question file)`);

    const notes: string[] = [];
    const askers = new Map<EngineName, Asker>();
    let oursWithSynonyms: Asker | undefined;
    const closers: (() => void)[] = [];
    // A reused dist may hold search files of an older format than the engine now reads.
    const reuseHint = (error: unknown): Error =>
      buildSeconds.nosyn === null || (hasSynonyms && ENGINES.includes("ours") && buildSeconds.syn === null)
        ? new Error(`${set.name}: failed over a reused dist; run without --skip-build`, { cause: error })
        : error instanceof Error
          ? error
          : new Error(String(error));
    if (ENGINES.includes("ours")) {
      askers.set("ours", await oursEngine(distNoSyn).catch((e: unknown) => Promise.reject(reuseHint(e))));
      if (hasSynonyms) oursWithSynonyms = await oursEngine(distSyn).catch((e: unknown) => Promise.reject(reuseHint(e)));
    }
    notes.push(
      hasSynonyms
        ? `Its content has a synonyms.yaml (${synonymGroups} groups): the tables are without it; this site's engine was also run over a build with it (last rows of the split table).`
        : "Its content has no synonyms.yaml: with and without synonyms are the same.",
    );
    if (ENGINES.includes("pagefind")) {
      const pf = await pagefindEngine(browser!, distNoSyn, work);
      askers.set("pagefind", pf.ask);
      closers.push(pf.close);
      const language = /Discovered (\d+) languages?: ([^\n]+)/i.exec(pf.log);
      notes.push(
        `Pagefind indexed ${Number.isNaN(pf.pages) ? "?" : pf.pages} pages${language ? ` (languages: ${language[2]!.trim()})` : ""}${PAGEFIND_BODY ? ", article content only (data-pagefind-body)" : ", whole pages with its defaults"}; results outside /articles/ are ignored.`,
      );
    }
    if (ENGINES.includes("minisearch")) {
      const ms = await miniSearchEngine(distNoSyn);
      askers.set("minisearch", ms.ask);
      notes.push(`MiniSearch indexed ${ms.sections} sections of ${articles} article pages.`);
    }

    const answers = { ours: [], pagefind: [], minisearch: [] } as Record<EngineName, Answer[]>;
    const synAnswers: Answer[] = [];
    const seconds = { ours: 0, pagefind: 0, minisearch: 0, oursWithSynonyms: 0 };
    const timed = async (key: keyof typeof seconds, ask: Asker, q: string) => {
      const started = performance.now();
      const answer = await ask(q).catch((e: unknown) => Promise.reject(reuseHint(e)));
      seconds[key] += (performance.now() - started) / 1000;
      return answer;
    };
    try {
      for (const question of set.questions) {
        for (const [name, ask] of askers) answers[name].push(await timed(name, ask, question.q));
        if (oursWithSynonyms) synAnswers.push(await timed("oursWithSynonyms", oursWithSynonyms, question.q));
      }
    } finally {
      for (const close of closers) close();
    }
    const modes = new Map<string, number>();
    for (const answer of answers.ours) if (answer.mode) modes.set(answer.mode, (modes.get(answer.mode) ?? 0) + 1);
    if (modes.size)
      notes.push(`This site's query modes without synonyms: ${[...modes].map(([mode, n]) => `${mode} ${n}`).join(", ")}.`);
    const withSynonyms = ENGINES.includes("ours") ? (oursWithSynonyms ? synAnswers : answers.ours) : undefined;
    const result: SetResult = { set, articles, synonymGroups, buildSeconds, answers, withSynonyms, seconds, notes };
    results.push(result);
    await writeFile(path.join(work, "report.json"), `${JSON.stringify(reportJson(result), null, 2)}\n`);

    console.log(
      `\n${set.name}: ${set.questions.length} questions (${dev(set)} dev, ${set.questions.length - dev(set)} test), ${articles} articles — ${ENGINES.map((e) => ENGINE_LABEL[e]).join(" / ")}`,
    );
    for (const line of kindTable(result)) console.log(line);
    console.log("");
    for (const line of splitTable(result)) console.log(line);
    const built = (s: number | null, what: string) => (s === null ? "" : `build ${what} ${f1(s)} s; `);
    console.log(
      `(${built(buildSeconds.nosyn, "without synonyms")}${built(buildSeconds.syn, "with synonyms")}querying ${ENGINES.map((e) => `${e} ${f1(seconds[e])} s`).join(", ")}${oursWithSynonyms ? `, ours with synonyms ${f1(seconds.oursWithSynonyms)} s` : ""}; scores and dev questions: ${path.relative(ROOT, path.join(work, "report.json"))})`,
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
lines.push(
  "Engines, each over the same built site per question set, built from a copy of the set's content folder without its `synonyms.yaml`:",
  "",
);
if (ENGINES.includes("ours"))
  lines.push(
    "- **this site**: `SearchEngine` (src/search/engine.ts) over the built `dist/search-data/` files, in Node — the code the search page runs. All its hits count. Also run over a second build with the set's `synonyms.yaml`, for comparison only.",
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
  "**Synonyms.** The figures that count are without synonyms: neither peer reads a `synonyms.yaml`, so every table's cells, the targets and the misses are from the build without it. This site's engine is also run over a build with the set's `synonyms.yaml`; its overall figures with it are the last rows of each set's split table, for comparison.",
  "",
  '**Dev and test.** Each question is in the dev split (its misses may be read, and are listed below) or the test split (only its score is reported; its misses are listed nowhere, report.json included); a question without a `"split"` counts as test. Scores are given for dev, test and all.',
  "",
);
for (const result of results) {
  const { set } = result;
  const commit = set.source ? docsCommit(set.name) : undefined;
  lines.push(`## ${set.name}`, "");
  lines.push(
    `${set.description ? `${set.description.trim()} ` : ""}${set.questions.length} questions, ${dev(set)} dev and ${set.questions.length - dev(set)} test (\`${shownPath(set.file)}\`), over ${result.articles} articles.${commit ? ` Docs at ${set.source}@${commit}.` : ""} ${result.notes.join(" ")}`,
    "",
  );
  lines.push(...kindTable(result), "", ...splitTable(result), "");
  if (ENGINES.includes("ours")) {
    const missed = devMisses(result);
    if (dev(set) === 0) lines.push("No dev questions in this set: its misses are not shown.", "");
    else if (missed.length === 0)
      lines.push("This site finds every dev question's answer in its first 3 (test questions' misses are not shown).", "");
    else
      lines.push(
        "<details>",
        `<summary>Dev questions this site misses at 3, without synonyms (${missed.length} of ${dev(set)}; test questions' misses are not shown)</summary>`,
        "",
        ...missed,
        "",
        "</details>",
        "",
      );
  }
}
lines.push("## Targets", "");
lines.push("Marked from the figures above (all questions, without synonyms) by `npm run eval`; ✓ met, ✗ not met.", "");
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
  "# the Korean Vue docs likewise (set vue-ko; or ko.javascript.info with --js-tutorial, set js-ko)",
  "git clone --depth 1 https://github.com/vuejs-translations/docs-ko .tmp/docs-ko",
  "npm run eval -- --vue-docs .tmp/docs-ko --sets vue-ko",
  "npm run eval                  # every set whose questions and content are present",
  "npm run eval -- --sets demo --engines ours,pagefind --skip-build --out /tmp/QUALITY.md",
  "```",
  "",
  "Each set's site is built twice: `.tmp/eval/<set>/dist-nosyn` from `.tmp/eval/<set>/content-nosyn`, a copy of its content folder without `synonyms.yaml` (every engine runs over this build), and `.tmp/eval/<set>/dist` from the folder as it is (only this site's engine, for the with-synonyms rows). A folder without `synonyms.yaml` is built once, as is.",
  "",
  'Questions carry `"split": "dev"` or `"split": "test"` (none counts as test); each question file\'s description gives the rule that assigned them. Misses are listed for dev questions only.',
  "",
  `Options: \`--sets ${Object.keys(SETS).join(",")}\` (a set whose questions or converted content are missing is skipped, saying so), \`--engines ours,pagefind,minisearch\`, \`--out docs/QUALITY.md\`, \`--skip-build\` (reuse \`.tmp/eval/<set>/dist-nosyn\` and \`dist\`), ${Object.entries(
    SETS,
  )
    .flatMap(([name, s]) =>
      s.convert
        ? [
            `\`--${s.convert.option} <checkout>\` (convert ${s.convert.repo} with \`${s.convert.script}\` into \`.tmp/eval/${name}/content\` first)`,
          ]
        : [],
    )
    .join(
      ", ",
    )}. Scores per engine and split, and per dev question the top 5, count and rank per engine: \`.tmp/eval/<set>/report.json\` (test questions are not listed there).`,
  "",
);
await mkdir(path.dirname(OUT), { recursive: true });
// Hand-written sections of the file (`## Before and after …`: figures of earlier commits, which this
// run does not measure) are kept at the end, as they were.
const kept = existsSync(OUT)
  ? [...readFileSync(OUT, "utf8").matchAll(/^## Before and after[^\n]*\n[\s\S]*?(?=^## |(?![\s\S]))/gmu)].map((m) =>
      m[0].trimEnd(),
    )
  : [];
await writeFile(OUT, [...lines, ...kept.flatMap((section) => [section, ""])].join("\n"));
const prettier = spawnSync(path.resolve("node_modules/.bin/prettier"), ["--write", OUT], { encoding: "utf8" });
if (prettier.status !== 0) console.error(`prettier --write ${OUT} failed:\n${prettier.stderr}`);
console.log(`\n${lines.filter((l) => /^- [✓✗]/.test(l)).join("\n")}`);
console.error(`wrote ${shownPath(OUT)} in ${f1((performance.now() - startedAll) / 1000)} s`);
