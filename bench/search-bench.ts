// npm run bench [-- --sizes 300,2000,10000]: engine-only benchmark on seeded synthetic corpora.
// Prints index build time, payload sizes, load time and per-query latency (search + first page of
// highlights and snippets), and checks every answer against the brute-force reference.
import MiniSearch from "minisearch";
import os from "node:os";
import { buildIndex } from "../src/build/search/build-search-data";
import { SearchEngine } from "../src/search/engine";
import { miniSearchOptions } from "../src/search/index-options";
import { highlight } from "../src/search/highlight";
import { makeSnippet } from "../src/search/snippet";
import { parseQuery } from "../src/search/query";
import { referenceSearch } from "../src/search/reference";
import type { SearchData } from "../src/search/types";
import { generateCorpus } from "./corpus";
import { corpusSearchData } from "./corpus-data";
import { addSizes, kb, ms, percentile, sizes, time } from "./measure";
import { ALL_QUERIES } from "./queries";

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const SIZES = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [300, 2000, 10000];
const ROUNDS = 10;

function firstPage(engine: SearchEngine, query: string): number {
  const outcome = engine.search(query);
  const { terms } = outcome.query;
  for (const hit of outcome.hits.slice(0, 10)) {
    highlight(hit.doc.title, terms, true);
    makeSnippet(hit.doc.body, terms);
  }
  return outcome.hits.length;
}

function loadEngine(indexJson: string, docsJson: string): SearchEngine {
  return new SearchEngine(MiniSearch.loadJSON(indexJson, miniSearchOptions), JSON.parse(docsJson) as SearchData);
}

console.log(`# Search engine benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}\n`);
const rows: string[] = [];
for (const size of SIZES) {
  const data = corpusSearchData(generateCorpus(size));
  const [indexJson, buildMs] = time(() => JSON.stringify(buildIndex(data)));
  const docsJson = JSON.stringify(data);
  const indexSize = sizes(indexJson);
  const docsSize = sizes(docsJson);
  const total = addSizes(indexSize, docsSize);

  const loadTimes = Array.from({ length: 5 }, () => time(() => loadEngine(indexJson, docsJson))[1]);
  const engine = loadEngine(indexJson, docsJson);

  let mismatches = 0;
  const firstRun: number[] = [];
  for (const query of ALL_QUERIES) {
    const [count, elapsed] = time(() => firstPage(engine, query));
    firstRun.push(elapsed);
    if (count !== referenceSearch(data.docs, parseQuery(query).terms).length) mismatches++;
  }
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const query of ALL_QUERIES) warm.push(time(() => firstPage(engine, query))[1]);

  rows.push(
    `| ${size.toLocaleString("en")} | ${ms(buildMs)} | ${kb(indexSize.raw)} / ${kb(indexSize.gzip)} / ${kb(indexSize.brotli)} | ${kb(docsSize.raw)} / ${kb(docsSize.gzip)} / ${kb(docsSize.brotli)} | ${kb(total.brotli)} | ${ms(percentile(loadTimes, 50))} | ${ms(percentile(firstRun, 50))} / ${ms(percentile(firstRun, 95))} | ${ms(percentile(warm, 50))} / ${ms(percentile(warm, 95))} | ${mismatches === 0 ? "exact" : `${mismatches} MISMATCHES`} |`,
  );
  console.error(`measured ${size}`);
}
console.log("| articles | index build | index raw / gzip / brotli | docs raw / gzip / brotli | first search payload (brotli) | load + deserialise (p50) | first query p50 / p95 | query p50 / p95 | answers vs reference |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|:--|");
for (const row of rows) console.log(row);
console.log(`\nQuery mix (${ALL_QUERIES.length} queries, ${ROUNDS} warm rounds): ${ALL_QUERIES.join(", ")}`);
console.log("Query time includes highlighting the titles and making the snippets of the first page (10 results).");
