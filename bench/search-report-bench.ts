// npm run bench:report [-- --events 1000000 --runs 3]: `npm run search-report` over a generated log.
// Writes a seeded, realistic search-event log to .tmp/search-report-bench/ (Korean queries from
// bench/corpus.ts's words, Zipf-distributed with a long tail of typos, about 15% zero-result
// searches, common misspellings reformulated into the right word, pages and sort changes re-sent,
// old lines without `view`, a few browsers with a clock hours off, a few malformed lines), then runs
// the CLI on it as a child process under GNU time (`/usr/bin/time -v`) for its wall time and peak
// RSS, then once over a worst case for memory (every query and page view new), and writes the
// section "Search report (issue 20)" of docs/BENCHMARKS.md (replaced on each run of 1,000,000
// events). The budget: 1,000,000 events within 30 s and under 1 GB.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import type { SearchEvent } from "../src/shared/search-event";
import { LATIN, NOUNS, random } from "./corpus";
import { replaceSection } from "./measure";

const { values } = parseArgs({ options: { events: { type: "string" }, runs: { type: "string" } } });
const EVENTS = Number(values.events ?? 1_000_000);
const RUNS = Number(values.runs ?? 3);
const DIR = ".tmp/search-report-bench";
const LOG = `${DIR}/search-${EVENTS}.ndjson`;
const WORST_LOG = `${DIR}/worst-${EVENTS}.ndjson`;
const TIME = "/usr/bin/time";
const BUDGET = { seconds: 30, bytes: 1024 ** 3 };
const SEED = 20261208;
const START = Date.parse("2026-11-01T00:00:00.000Z");
/** Mean seconds between two events of the whole site: 1,000,000 events span about two weeks. */
const MEAN_GAP_S = 1.2;
/** Page views open at once: a view's next event comes about this many events later (~1 minute). */
const CONCURRENT_VIEWS = 48;

/** Zero-result words people type and the word they find next: the reformulations the report should surface. */
const MISSPELLINGS: [string, string][] = [
  ["웹후크", "webhook"],
  ["탬플릿", "템플릿"],
  ["쳇봇", "챗봇"],
  ["알람", "알림"],
  ["결재", "결제"],
  ["세금 계산서 발급", "세금계산서"],
  ["영수증 출력", "영수증"],
  ["비번", "비밀번호"],
  ["로그인이 안돼요", "로그인"],
  ["엑셀 다운", "다운로드"],
  ["카톡 연동", "연동"],
  ["상담사 배정", "배분"],
  ["대쉬보드", "대시보드"],
  ["리포트 메일", "리포트"],
  ["쿠폰 코드", "쿠폰"],
  ["환불 신청", "환불"],
  ["계정 삭제", "계정"],
  ["apikey", "API"],
  ["사업자 변경", "사업자"],
  ["휴무일", "휴일"],
];

const rand = random(SEED);
const int = (n: number) => Math.floor(rand() * n);
const one = <T>(list: readonly T[]): T => list[int(list.length)]!;

/** Queries by popularity: one word first, then pairs (spaced and not), questions, then three words. */
function vocabulary(): { queries: string[]; zero: Uint8Array } {
  const shuffled = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  };
  const words = [...NOUNS, ...LATIN];
  const singles = shuffled([...words]);
  const pairs = shuffled(
    NOUNS.flatMap((a) => NOUNS.filter((b) => b !== a).map((b) => (rand() < 0.7 ? `${a} ${b}` : `${a}${b}`))),
  );
  const questions = shuffled(
    NOUNS.flatMap((a) => [`${a} 방법`, `${a} 안 돼요`, `${a} 어디서 하나요`, `${a} 변경하고 싶어요`, `${a} 오류`, `${a} 확인`]),
  );
  const triples = shuffled(Array.from({ length: 300_000 }, () => `${one(NOUNS)} ${one(NOUNS)} ${one(words)}`));
  const queries = [...new Set([...singles, ...pairs.slice(0, 20_000), ...questions, ...pairs.slice(20_000), ...triples])];
  // Rare and long queries find nothing more often.
  const zero = Uint8Array.from(queries, (_, rank) => (rand() < (rank < 1_000 ? 0.005 : rank < 40_000 ? 0.05 : 0.12) ? 1 : 0));
  return { queries, zero };
}

