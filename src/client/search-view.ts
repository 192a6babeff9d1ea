/**
 * The search page's view model: from the page's state and the engine's answer to what the page
 * shows (heading, document title, message, results, pagination). No DOM here: the page
 * (search-page.ts) only renders it, and unit tests read it directly.
 */
import type { SearchOutcome, Hit } from "../search/engine";
import type { DocRecord, Excerpt } from "../search/format/files";
import { highlight, type TextPart } from "../search/highlight";
import { hasEveryTerm, makeSnippet, SNIPPET_LENGTH } from "../search/snippet";
import { toTerm, type Term } from "../search/query";
import { formatDate, ui } from "../ui/strings";
import { pageCount, RESULTS_PER_PAGE, type PageState } from "./search-state";
import { pageWindow } from "../shared/page-window";

/** A link inside the message to another state of the page (a corrected query, the words exactly as typed). */
interface MessageLink {
  readonly text: string;
  readonly state: PageState;
}
type MessagePart = string | MessageLink;

interface ResultView {
  /** `[서비스][섹션][주제]` */
  readonly crumbs: string;
  readonly title: readonly TextPart[];
  readonly snippet: readonly TextPart[];
  readonly href: string;
  /** The article's slug (what a click on it reports to the search log). */
  readonly slug: string;
  /** ISO date for `<time datetime>`, and as shown. */
  readonly updated: string;
  readonly updatedText: string;
}

interface PageLinkView {
  readonly label: string;
  /** Null for the `…` gap. */
  readonly page: number | null;
  readonly current: boolean;
}

export interface SearchView {
  readonly heading: string;
  /** The document title without the site name (the layout's ` | <site name>` is added by the page). */
  readonly documentTitle: string;
  readonly message: readonly MessagePart[];
  readonly results: readonly ResultView[];
  readonly pages: readonly PageLinkView[];
  /** Per-category counts for the `카테고리 선택` options; undefined shows the bare labels. */
  readonly categoryCounts: ReadonlyMap<string, number> | undefined;
  /** The order toggle: only over results to order. */
  readonly showSort: boolean;
  /** The category menu: only when some category has results. */
  readonly showCategory: boolean;
  /** Tips, pinned articles and the categories: before a search and when it finds nothing anywhere. */
  readonly showHelp: boolean;
  readonly busy: boolean;
}

const quiet = { results: [], pages: [], categoryCounts: undefined } as const;

/** Before a search, or when one cannot run: a sentence, the page's help, no controls. */
const helpView = (message: string): SearchView => ({
  ...quiet,
  heading: ui.searchTitle,
  documentTitle: ui.searchTitle,
  message: [message],
  showSort: false,
  showCategory: false,
  showHelp: true,
  busy: false,
});

/** No query yet. */
export function promptView(): SearchView {
  return helpView(ui.searchPrompt);
}

/** A query whose files are still loading: the controls stay where the results will need them. */
export function loadingView(state: PageState): SearchView {
  return {
    ...quiet,
    heading: ui.searchLoading,
    documentTitle: ui.searchingTitle(state.q),
    message: [],
    showSort: true,
    showCategory: true,
    showHelp: false,
    busy: true,
  };
}

export function failedView(): SearchView {
  return helpView(ui.searchLoadFailed);
}

/** The page to show instead when `state.page` is past the last page of `total` results (page=999), or null. */
export function clampedPage(state: PageState, total: number): PageState | null {
  const last = pageCount(total);
  return state.page > last ? { ...state, page: last } : null;
}

/** The hits shown on the state's page. */
export function hitsOnPage<T>(state: PageState, hits: readonly T[]): readonly T[] {
  const start = (state.page - 1) * RESULTS_PER_PAGE;
  return hits.slice(start, start + RESULTS_PER_PAGE);
}

