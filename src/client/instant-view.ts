/**
 * What the popup under a search box lists: while typing, up to eight articles and a last row that
 * opens the search page; in an empty box, the recent searches. DOM-free (search-box.ts renders it).
 */
import type { InstantOutcome } from "../search/engine";
import type { DocRecord } from "../search/payload";
import { highlight, type TextPart } from "../search/highlight";
import { ui } from "../ui/strings";
import { stateToSearch } from "./search-state";

export type InstantRow =
  | { readonly kind: "article"; readonly crumbs: string; readonly title: readonly TextPart[]; readonly href: string }
  | { readonly kind: "all"; readonly text: string; readonly href: string }
  | { readonly kind: "recent"; readonly query: string; readonly href: string; readonly removeLabel: string };

export interface InstantView {
  readonly rows: readonly InstantRow[];
  /** The popup's heading for screen readers and sighted users alike (recent searches only). */
  readonly label: string | null;
  /** Read out by the status region when the rows change. */
  readonly status: string;
}

export interface BoxPaths {
  /** The search page's URL (the form's action). */
  readonly searchPage: string;
  /** Article URLs are this plus the slug. */
  readonly articleBase: string;
  /** The box searches one category (a category page's box), or "" for all. */
  readonly category: string;
}

/** The search page's URL for `q` in the box's category. */
export function searchPageHref(paths: BoxPaths, q: string): string {
  return paths.searchPage + stateToSearch({ q, category: paths.category, sort: "relevance", page: 1, exact: false });
}

export function typingView(outcome: InstantOutcome, records: readonly DocRecord[], paths: BoxPaths): InstantView {
  const rows: InstantRow[] = outcome.hits.map((hit, i) => ({
    kind: "article",
    crumbs: hit.category.labels.map((label) => `[${label}]`).join(""),
    title: highlight(records[i]!.title, outcome.highlight, true),
    href: paths.articleBase + encodeURIComponent(records[i]!.slug) + "/",
  }));
  const q = outcome.query.display;
  // A corrected search says what it searched, as the search page will (`'챗봇'으로 검색한 결과`).
  const text = outcome.corrected ? ui.instantAllCorrected(q, outcome.corrected, outcome.total) : ui.instantAll(q, outcome.total);
  rows.push({ kind: "all", text, href: searchPageHref(paths, q) });
  return { rows, label: null, status: ui.instantStatus(outcome.hits.length) };
}

export function recentView(recent: readonly string[], paths: BoxPaths): InstantView {
  const rows: InstantRow[] = recent.map((query) => ({
    kind: "recent",
    query,
    href: searchPageHref(paths, query),
    removeLabel: ui.removeRecent(query),
  }));
  return { rows, label: rows.length ? ui.recentSearchesLabel : null, status: rows.length ? ui.recentStatus(rows.length) : "" };
}