/** Zipf (s = 0.9: a long tail of rare queries) over ranks, by binary search in the cumulative weights. */
function zipfSampler(size: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) cumulative[i] = total += 1 / (i + 1) ** 0.9;
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** One Hangul syllable replaced by another: a typo nobody else makes, found by nothing. */
function typo(query: string): string {
  const chars = [...query];
  const hangul = chars.flatMap((ch, i) => (ch >= "가" && ch <= "힣" ? [i] : []));
  if (hangul.length === 0) return `${query}ㅇ`;
  chars[one(hangul)] = String.fromCharCode(0xac00 + int(11172));
  return chars.join("");
}

const { queries, zero } = vocabulary();
const sampleRank = zipfSampler(queries.length);
/** An event before it is given its time, when it is written. */
type Unwritten = SearchEvent extends infer E ? (E extends SearchEvent ? Omit<E, "at"> : never) : never;

const articles = Array.from({ length: 2_000 }, (_, i) => `article-${i}`);

/** A page view's events, in order, without times (given when they are written). */
function viewEvents(): Unwritten[] {
  const view = Math.floor(rand() * 36 ** 10).toString(36);
  if (rand() < 0.03) return [{ type: "feedback", article: one(articles), helpful: rand() < 0.7, view }];
  const source = rand() < 0.3 ? "dropdown" : "page";
  const events: Unwritten[] = [];
  const searches = 1 + (rand() < 0.45 ? 1 + (rand() < 0.35 ? 1 : 0) : 0);
  let next: { q: string; count: number; mustClick: boolean } | undefined;
  for (let s = 0; s < searches || next; s++) {
    let q: string;
    let count: number;
    let mustClick = false;
    let fix: string | undefined;
    if (next) {
      ({ q, count, mustClick } = next);
      next = undefined;
    } else if (rand() < 0.03) {
      const [wrong, right] = one(MISSPELLINGS);
      q = wrong;
      count = 0;
      fix = right;
    } else {
      const rank = sampleRank();
      const right = queries[rank]!;
      if (rand() < 0.1) {
        q = typo(right);
        count = 0;
        fix = right;
      } else {
        q = right;
        count = zero[rank] ? 0 : 1 + int(rand() < 0.5 ? 10 : 300);
      }
    }
    // As typed: sometimes with other case or extra spaces, which the report normalises away.
    const typed = rand() < 0.05 ? ` ${q.toUpperCase()}  ` : q;
    const corrected = rand() < 0.04 && count > 0;
    const base = {
      q: corrected ? typo(typed) : typed,
      query: typed,
      count,
      category: "",
      sort: "relevance",
      source,
      view,
    } as const;
    const mode = count === 0 ? "relaxed" : corrected ? "corrected" : "exact";
    events.push({ type: "search", ...base, mode, page: 1 });
    if (count > 10 && rand() < 0.08) events.push({ type: "search", ...base, mode, page: 2 });
    if (count > 1 && rand() < 0.04) events.push({ type: "search", ...base, mode, sort: "date", page: 1 });
    if (count > 0 && (mustClick || rand() < 0.5)) {
      const clicks = rand() < 0.15 ? 2 : 1;
      for (let c = 0; c < clicks; c++) {
        let rank = 1;
        while (rank < count && rand() < 0.45) rank++;
        events.push({ type: "click", ...base, mode, page: rank > 10 ? 2 : 1, article: one(articles), rank });
      }
    }
    if (fix !== undefined && rand() < 0.6) next = { q: fix, count: 1 + int(50), mustClick: rand() < 0.85 };
  }
  return events;
}

