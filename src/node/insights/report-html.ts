/**
 * The search report as one static HTML page: styles inline, charts inline SVG, no script and no
 * address to load anything from, so it opens offline and from an e-mail attachment alike. Its own
 * Content-Security-Policy forbids loading anything, in case a future change slips. Every text from
 * the log (queries, article slugs, bad-line reasons) is escaped: queries are what anyone typed.
 */
import { barsSvg, escapeXml as escapeHtml, type BarRow } from "./bars-svg";
import { badLinesText, formatCount, formatPercent, headlineFigures, linesText, periodText, type Report } from "./figures";
import type { DayRow } from "./summarise";

/** More days than this are shown by month: a bar per day of a year is too long to read. */
const MAX_DAY_ROWS = 62;

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; color: #111827; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #e5e7eb; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { padding: .25rem .75rem .25rem 0; text-align: left; vertical-align: top; border-bottom: 1px solid #f3f4f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.figures td.n { font-size: 1.1rem; font-weight: 600; }
.note { color: #92400e; background: #fffbeb; padding: .5rem .75rem; }
pre { background: #f9fafb; padding: .75rem; overflow-x: auto; }
svg { max-width: 100%; height: auto; font-family: inherit; }
.muted { color: #6b7280; }
`;

type Cell = string | number;

function tableHtml(headings: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return `<p class="muted">None.</p>`;
  const cell = (tag: "th" | "td", value: Cell, numeric: boolean) =>
    `<${tag}${numeric ? ' class="n"' : ""}>${typeof value === "number" ? formatCount(value) : escapeHtml(value)}</${tag}>`;
  const numeric = rows[0]!.map((value) => typeof value === "number");
  return [
    "<table>",
    `<thead><tr>${headings.map((h, i) => cell("th", h, numeric[i]!)).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((row) => `<tr>${row.map((value, i) => cell("td", value, numeric[i]!)).join("")}</tr>`),
    "</tbody></table>",
  ].join("\n");
}

/** Days, or months when there are too many days. */
function periodRows(days: readonly DayRow[]): { rows: BarRow[]; unit: string } {
  if (days.length <= MAX_DAY_ROWS)
    return { rows: days.map((d) => ({ label: d.day, value: d.searches, part: d.zeroResult })), unit: "day" };
  const months = new Map<string, { value: number; part: number }>();
  for (const d of days) {
    const month = months.get(d.day.slice(0, 7)) ?? { value: 0, part: 0 };
    month.value += d.searches;
    month.part += d.zeroResult;
    months.set(d.day.slice(0, 7), month);
  }
  return { rows: [...months].map(([label, m]) => ({ label, ...m })), unit: "month" };
}

const ofSearches = (row: BarRow) =>
  row.part ? `${formatCount(row.value)} (${formatPercent(row.part, row.value)} zero-result)` : formatCount(row.value);

export function reportHtml({ file, lines, summary, synonymYaml }: Report): string {
  const { searches } = summary;
  const bad = badLinesText(lines);
  const period = periodRows(summary.days);
  const outcomes: BarRow[] = [
    { label: "result clicked", value: summary.clickedSearches },
    { label: "results, no click", value: summary.noClickSearches },
    { label: "no results", value: summary.zeroResult },
  ];
  const section = (title: string, ...body: string[]) => [`<section>`, `<h2>${escapeHtml(title)}</h2>`, ...body, `</section>`];
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Search report: ${escapeHtml(file)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body><main>",
    "<h1>Search report</h1>",
    `<p>Log: <code>${escapeHtml(file)}</code><br>Period: ${escapeHtml(periodText(summary) ?? "no events")}<br>Lines: ${escapeHtml(linesText(lines, summary))}</p>`,
    ...(bad ? [`<p class="note">${escapeHtml(bad)}</p>`] : []),
    '<table class="figures"><tbody>',
    ...headlineFigures(summary).map(
      (f) => `<tr><th>${escapeHtml(f.label)}</th><td class="n">${escapeHtml(f.value)}</td><td>${escapeHtml(f.detail)}</td></tr>`,
    ),
    "</tbody></table>",
    ...section(
      "Searches by outcome",
      barsSvg(
        outcomes,
        { value: "searches" },
        (row) => `${formatCount(row.value)} (${formatPercent(row.value, searches)})`,
        "Searches by outcome",
      ),
    ),
    ...section(
      `Searches per ${period.unit} (UTC)`,
      period.rows.length === 0
        ? `<p class="muted">None.</p>`
        : barsSvg(period.rows, { value: "searches", part: "zero-result" }, ofSearches, `Searches per ${period.unit}`),
    ),
    ...section(
      "Top queries",
      summary.topQueries.length === 0
        ? ""
        : barsSvg(
            summary.topQueries.map((r) => ({ label: r.query, value: r.searches, part: r.zeroResult })),
            { value: "searches", part: "zero-result" },
            ofSearches,
            "Top queries by searches",
          ),
      tableHtml(
        ["query", "searches", "zero-result", "clicked"],
        summary.topQueries.map((r) => [r.query, r.searches, r.zeroResult, r.clicked]),
      ),
    ),
    ...section(
      "Top zero-result queries",
      tableHtml(
        ["query", "zero-result searches"],
        summary.topZeroResult.map((r) => [r.query, r.searches]),
      ),
    ),
    ...section(
      "Queries with results but no click",
      tableHtml(
        ["query", "searches with results, no click"],
        summary.topNoClick.map((r) => [r.query, r.searches]),
      ),
    ),
    ...section(
      "Reformulations",
      tableHtml(
        ["zero-result query", "then clicked", "times"],
        summary.reformulations.map((r) => [r.from, r.to, r.count]),
      ),
      "<p>Synonym suggestions for <code>content/synonyms.yaml</code>: paste, then uncomment the groups you agree with.</p>",
      `<pre>${escapeHtml(synonymYaml)}</pre>`,
    ),
    ...section(
      "Feedback per article",
      tableHtml(
        ["article", "helpful", "not helpful"],
        summary.feedback.articles.map((r) => [r.article, r.helpful, r.notHelpful]),
      ),
    ),
    ...section(
      "How these are counted",
      "<ul>",
      "<li>A page view is one page load (the events' <code>view</code>); lines without one are grouped by time (less than 5 minutes apart).</li>",
      "<li>A search is counted once per page view and query: another page of results, another sort or category re-sends it, and its last result count is kept.</li>",
      "<li>A search is clicked when a result was clicked in the same page view before the next query; a view is closed after 5 minutes without an event.</li>",
      "<li>Queries are compared trimmed, with one space between words, in NFC, Latin letters in lower case.</li>",
      "<li>Details: <code>docs/deploy/search-log.md</code> in the help center's repository.</li>",
      "</ul>",
    ),
    "</main></body>",
    "</html>",
    "",
  ].join("\n");
}
