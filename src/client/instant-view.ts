/**
 * What the popup under a search box lists: while typing, up to eight articles (six on a phone) and
 * a last row that opens the search page; in an empty box, the recent searches. DOM-free
 * (search-box.ts renders it).
 */
import type { InstantOutcome } from "../search/engine";
import type { DocHead } from "../search/format/files";
import { highlight, type TextPart } from "../search/highlight";
import { ui } from "../ui/strings";
import { stateToSearch } from "./search-state";

export type InstantRow =
  | {
      readonly kind: "article";
      readonly crumbs: string;
      readonly title: readonly TextPart[];
      readonly href: string;
      /** What a click on it reports to the search log. */
      readonly slug: string;
    }
  | { readonly kind: "all"; readonly text: string; readonly href: string }
  | { readonly kind: "recent"; readonly query: string; readonly href: string; readonly removeLabel: string };

export interface InstantView {
  /** The text these rows answer (the box's text, cleaned); "" for recent searches and no rows. */
  readonly query: string;
  readonly rows: readonly InstantRow[];
  /** The popup's heading for screen readers and sighted users alike: recent searches, or what a corrected query searched. */
  readonly label: string | null;
  /** A sentence above the rows that is not an option: the text matches nothing. */
  readonly notice: string | null;
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

/** Article rows under the box: a phone shows fewer, so the last row stays on screen above the keyboard. */
export const INSTANT_ROWS = { wide: 8, narrow: 6 } as const;

export function typingView(
  outcome: InstantOutcome,
  heads: readonly DocHead[],
  paths: BoxPaths,
  maxArticles: number = INSTANT_ROWS.wide,
): InstantView {
  const q = outcome.query.display;
  const href = searchPageHref(paths, q);
  // Nothing matches: no link to an empty list. The search page's own help (pinned articles,
  // categories, tips) is one row away.
  if (outcome.total === 0) {
    return {
      query: q,
      rows: [{ kind: "all", text: ui.instantHelp, href }],
      label: null,
      notice: ui.instantNone,
      status: ui.instantNoneStatus,
    };
  }
  const rows: InstantRow[] = outcome.hits.slice(0, maxArticles).map((hit, i) => ({
    kind: "article",
    crumbs: hit.category.labels.map((label) => `[${label}]`).join(""),
    title: highlight(heads[i]!.title, outcome.highlight, true),
    href: paths.articleBase + encodeURIComponent(heads[i]!.slug) + "/",
    slug: heads[i]!.slug,
  }));
  // A corrected search says what it searched, above the rows, as the search page will (`'챗봇'으로 찾은 결과`).
  const searched = outcome.corrected ?? q;
  rows.push({ kind: "all", text: ui.instantAll(searched, outcome.total), href });
  const label = outcome.corrected ? ui.instantCorrected(q, outcome.corrected) : null;
  return { query: q, rows, label, notice: null, status: ui.instantStatus(rows.length - 1, label) };
}

export function recentView(recent: readonly string[], paths: BoxPaths): InstantView {
  const rows: InstantRow[] = recent.map((query) => ({
    kind: "recent",
    query,
    href: searchPageHref(paths, query),
    removeLabel: ui.removeRecent(query),
  }));
  return {
    query: "",
    rows,
    label: rows.length ? ui.recentSearchesLabel : null,
    notice: null,
    status: rows.length ? ui.recentStatus(rows.length) : "",
  };
}