const MALFORMED = [
  (line: string) => line.slice(0, Math.floor(line.length / 2)),
  (line: string) => line.replace(/"count":(\d+)/, '"count":"$1"'),
  (line: string) => line.replace(/"at":"[^"]*",?/, ""),
  () => "<html>502 Bad Gateway</html>",
];

async function writeLog(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const out = createWriteStream(LOG);
  const pool: { events: Unwritten[]; skew: number }[] = [];
  let time = START;
  let chunk: string[] = [];
  for (let written = 0; written < EVENTS;) {
    while (pool.length < CONCURRENT_VIEWS)
      pool.push({ events: viewEvents(), skew: rand() < 0.005 ? (rand() < 0.5 ? -3 : 3) * 3_600_000 : 0 });
    const slot = int(pool.length);
    const view = pool[slot]!;
    const event = view.events.shift()!;
    if (view.events.length === 0) pool.splice(slot, 1);
    time += -Math.log(1 - rand()) * MEAN_GAP_S * 1000;
    const at = new Date(time + view.skew).toISOString();
    // The first 2% of the log predates `view`.
    const { view: id, ...rest } = event;
    let line = JSON.stringify(written < EVENTS * 0.02 ? { ...rest, at } : { ...rest, at, view: id });
    if (rand() < 0.0001) line = one(MALFORMED)(line);
    chunk.push(line);
    written++;
    if (chunk.length === 5_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
    }
  }
  out.end(chunk.length > 0 ? `${chunk.join("\n")}\n` : "");
  await once(out, "finish");
}

/**
 * The worst case for memory: every query and every page view new, all at one time, so nothing can
 * be closed by time and only the caps on open views and distinct queries bound memory. Every third
 * line is a click on the search before it.
 */
async function writeWorstLog(): Promise<void> {
  const out = createWriteStream(WORST_LOG);
  const fields = { mode: "exact", category: "", sort: "relevance", page: 1, source: "page", at: new Date(START).toISOString() };
  let chunk: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const n = i - (i % 3 === 2 ? 1 : 0);
    const query = `질문${n.toString(36)} 확인`;
    const common = { q: query, query, count: n % 2 === 0 ? 0 : 5, ...fields, view: `w${n.toString(36)}` };
    chunk.push(JSON.stringify(i % 3 === 2 ? { type: "click", ...common, article: "a", rank: 1 } : { type: "search", ...common }));
    if (chunk.length === 5_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
    }
  }
  out.end(chunk.length > 0 ? `${chunk.join("\n")}\n` : "");
  await once(out, "finish");
}

interface Run {
  seconds: number;
  rssBytes: number;
  output: string;
}

/** The CLI in a child process of its own, as `npm run search-report` runs it (tsx compiling the TypeScript), under GNU time. */
function runReport(log: string): Run {
  const child = spawnSync(
    TIME,
    ["-v", process.execPath, "--import", "tsx", "src/node/insights/cli.ts", log, "--out", `${DIR}/report.html`],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`search-report failed (${child.status}):\n${child.stderr}`);
  const field = (name: string) => child.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? "";
  // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34"
  const seconds = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")
    .split(":")
    .reduce((total, part) => total * 60 + Number(part), 0);
  const rssBytes = Number(field("Maximum resident set size \\(kbytes\\)")) * 1024;
  if (!(seconds > 0) || !(rssBytes > 0)) throw new Error(`could not read GNU time's output:\n${child.stderr}`);
  return { seconds, rssBytes, output: child.stdout };
}

if (!existsSync(TIME)) {
  console.error(`${TIME} is missing: install GNU time (Debian: apt-get install time), which measures the report's peak memory`);
  process.exit(1);
}
const generateStart = performance.now();
await writeLog();
const logBytes = statSync(LOG).size;
console.error(
  `wrote ${LOG}: ${(logBytes / 1024 ** 2).toFixed(0)} MB in ${((performance.now() - generateStart) / 1000).toFixed(1)} s`,
);

