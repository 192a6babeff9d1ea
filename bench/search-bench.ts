// npm run bench [-- --sizes 300,2000,10000 --typing-sizes 2000,10000 --no-browser]: benchmark on seeded synthetic corpora.
// Prints build time, file sizes, the bytes a first search downloads, open time and per-query
// latency (search + the first page's highlights and snippets) for a keyword mix and a question mix,
// and checks every answer against the brute-force reference (questions may only add articles).
// Then, unless --no-browser, builds sites and types into the header box in Chromium (instant-bench.ts).
import os from "node:os";
import { buildSearchFiles, type SearchFiles } from "../src/node/search/search-files";
import { SearchEngine } from "../src/search/engine";
import { MemorySource } from "./memory-source";
import { Oracle } from "./oracle";
import { articleCounts, readOptions } from "./cli";
import { generateCorpus } from "./corpus";
import { corpusSearchData } from "./corpus-data";
import { addSizes, kb, ms, percentile, replaceSection, sizes, time, type Sizes } from "./measure";
import { ALL_QUERIES, ALL_QUESTIONS } from "./queries";
import { firstPage } from "./search-bench-lib";

const { values: options } = readOptions(
  {
    options: {
      sizes: { type: "string", default: "300,2000,10000" },
      "typing-sizes": { type: "string", default: "2000,10000" },
      "no-browser": { type: "boolean", default: false },
    },
  },
  "npm run bench [-- --sizes 300,2000,10000] [--typing-sizes 2000,10000] [--no-browser]",
);
const SIZES = articleCounts("sizes", options.sizes);
const ROUNDS = 10;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export function fileSizes(files: SearchFiles): Map<string, Sizes> {
  return new Map([files.meta, ...files.upFront, ...files.others].map((file) => [file.name, sizes(file.body)]));
}

console.log(
  `# Search engine benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}\n`,
);
const rows: string[] = [];
const targets: string[] = [];
for (const size of SIZES) {
  const data = corpusSearchData(generateCorpus(size));
  // Recall and precision against a scan that shares no code with the engine.
  const oracle = new Oracle(data.docs, data.synonyms ?? []);
  const [files, buildMs] = time(() => buildSearchFiles(data));
  const bytes = fileSizes(files);
  const all = addSizes(...bytes.values());
  const meta = bytes.get(files.meta.name)!;

  const openTimes: number[] = [];
  /** Cold and warm timings, downloads and reference checks for one query mix. */
  const measureMix = async (queries: readonly string[], exactOnly: boolean) => {
    const payloads: number[] = [];
    const cold: number[] = [];
    let mismatches = 0;
    for (const query of queries) {
      const [engine, openMs] = time(() => new SearchEngine(new MemorySource(files)));
      openTimes.push(openMs);
      const [{ count, corrected }, elapsed] = await timed(() => firstPage(engine, query));
      cold.push(elapsed);
      const source = engine.source as MemorySource;
      payloads.push(addSizes(...source.loaded.map((name) => bytes.get(name)!)).brotli);
      const expected = oracle.search(query).length;
      // Keywords: exactly the reference; a keyword no article has as typed may only find articles
      // through a reading the page names (a correction, a compound split). Questions may add
      // articles, never lose one.
      const keywordOk = expected > 0 ? count === expected : count === 0 || corrected !== null;
      if (exactOnly ? !keywordOk : count < expected) mismatches++;
    }
    const engine = new SearchEngine(new MemorySource(files));
    for (const query of queries) await firstPage(engine, query);
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of queries) {
        engine.forgetQueries();
        warm.push((await timed(() => firstPage(engine, query)))[1]);
      }
    }
    return { payloads, cold, warm, mismatches };
  };
  const row = (label: string, m: Awaited<ReturnType<typeof measureMix>>) =>
    `| ${size.toLocaleString("en")} | ${label} | ${ms(buildMs)} | ${bytes.size} files, ${kb(all.raw)} / ${kb(all.brotli)} | ${kb(meta.brotli)} | ${kb(percentile(m.payloads, 50))} / ${kb(percentile(m.payloads, 95))} / ${kb(Math.max(...m.payloads))} | ${ms(percentile(openTimes, 50))} | ${ms(percentile(m.cold, 50))} / ${ms(percentile(m.cold, 95))} | ${ms(percentile(m.warm, 50))} / ${ms(percentile(m.warm, 95))} | ${m.mismatches === 0 ? "exact" : `${m.mismatches} MISMATCHES`} |`;
  const keywords = await measureMix(ALL_QUERIES, true);
  const questions = await measureMix(ALL_QUESTIONS, false);
  rows.push(row("keywords", keywords));
  rows.push(row("questions", questions));
  if (size === 10000) {
    const p95 = percentile([...keywords.warm, ...questions.warm], 95);
    targets.push(
      `- ${p95 <= 20 ? "✓" : "✗"} 10,000: per-keystroke p95 ≤ 20 ms, keywords and questions (stemmed, corrected, relaxed), files loaded: ${ms(p95)} (keywords ${ms(percentile(keywords.warm, 95))}, questions ${ms(percentile(questions.warm, 95))})`,
    );
  }
  console.error(`measured ${size}`);
}
console.log(
  "| articles | queries | build search files | all files raw / brotli | meta (brotli) | first search downloads p50 / p95 / max (brotli) | open (parse meta) | first query p50 / p95 (cold files) | query p50 / p95 (warm) | answers vs reference |",
);
console.log("|---:|:--|---:|---:|---:|---:|---:|---:|---:|:--|");
for (const row of rows) console.log(row);
console.log(`\nKeyword mix (${ALL_QUERIES.length} queries, ${ROUNDS} warm rounds): ${ALL_QUERIES.join(", ")}`);
console.log(`Question mix (${ALL_QUESTIONS.length} queries): ${ALL_QUESTIONS.join(", ")}`);
console.log(
  "A first search starts from a fresh engine: meta, the term shards the query touches, doc blocks to verify long terms and for the 10 results shown, initials files for queries of three initials or more (one or two read the term shards). Query time includes highlighting and snippets of the first page.",
);

