// npm run search-report: a small log written by hand, and every figure of its summary worked out by
// hand in the comments (none computed with the code under test); the HTML page's escaping; the CLI.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ContentProblem } from "../../src/node/content/problems";
import { readSynonyms } from "../../src/node/content/synonyms-file";
import { readEvents, type ReadStats } from "../../src/node/insights/read-events";
import { reportHtml } from "../../src/node/insights/report-html";
import { reportText } from "../../src/node/insights/report-text";
import { SearchLogSummariser, type Summary } from "../../src/node/insights/summarise";
import { synonymSuggestionYaml } from "../../src/node/insights/synonym-suggestions";
import { parseSearchEvent } from "../../src/shared/search-event";

const at = (hms: string) => `2026-12-01T${hms}.000Z`;
const base = { mode: "exact", category: "", sort: "relevance", page: 1, source: "page" };

function search(view: string | undefined, hms: string, query: string, count: number, more: object = {}): string {
  return JSON.stringify({ type: "search", q: query, query, count, ...base, at: at(hms), ...(view ? { view } : {}), ...more });
}
function click(view: string | undefined, hms: string, query: string, rank: number, article: string, more: object = {}): string {
  return JSON.stringify({
    type: "click",
    q: query,
    query,
    count: 9,
    ...base,
    at: at(hms),
    ...(view ? { view } : {}),
    article,
    rank,
    ...more,
  });
}

// Line numbers as an editor shows them. Views: A–G (each a page load); some old lines have none.
const LINES = [
  /*  1 */ `\uFEFF${search("A", "09:00:00", "결재", 0)}`, // a byte order mark: still a good line
  /*  2 */ search("A", "09:00:20", "결제", 12),
  /*  3 */ "{not json",
  /*  4 */ click("A", "09:00:25", "결제", 2, "pay-card"),
  /*  5 */ search("A", "09:00:40", "결제", 12, { page: 2 }), // page 2: the same search
  /*  6 */ click("A", "09:00:45", "결제", 11, "pay-refund"),
  /*  7 */ "",
  /*  8 */ `${search("B", "09:01:00", " Webhook  설정 ", 5)}\r`, // CRLF; counted as "webhook 설정"
  /*  9 */ search("B", "09:01:10", "webhook 설정", 5, { sort: "date" }), // a sort change: the same search
  /* 10 */ JSON.stringify({ type: "search", q: "요금", query: "요금", ...base, at: at("09:01:20"), view: "B" }), // no count
  /* 11 */ search("B", "09:02:00", "웹훅", 3),
  /* 12 */ click("B", "09:02:05", "웹훅", 1, "webhook"),
  /* 13 */ search("C", "09:03:00", "챗봇", 7, { q: "쳇봇", mode: "corrected" }),
  /* 14 */ search("C", "09:03:30", "환불 방법", 0),
  /* 15 */ search("C", "09:09:00", "환불", 4), // 5½ minutes later: the view starts afresh, no reformulation
  /* 16 */ click("C", "09:09:10", "환불", 1, "refund"),
  /* 17 */ click("C", "09:09:20", "환불", 1, "refund", { rank: "2" }), // rank is text
  /* 18 */ "   ",
  /* 19 */ search("D", "09:10:00", "결재", 0, { source: "dropdown" }),
  /* 20 */ search("D", "09:10:30", "결제", 12, { source: "dropdown" }),
  /* 21 */ click("D", "09:10:31", "결제", 1, "pay-card", { source: "dropdown" }),
  /* 22 */ search("E", "09:11:00", "알람", 0),
  /* 23 */ search("E", "09:11:20", "알림 설정", 0),
  /* 24 */ search("E", "09:11:40", "알림", 9),
  /* 25 */ click("E", "09:11:50", "알림", 3, "alarm"),
  /* 26 */ click("E", "09:12:00", "다른 검색", 4, "other"), // no open search for that query
  /* 27 */ JSON.stringify({ type: "pageview", at: at("09:12:30") }),
  /* 28 */ search("G", "09:15:00", "요금", 20),
  /* 29 */ search("G", "09:15:10", "요금", 20, { page: 2 }),
  /* 30 */ search("G", "09:16:00", "요금제 변경", 0),
  /* 31 */ search(undefined, "09:20:00", "ERROR", 0), // old lines without view: grouped by time
  /* 32 */ search(undefined, "09:20:30", "오류", 6),
  /* 33 */ click(undefined, "09:20:40", "오류", 1, "error-codes"),
  /* 34 */ JSON.stringify({ type: "feedback", article: "pay-card", helpful: true, at: at("09:30:00") }),
  /* 35 */ JSON.stringify({
    type: "feedback",
    article: "pay-card",
    helpful: false,
    at: at("09:31:00"),
    view: "F",
    source: "page",
    q: "결제",
    query: "결제",
  }),
  /* 36 */ JSON.stringify({ type: "feedback", article: "webhook", helpful: true, at: at("09:32:00") }),
  /* 37 */ JSON.stringify({ type: "feedback", article: "pay-card", helpful: true, at: at("09:33:00") }),
  /* 38 */ search(undefined, "09:40:00", "오류", 6), // 19 minutes after the last view-less line: a group of its own
];