// Another job on this small machine changes the times: the load before the runs goes in the note.
const loadBefore = os.loadavg()[0]!;
const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  runs.push(runReport(LOG));
  console.error(`run ${i + 1}: ${runs.at(-1)!.seconds.toFixed(1)} s, ${(runs.at(-1)!.rssBytes / 1024 ** 2).toFixed(0)} MB`);
}
await writeWorstLog();
const worstBytes = statSync(WORST_LOG).size;
const worst = runReport(WORST_LOG);
console.error(`worst case: ${worst.seconds.toFixed(1)} s, ${(worst.rssBytes / 1024 ** 2).toFixed(0)} MB`);

const output = runs[0]!.output;
const figure = (text: string, label: string) => text.match(new RegExp(`^${label} +(\\S+)`, "m"))?.[1] ?? "?";
const figures = (text: string) =>
  `${figure(text, "Searches")} | ${figure(text, "Distinct queries")} | ${figure(text, "Zero-result rate")} | ${text.match(/(\d[\d,]*) bad/)?.[1] ?? "?"}`;
const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const rss = Math.max(...runs.map((r) => r.rssBytes));
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
console.log(output.split("\n").slice(0, 14).join("\n"));

const section = [
  "## Search report (issue 20)",
  "",
  `Measured by \`npm run bench:report\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}): \`npm run search-report\` over a generated log, with \`--out\` (the HTML page written too), as a child process under GNU time (\`/usr/bin/time -v\`): the wall time includes starting Node and tsx compiling the TypeScript; the memory is the process's peak resident set. Load average (1 min) before the runs: ${loadBefore.toFixed(2)}.`,
  "",
  `The log (seed ${SEED}): page views of one to three searches with clicks, ${CONCURRENT_VIEWS} open at a time, over about two weeks; queries from \`bench/corpus.ts\`'s words (one word, pairs spaced and unspaced, questions, three words), Zipf-distributed (s = 0.9), 10% of them with a typo that finds nothing; 20 common misspellings that find nothing, followed 60% of the time by the right word; pages and sort changes re-sent; 2% of the lines without \`view\`, 0.5% of views with a clock 3 hours off, 1 line in 10,000 malformed.`,
  "",
  "The worst case for memory (one run): every query and every page view new, all at one time, so that no view can be closed by time: the caps on open page views (200,000) and distinct queries (500,000, the rarest dropped from the lists beyond) are all that bound it.",
  "",
  "| log | events | log size | searches (settled) | distinct queries | zero-result rate | bad lines | wall time | peak RSS |",
  "|:--|---:|---:|---:|---:|---:|---:|---:|---:|",
  `| realistic (median time, largest memory of ${RUNS} runs) | ${EVENTS.toLocaleString("en-US")} | ${mb(logBytes)} | ${figures(output)} | ${seconds.toFixed(1)} s | ${mb(rss)} |`,
  `| worst case | ${EVENTS.toLocaleString("en-US")} | ${mb(worstBytes)} | ${figures(worst.output)} | ${worst.seconds.toFixed(1)} s | ${mb(worst.rssBytes)} |`,
  "",
  `- ${seconds <= BUDGET.seconds ? "✓" : "✗"} ${EVENTS.toLocaleString("en-US")} events within ${BUDGET.seconds} s: ${seconds.toFixed(1)} s (runs: ${runs.map((r) => `${r.seconds.toFixed(1)} s`).join(", ")}; worst case ${worst.seconds.toFixed(1)} s)`,
  `- ${Math.max(rss, worst.rssBytes) < BUDGET.bytes ? "✓" : "✗"} under 1 GB resident: ${mb(rss)} (runs: ${runs.map((r) => mb(r.rssBytes)).join(", ")}; worst case ${mb(worst.rssBytes)})`,
  "",
].join("\n");
if (EVENTS === 1_000_000) {
  await replaceSection("docs/BENCHMARKS.md", section);
  console.error('wrote the "Search report (issue 20)" section of docs/BENCHMARKS.md');
} else console.log(`\n${section}`);