// The browser part: typing into the header box of a built site (bench/instant-bench.ts).
let typing: string[] = [];
if (!options["no-browser"]) {
  const typingSizes = articleCounts("typing-sizes", options["typing-sizes"]);
  const { runInstantBench } = await import("./instant-bench");
  const result = await runInstantBench(typingSizes);
  // One section in the report: the typing table's heading goes a level down.
  typing = result.lines.map((line) => line.replace(/^## /, "### "));
  const at10k = result.longTasks.get(10000);
  if (at10k !== undefined)
    targets.push(`- ${at10k === 0 ? "✓" : "✗"} 10,000: no main-thread task over 50 ms while typing (${at10k} seen)`);
  // Issue 18's typing targets at 10,000 articles.
  const keys = result.keys.get(10000);
  if (keys) {
    targets.push(`- ${keys.firstP50 <= 150 ? "✓" : "✗"} 10,000: first key ≤ 150 ms while typing (p50 ${ms(keys.firstP50)})`);
    targets.push(`- ${keys.laterP95 <= 50 ? "✓" : "✗"} 10,000: later keys p95 ≤ 50 ms while typing (${ms(keys.laterP95)})`);
  }
}

// Its section of docs/BENCHMARKS.md (replaced on each run; bench:compare keeps it).
if (SIZES.includes(10000)) {
  const section = [
    "## Engine and typing",
    "",
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}): the search engine over the search files in Node, each query from a fresh engine (cold) and again with its files loaded (warm), answers checked against the brute-force reference; then typing into a built site's header box in Chromium.`,
    "",
    "| articles | queries | build search files | all files raw / brotli | meta (brotli) | first search downloads p50 / p95 / max (brotli) | open (parse meta) | first query p50 / p95 (cold files) | query p50 / p95 (warm) | answers vs reference |",
    "|---:|:--|---:|---:|---:|---:|---:|---:|---:|:--|",
    ...rows,
    ...typing,
    "",
    ...targets,
    "",
  ].join("\n");
  const out = "docs/BENCHMARKS.md";
  await replaceSection(out, section);
  console.error(`wrote the "Engine and typing" section of ${out}`);
}