// By hand. Settled searches, per view (z = zero results, c = clicked, n = results but no click):
//   A: 결재 z, 결제 c (line 5 re-sends it)          → reformulation 결재 → 결제
//   B: webhook 설정 n (line 9 re-sends it), 웹훅 c
//   C: 챗봇 n, 환불 방법 z, 환불 c (5½ minutes apart: no pair)
//   D: 결재 z, 결제 c                               → 결재 → 결제 again
//   E: 알람 z, 알림 설정 z, 알림 c                   → 알람 → 알림, 알림 설정 → 알림
//   G: 요금 n (page 2 re-sends it), 요금제 변경 z (nothing after it)
//   no view, 09:20: error z, 오류 c                 → error → 오류;  09:40: 오류 n
// Searches 17 = 7 zero + 6 clicked + 4 no click. Search events: 3+3+3+2+3+3+3 = 20.
// Clicks (good lines): ranks 2, 11, 1, 1, 1, 3, 4, 1 = 24 over 8 → mean 3.00; line 26's matched no search.
// Feedback: pay-card 2 helpful / 1 not, webhook 1 / 0.
// Lines: 38; blank 7 and 18; bad 3 (not JSON), 10 (no count), 17 (rank text), 27 (unknown type);
// events 38 − 2 − 4 = 32.

let dir = "";
let logFile = "";
let lines: ReadStats;
let summary: Summary;