/** The results of `outcome` on the state's page: `records` are the text records of those hits, in order. */
export function resultsView(
  state: PageState,
  outcome: SearchOutcome,
  records: readonly (DocRecord | Excerpt)[],
  suggestion: string | null,
  articleBase: string,
): SearchView {
  const total = outcome.hits.length;
  const message: MessagePart[] = [];
  if (outcome.corrected) {
    message.push(ui.correctedTo(outcome.corrected), {
      text: ui.searchExactly(outcome.query.display),
      state: { ...state, exact: true, page: 1 },
    });
  }
  if (outcome.mode === "relaxed" && outcome.totalAll > 0) {
    message.push(outcome.fullMatches === 0 ? ui.relaxedNone : ui.relaxedFew(outcome.fullMatches));
  }
  if (outcome.totalAll === 0) {
    message.push(ui.noResults(outcome.query.display));
    if (suggestion) message.push(ui.didYouMean, { text: suggestion, state: { ...state, q: suggestion, page: 1, exact: false } });
  } else if (total === 0) {
    message.push(ui.noResultsInCategory(outcome.query.display));
  }
  // A category filter hides results elsewhere: say so, with the whole list one click away.
  if (state.category && outcome.totalAll > total) {
    if (total > 0) message.push(ui.fewInCategory);
    message.push({ text: ui.allCategoriesLink(outcome.totalAll), state: { ...state, category: "", page: 1 } });
  }
  const shown = hitsOnPage(state, outcome.hits);
  const last = pageCount(total);
  return {
    heading: ui.resultsHeading(total),
    documentTitle: ui.resultsDocumentTitle(state.q, total, state.page),
    message,
    results: shown.map((hit, i) => resultView(hit, records[i]!, outcome.highlight, articleBase)),
    pages: last > 1 ? pageLinks(state.page, last) : [],
    categoryCounts: outcome.categoryCounts,
    showSort: total > 0,
    showCategory: outcome.totalAll > 0,
    showHelp: outcome.totalAll === 0,
    busy: false,
  };
}

function resultView(hit: Hit, record: DocRecord | Excerpt, terms: readonly Term[], articleBase: string): ResultView {
  const title = highlight(record.title, terms, true);
  return {
    crumbs: hit.category.labels.map((label) => `[${label}]`).join(""),
    title,
    snippet: makeSnippet(record.body, snippetTerms(title, terms), SNIPPET_LENGTH, "more" in record && record.more),
    href: articleBase + encodeURIComponent(record.slug) + "/",
    slug: record.slug,
    updated: hit.updated,
    updatedText: ui.updatedOn(formatDate(hit.updated)),
  };
}

/** The words a result's snippet marks: the query's, and those its initials matched in the (highlighted) title. */
function snippetTerms(title: readonly TextPart[], terms: readonly Term[]): Term[] {
  return [...terms, ...initialsMatchedIn(title, terms)];
}

/**
 * Whether a result needs its article's whole text: its record is a long article's lead
 * (files.ts StoredDocRecord) without one of the snippet's words (the snippet is taken from the
 * lead when it has them all), unless the title or keywords already show that word (initials,
 * which match titles only, are never looked for in the text).
 */
export function needsWholeText(record: Excerpt, terms: readonly Term[]): boolean {
  if (!record.more) return false;
  const shown = [record.title, ...record.keywords].join(" ");
  // Initials match titles only: the words they matched there stand for them (snippetTerms).
  const wanted = snippetTerms(highlight(record.title, terms, true), terms).filter(
    (term) => !term.choseong && !hasEveryTerm(shown, [term]),
  );
  return !hasEveryTerm(record.body, wanted);
}

/**
 * Initials (`ㅊㅂ`) match titles only; the words they matched there (`챗봇`) are marked in the
 * snippet too, so the reader sees why the article is listed.
 */
function initialsMatchedIn(title: readonly TextPart[], terms: readonly Term[]): Term[] {
  if (!terms.some((term) => term.choseong)) return [];
  return title.flatMap((part) => (part.mark ? (toTerm(part.text) ?? []) : []));
}

function pageLinks(current: number, last: number): PageLinkView[] {
  const links: PageLinkView[] = [];
  if (current > 1) links.push({ label: ui.previousPage, page: current - 1, current: false });
  for (const entry of pageWindow(current, last)) {
    links.push(
      entry === "gap"
        ? { label: "…", page: null, current: false }
        : { label: String(entry), page: entry, current: entry === current },
    );
  }
  if (current < last) links.push({ label: ui.nextPage, page: current + 1, current: false });
  return links;
}
