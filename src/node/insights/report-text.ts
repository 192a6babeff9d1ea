/**
 * The console summary. Numbers come first, right-aligned, and the query last: Korean text is two
 * columns wide in a terminal, so a column after it would not line up.
 */
import { badLinesText, formatCount, headlineFigures, linesText, periodText, type Report } from "./figures";

function table(title: string, headings: readonly string[], rows: readonly (readonly [...number[], string])[]): string[] {
  if (rows.length === 0) return [title, "  (none)", ""];
  const numbers = rows.map((row) => row.slice(0, -1).map((n) => formatCount(n as number)));
  const widths = headings.slice(0, -1).map((h, i) => Math.max(h.length, ...numbers.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[], last: string) => `  ${cells.map((c, i) => c.padStart(widths[i]!)).join("  ")}  ${last}`;
  return [
    title,
    line(headings.slice(0, -1), headings.at(-1)!),
    ...rows.map((row, r) => line(numbers[r]!, row.at(-1) as string)),
    "",
  ];
}

export function reportText({ file, lines, summary, synonymYaml }: Report): string {
  const figures = headlineFigures(summary);
  const labelWidth = Math.max(...figures.map((f) => f.label.length));
  const valueWidth = Math.max(...figures.map((f) => f.value.length));
  const bad = badLinesText(lines);
  return [
    `Search report: ${file}`,
    `Period: ${periodText(summary) ?? "no events"}`,
    `Lines: ${linesText(lines, summary)}`,
    ...(bad ? [`Note: ${bad}`] : []),
    "",
    ...figures.map((f) => `${f.label.padEnd(labelWidth)}  ${f.value.padStart(valueWidth)}  ${f.detail}`),
    "",
    ...table(
      "Top queries",
      ["searches", "zero-result", "clicked", "query"],
      summary.topQueries.map((r) => [r.searches, r.zeroResult, r.clicked, r.query] as const),
    ),
    ...table(
      "Top zero-result queries",
      ["searches", "query"],
      summary.topZeroResult.map((r) => [r.searches, r.query] as const),
    ),
    ...table(
      "Queries with results but no click",
      ["searches", "query"],
      summary.topNoClick.map((r) => [r.searches, r.query] as const),
    ),
    ...table(
      "Reformulations (zero-result query → clicked query)",
      ["times", "queries"],
      summary.reformulations.map((r) => [r.count, `${r.from} → ${r.to}`] as const),
    ),
    "Synonym suggestions for content/synonyms.yaml (paste, then uncomment the groups you agree with):",
    synonymYaml,
    ...table(
      "Feedback per article",
      ["helpful", "not helpful", "article"],
      summary.feedback.articles.map((r) => [r.helpful, r.notHelpful, r.article] as const),
    ),
  ].join("\n");
}