async function summariseFile(file: string, top = 20): Promise<{ lines: ReadStats; summary: Summary }> {
  const summariser = new SearchLogSummariser();
  const stats = await readEvents(file, (event) => summariser.add(event));
  return { lines: stats, summary: summariser.result(top) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "search-report-"));
  logFile = path.join(dir, "search.ndjson");
  await writeFile(logFile, `${LINES.join("\n")}\n`);
  ({ lines, summary } = await summariseFile(logFile));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("search report over a hand-written log", () => {
  test("lines: good, blank and bad, with the first bad lines' reasons", () => {
    expect(lines).toEqual({
      lines: 38,
      events: 32,
      blank: 2,
      bad: 4,
      firstBad: [
        { line: 3, reason: "not JSON" },
        { line: 10, reason: 'missing "count"' },
        { line: 17, reason: '"rank" must be a whole number ≥ 1, got "2"' },
        { line: 27, reason: '"type" must be search, click or feedback, got "pageview"' },
      ],
    });
  });

  test("searches, zero results, clicks", () => {
    expect(summary.events).toEqual({ search: 20, click: 8, feedback: 4, withoutView: 4 });
    expect(summary.searches).toBe(17);
    expect(summary.zeroResult).toBe(7);
    expect(summary.clickedSearches).toBe(6);
    expect(summary.noClickSearches).toBe(4);
    expect(summary.clicks).toBe(8);
    expect(summary.clicksWithoutSearch).toBe(1);
    expect(summary.meanClickRank).toBe(3);
    expect(summary.distinctQueries).toBe(14);
    expect(summary.from).toBe("2026-12-01T09:00:00.000Z");
    expect(summary.to).toBe("2026-12-01T09:40:00.000Z");
    expect(summary.days).toEqual([{ day: "2026-12-01", searches: 17, zeroResult: 7 }]);
    expect(summary.droppedQueries).toBe(0);
  });

  test("top queries, zero-result queries and queries with results but no click", () => {
    // Most searches first; ties in code-unit order (Latin before Hangul).
    expect(summary.topQueries).toEqual([
      { query: "결재", searches: 2, zeroResult: 2, clicked: 0 },
      { query: "결제", searches: 2, zeroResult: 0, clicked: 2 },
      { query: "오류", searches: 2, zeroResult: 0, clicked: 1 },
      { query: "error", searches: 1, zeroResult: 1, clicked: 0 },
      { query: "webhook 설정", searches: 1, zeroResult: 0, clicked: 0 },
      { query: "알람", searches: 1, zeroResult: 1, clicked: 0 },
      { query: "알림", searches: 1, zeroResult: 0, clicked: 1 },
      { query: "알림 설정", searches: 1, zeroResult: 1, clicked: 0 },
      { query: "요금", searches: 1, zeroResult: 0, clicked: 0 },
      { query: "요금제 변경", searches: 1, zeroResult: 1, clicked: 0 },
      { query: "웹훅", searches: 1, zeroResult: 0, clicked: 1 },
      { query: "챗봇", searches: 1, zeroResult: 0, clicked: 0 },
      { query: "환불", searches: 1, zeroResult: 0, clicked: 1 },
      { query: "환불 방법", searches: 1, zeroResult: 1, clicked: 0 },
    ]);
    expect(summary.topZeroResult).toEqual([
      { query: "결재", searches: 2 },
      { query: "error", searches: 1 },
      { query: "알람", searches: 1 },
      { query: "알림 설정", searches: 1 },
      { query: "요금제 변경", searches: 1 },
      { query: "환불 방법", searches: 1 },
    ]);
    expect(summary.topNoClick).toEqual([
      { query: "webhook 설정", searches: 1 },
      { query: "오류", searches: 1 },
      { query: "요금", searches: 1 },
      { query: "챗봇", searches: 1 },
    ]);
  });

  test("reformulations and feedback", () => {
    expect(summary.reformulationCount).toBe(5);
    expect(summary.reformulations).toEqual([
      { from: "결재", to: "결제", count: 2 },
      { from: "error", to: "오류", count: 1 },
      { from: "알람", to: "알림", count: 1 },
      { from: "알림 설정", to: "알림", count: 1 },
    ]);
    expect(summary.feedback).toEqual({
      helpful: 3,
      notHelpful: 1,
      articles: [
        { article: "pay-card", helpful: 2, notHelpful: 1 },
        { article: "webhook", helpful: 1, notHelpful: 0 },
      ],
    });
  });

  test("--top cuts every list", async () => {
    const { summary: top2 } = await summariseFile(logFile, 2);
    expect(top2.topQueries.map((r) => r.query)).toEqual(["결재", "결제"]);
    expect(top2.topZeroResult.map((r) => r.query)).toEqual(["결재", "error"]);
    expect(top2.topNoClick.map((r) => r.query)).toEqual(["webhook 설정", "오류"]);
    expect(top2.reformulations.map((r) => r.from)).toEqual(["결재", "error"]);
    expect(top2.feedback.articles.map((r) => r.article)).toEqual(["pay-card", "webhook"]);
    expect(top2.searches).toBe(17);
  });

  test("synonym suggestions: commented groups, the clicked word first, none repeating the site's groups", () => {
    const site = [
      ["오류", "error"],
      ["알림", "notification"],
    ];
    expect(synonymSuggestionYaml(summary.reformulations, site)).toBe(
      [
        "# Suggested by npm run search-report from reformulations: a search that found nothing, then, in the",
        "# same page view within 5 minutes, a search whose results were clicked (zero-result → clicked, times).",
        "# Uncomment a group only if a searcher uses its words interchangeably; a typo of another word stays out.",
        "# - [결제, 결재] # 결재 → 결제 ×2",
        "# Words for groups synonyms.yaml already has (add them inside the group's brackets):",
        "#   add 알람 to [알림, notification] (알람 → 알림 ×1)",
        "#   add 알림 설정 to [알림, notification] (알림 설정 → 알림 ×1)",
        "",
      ].join("\n"),
    );
    const yaml = synonymSuggestionYaml(summary.reformulations, []);
    expect(yaml.split("\n").filter((line) => line.startsWith("# - "))).toEqual([
      "# - [결제, 결재] # 결재 → 결제 ×2",
      "# - [오류, error] # error → 오류 ×1",
      "# - [알림, 알람, 알림 설정] # 알람 → 알림 ×1, 알림 설정 → 알림 ×1",
    ]);
  });

  test("uncommented, the suggestions are valid in the demo's synonyms.yaml", async () => {
    const file = path.resolve("content/synonyms.yaml");
    const text = await readFile(file, "utf8");
    const problems: ContentProblem[] = [];
    const site = readSynonyms(text, file, problems);
    const yaml = synonymSuggestionYaml(summary.reformulations, site);
    // The demo has [오류, error]: that pair is left out, the others are new groups.
    const uncommented = yaml.replace(/^# (- \[)/gm, "$1");
    expect(uncommented.split("\n").filter((line) => line.startsWith("- "))).toEqual([
      "- [결제, 결재] # 결재 → 결제 ×2",
      "- [알림, 알람, 알림 설정] # 알람 → 알림 ×1, 알림 설정 → 알림 ×1",
    ]);
    const groups = readSynonyms(`${text}\n${uncommented}`, file, problems);
    expect(problems).toEqual([]);
    expect(groups.slice(site.length)).toEqual([
      ["결제", "결재"],
      ["알림", "알람", "알림 설정"],
    ]);
  });

  test("members YAML would misread are quoted; spacing variants and sentences are left out", () => {
    const yaml = synonymSuggestionYaml(
      [
        { from: "080 수신거부", to: "수신 거부", count: 3 },
        { from: "yes", to: "동의", count: 2 },
        { from: "채널연결", to: "채널 연결", count: 2 },
        {
          from: "세금계산서를 이미 발행했는데 금액을 수정하려면 어떻게 해야 하나요 알려주세요 급해요",
          to: "수정 발행",
          count: 1,
        },
      ],
      [],
    );
    const uncommented = yaml.replace(/^# (- \[)/gm, "$1");
    expect(uncommented.split("\n").filter((line) => line.startsWith("- "))).toEqual([
      '- [수신 거부, "080 수신거부"] # 080 수신거부 → 수신 거부 ×3',
      '- [동의, "yes"] # yes → 동의 ×2',
    ]);
    const problems: ContentProblem[] = [];
    expect(readSynonyms(uncommented, "synonyms.yaml", problems)).toEqual([
      ["수신 거부", "080 수신거부"],
      ["동의", "yes"],
    ]);
    expect(problems).toEqual([]);
  });

  test("the console summary shows the figures", () => {
    const yaml = synonymSuggestionYaml(summary.reformulations, []);
    const text = reportText({ file: "search.ndjson", lines, summary, synonymYaml: yaml });
    const row = (label: string) =>
      text
        .split("\n")
        .find((line) => line.startsWith(label))
        ?.replace(/\s+/g, " ");
    expect(row("Searches")).toBe(
      "Searches 17 from 20 search events; a query re-sent in the same page view (another page, sort or category) counts once",
    );
    expect(row("Zero-result rate")).toBe("Zero-result rate 41.2% 7 of 17 searches found nothing"); // 7 / 17
    expect(row("Click-through")).toBe("Click-through 35.3% 6 of 17 searches had a result clicked in the same page view"); // 6 / 17
    expect(row("Mean click rank")).toBe("Mean click rank 3.00 over 8 clicks (1 = the first result); 1 not matched to a search");
    expect(row("Distinct queries")).toMatch(/^Distinct queries 14 /);
    expect(row("Reformulations")).toMatch(/^Reformulations 5 /);
    expect(row("Feedback")).toBe('Feedback 3 helpful / 1 not 4 answers to "이 도움말이 도움이 되었나요?"');
    expect(row("Lines:")).toBe(
      "Lines: 38 (32 events, 4 bad, 2 blank); 4 searches and clicks without a page view id, grouped by time",
    );
    expect(row("Note:")).toBe(
      'Note: 4 bad lines skipped: line 3: not JSON; line 10: missing "count"; line 17: "rank" must be a whole number ≥ 1, got "2"; line 27: "type" must be search, click or feedback, got "pageview"',
    );
    expect(text).toContain("Period: 2026-12-01 09:00 – 2026-12-01 09:40 UTC");
    expect(text).toContain("      2            2        0  결재\n");
    expect(text).toContain("      2  결재 → 결제\n");
    expect(text).toContain(yaml);
    expect(text).toContain("        2            1  pay-card\n");
  });
});

describe("parseSearchEvent", () => {
  test("answers every bad line with a reason, never throws", () => {
    expect(parseSearchEvent("[1, 2]")).toEqual({ error: "not a JSON object" });
    expect(parseSearchEvent("null")).toEqual({ error: "not a JSON object" });
    expect(parseSearchEvent(search("v", "10:00:00", "a", 1, { sort: "latest" }))).toEqual({
      error: '"sort" must be relevance or date, got "latest"',
    });
    expect(parseSearchEvent(search("v", "10:00:00", "a", -1))).toEqual({ error: '"count" must be a whole number ≥ 0, got -1' });
    expect(parseSearchEvent(search("v", "10:00:00", "a", 1, { at: "yesterday" }))).toEqual({
      error: '"at" must be an ISO 8601 time such as 2026-12-08T09:30:00.000Z, got "yesterday"',
    });
    expect(parseSearchEvent(search("v", "10:00:00", "a", 1, { view: 7 }))).toEqual({
      error: '"view" must be a non-empty string, got 7',
    });
    expect(parseSearchEvent(JSON.stringify({ type: "feedback", article: "x", at: at("10:00:00") }))).toEqual({
      error: 'missing "helpful"',
    });
  });

  test("keeps the known fields only", () => {
    expect(
      parseSearchEvent(JSON.stringify({ type: "feedback", article: "x", helpful: false, at: at("10:00:00"), ip: "1.2.3.4" })),
    ).toEqual({ type: "feedback", article: "x", helpful: false, at: at("10:00:00") });
  });
});

describe("memory bound: views idle for 5 minutes of the log's time are closed", () => {
  test("a click after the log has moved on is not matched; the same click soon after is", () => {
    const run = (minutesLater: number) => {
      const summariser = new SearchLogSummariser();
      const add = (line: string) => {
        const event = parseSearchEvent(line);
        if ("error" in event) throw new Error(event.error);
        summariser.add(event);
      };
      add(search("x", "10:00:00", "결제", 3));
      // Other people's searches, one every second until `minutesLater` (clocks agree).
      const start = Date.parse(at("10:00:01"));
      for (let s = 0; s < minutesLater * 60; s++)
        add(search(`other-${s}`, new Date(start + s * 1000).toISOString().slice(11, 19), "요금", 5));
      // The click comes 30 s after its search on its own browser's clock, but the log's clock says otherwise.
      add(click("x", "10:00:30", "결제", 1, "pay"));
      return summariser.result(5);
    };
    expect(run(2).clicksWithoutSearch).toBe(0);
    expect(run(10).clicksWithoutSearch).toBe(1);
  });
});

describe("HTML page", () => {
  test("escapes queries and loads nothing", async () => {
    const file = path.join(dir, "hostile.ndjson");
    const hostile = "<img src=x onerror=alert(1)>";
    await writeFile(
      file,
      [
        search("h", "10:00:00", hostile, 0),
        search("h", "10:00:10", "<script>alert(1)</script>", 3),
        click("h", "10:00:20", "<script>alert(1)</script>", 1, "x"),
        JSON.stringify({ type: "feedback", article: "<b>bold</b>", helpful: true, at: at("10:01:00") }),
        JSON.stringify({
          type: "feedback",
          article: '"><script src=https://evil.example/x.js></script>',
          helpful: false,
          at: at("10:01:00"),
        }),
        `{"type":"search","q":"<svg onload=alert(1)>"`,
      ].join("\n"),
    );
    const { lines: stats, summary: hostileSummary } = await summariseFile(file);
    const html = reportHtml({
      file: "<logs>/x.ndjson",
      lines: stats,
      summary: hostileSummary,
      synonymYaml: synonymSuggestionYaml(hostileSummary.reformulations, []),
    });
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<svg onload");
    expect(html).toContain("&quot;&gt;&lt;script src=https://evil.example/x.js&gt;&lt;/script&gt;");
    // No tag loads anything; the only address is that slug, shown as text.
    expect(html).not.toMatch(/<[^>]*\b(src|href)\s*=/i);
    expect(html.replaceAll("https://evil.example/x.js", "")).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|iframe|object|embed)\b/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("<svg");
  });
});

describe("CLI", () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/node/insights/cli.ts", ...args], { encoding: "utf8" });

  test("a missing file: one line, exit code 1", () => {
    const missing = path.join(dir, "nowhere.ndjson");
    const result = cli(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`search-report: cannot read ${missing}: no such file\n`);
    expect(result.stdout).toBe("");
  });

  test("prints the summary and writes the page", async () => {
    const out = path.join(dir, "report.html");
    const result = cli(logFile, "--out", out, "--top", "3");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Zero-result rate +41\.2% /m);
    expect(result.stderr).toBe(`Wrote ${out}\n`);
    expect(await readFile(out, "utf8")).toContain("41.2%");
  });
});
