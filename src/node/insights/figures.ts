/**
 * The report's figures as text, for both the console and the HTML page: one wording and one rounding,
 * so the two never disagree.
 */
import type { ReadStats } from "./read-events";
import type { Summary } from "./summarise";

export interface Figure {
  readonly label: string;
  readonly value: string;
  /** What it counts, in a phrase. */
  readonly detail: string;
}

/** Everything a report shows, put together by the CLI. */
export interface Report {
  /** The log file as given on the command line. */
  readonly file: string;
  readonly lines: ReadStats;
  readonly summary: Summary;
  /** synonym-suggestions.ts's block. */
  readonly synonymYaml: string;
}

export const formatCount = (n: number) => n.toLocaleString("en-US");

/** One decimal, "–" when there is nothing to divide. */
export const formatPercent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "2026-12-01 09:00 – 2026-12-07 18:30 UTC", or undefined without events. */
export function periodText({ from, to }: Summary): string | undefined {
  if (from === undefined || to === undefined) return undefined;
  const minute = (iso: string) => iso.slice(0, 16).replace("T", " ");
  return `${minute(from)} – ${minute(to)} UTC`;
}

export function headlineFigures(summary: Summary): Figure[] {
  const { searches, events } = summary;
  return [
    {
      label: "Searches",
      value: formatCount(searches),
      detail: `from ${plural(events.search, "search event")}; a query re-sent in the same page view (another page, sort or category) counts once`,
    },
    {
      label: "Zero-result rate",
      value: formatPercent(summary.zeroResult, searches),
      detail: `${formatCount(summary.zeroResult)} of ${plural(searches, "search", "searches")} found nothing`,
    },
    {
      label: "Click-through",
      value: formatPercent(summary.clickedSearches, searches),
      detail: `${formatCount(summary.clickedSearches)} of ${plural(searches, "search", "searches")} had a result clicked in the same page view`,
    },
    {
      label: "Mean click rank",
      value: Number.isNaN(summary.meanClickRank) ? "–" : summary.meanClickRank.toFixed(2),
      detail: `over ${plural(summary.clicks, "click")} (1 = the first result); ${formatCount(summary.clicksWithoutSearch)} not matched to a search`,
    },
    {
      label: "Distinct queries",
      value: formatCount(summary.distinctQueries),
      detail:
        summary.droppedQueries > 0
          ? `normalised; ${formatCount(summary.droppedQueries)} rare ones dropped from the lists to save memory`
          : "normalised: trimmed, one space between words, NFC, Latin letters in lower case",
    },
    {
      label: "Reformulations",
      value: formatCount(summary.reformulationCount),
      detail: "a search that found nothing, then a clicked search for another query in the same page view within 5 minutes",
    },
    {
      label: "Feedback",
      value: `${formatCount(summary.feedback.helpful)} helpful / ${formatCount(summary.feedback.notHelpful)} not`,
      detail: `${plural(events.feedback, "answer")} to "이 도움말이 도움이 되었나요?"`,
    },
  ];
}

/** The log lines read, and what was skipped. */
export function linesText(lines: ReadStats, summary: Summary): string {
  const parts = [plural(lines.events, "event"), `${formatCount(lines.bad)} bad`, `${formatCount(lines.blank)} blank`];
  const viewless =
    summary.events.withoutView > 0
      ? `; ${plural(summary.events.withoutView, "search or click", "searches and clicks")} without a page view id, grouped by time`
      : "";
  return `${formatCount(lines.lines)} (${parts.join(", ")})${viewless}`;
}

/** Undefined when no line was bad. */
export function badLinesText(lines: ReadStats): string | undefined {
  if (lines.bad === 0) return undefined;
  const shown = lines.firstBad.map((bad) => `line ${bad.line}: ${bad.reason}`).join("; ");
  return `${plural(lines.bad, "bad line")} skipped${lines.bad > lines.firstBad.length ? `, the first ${lines.firstBad.length}` : ""}: ${shown}`;
}
