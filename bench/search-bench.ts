// npm run bench [-- --sizes 300,2000,10000]: engine-only benchmark on seeded synthetic corpora.
// Prints build time, file sizes, the bytes a first search downloads, open time and per-query
// latency (search + the first page's highlights and snippets), and checks every answer against
// the brute-force reference.
import os from "node:os";
import { buildSearchFiles } from "../src/build/search/build-search-data";
import { SearchEngine } from "../src/search/engine";
import { MemorySource, type FileSet } from "../src/search/memory-source";
import { parseQuery } from "../src/search/query";
import { referenceSearch } from "../src/search/reference";
import { generateCorpus } from "./corpus";
import { corpusSearchData } from "./corpus-data";
import { addSizes, kb, ms, percentile, sizes, time, type Sizes } from "./measure";
import { ALL_QUERIES } from "./queries";
import { firstPage } from "./search-bench-lib";

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const SIZES = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [300, 2000, 10000];
const ROUNDS = 10;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export function fileSizes(files: FileSet): Map<string, Sizes> {
  return new Map([files.meta, ...files.others].map((file) => [file.name, sizes(file.body)]));
}

console.log(
  `# Search engine benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}\n`,
);
const rows: string[] = [];
for (const size of SIZES) {
  const data = corpusSearchData(generateCorpus(size));
  const [files, buildMs] = time(() => buildSearchFiles(data));
  const bytes = fileSizes(files);
  const all = addSizes(...bytes.values());
  const meta = bytes.get(files.meta.name)!;

  const openTimes: number[] = [];
  const payloads: number[] = [];
  const cold: number[] = [];
  let mismatches = 0;
  for (const query of ALL_QUERIES) {
    const [engine, openMs] = time(() => new SearchEngine(new MemorySource(files)));
    openTimes.push(openMs);
    const [count, elapsed] = await timed(() => firstPage(engine, query));
    cold.push(elapsed);
    const source = engine.source as MemorySource;
    payloads.push(addSizes(...source.loaded.map((name) => bytes.get(name)!)).brotli);
    if (count !== referenceSearch(data.docs, parseQuery(query).terms).length) mismatches++;
  }
  const engine = new SearchEngine(new MemorySource(files));
  for (const query of ALL_QUERIES) await firstPage(engine, query);
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of ALL_QUERIES) {
      engine.forgetQueries();
      warm.push((await timed(() => firstPage(engine, query)))[1]);
    }
  }

  rows.push(
    `| ${size.toLocaleString("en")} | ${ms(buildMs)} | ${bytes.size} files, ${kb(all.raw)} / ${kb(all.brotli)} | ${kb(meta.brotli)} | ${kb(percentile(payloads, 50))} / ${kb(percentile(payloads, 95))} / ${kb(Math.max(...payloads))} | ${ms(percentile(openTimes, 50))} | ${ms(percentile(cold, 50))} / ${ms(percentile(cold, 95))} | ${ms(percentile(warm, 50))} / ${ms(percentile(warm, 95))} | ${mismatches === 0 ? "exact" : `${mismatches} MISMATCHES`} |`,
  );
  console.error(`measured ${size}`);
}
console.log(
  "| articles | build search files | all files raw / brotli | meta (brotli) | first search downloads p50 / p95 / max (brotli) | open (parse meta) | first query p50 / p95 (cold files) | query p50 / p95 (warm) | answers vs reference |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|:--|");
for (const row of rows) console.log(row);
console.log(`\nQuery mix (${ALL_QUERIES.length} queries, ${ROUNDS} warm rounds): ${ALL_QUERIES.join(", ")}`);
console.log(
  "A first search starts from a fresh engine: meta, the term shards the query touches, doc blocks to verify long terms and for the 10 results shown, initials for ㅊㅂ-style queries. Query time includes highlighting and snippets of the first page.",
);
