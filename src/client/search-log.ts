/**
 * Search insights (issue 20): what people searched, what they opened, whether it helped, sent to
 * the owner's SEARCH_LOG_URL as one JSON text per event with `navigator.sendBeacon`
 * (src/shared/search-event.ts describes every field; docs/deploy/search-log.md what is sent).
 *
 * This module exists in the build only when the site was built with SEARCH_LOG_URL: pages import
 * it behind `__SEARCH_LOG_URL__`, a build-time constant, so without it the bundler drops the import
 * and no code for it is shipped. Nothing is sent when the reader asked not to be tracked (Global
 * Privacy Control, Do Not Track). No cookie, no stored id: `view` is made anew on every page load.
 */
import type { ClickEvent, FeedbackEvent, SearchedEvent } from "../shared/search-event";
import type { SearchMode } from "../search/pipeline";
import type { SortOrder } from "../search/types";

/** The search an event is about (SearchedEvent without what the log adds). */
type SearchContext = Omit<SearchedEvent, "type" | "source" | "at" | "view">;

/** A search as the pages know it; the log turns it into the event's fields. */
export interface LoggedSearch {
  readonly q: string;
  /** What was searched: the parsed query, or the correction when there was one. */
  readonly query: string;
  readonly corrected: string | null;
  readonly count: number;
  readonly mode: SearchMode;
  readonly category: string;
  readonly sort: SortOrder;
  readonly page: number;
}

/** A search that is still being typed counts once the typing stops for this long. */
const SETTLE_MS = 1500;

/** The reader asked sites not to track them: send nothing at all. */
function optedOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === "1";
}

/** One per page load, shared by the page's boxes and its search page: reloading makes a new one. */
const VIEW =
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36)).join("");

/** The event's fields: a correction names the mode whatever else the engine did; `최신순` is "date". */
function contextOf(search: LoggedSearch): SearchContext {
  return {
    q: search.q,
    query: search.corrected ?? search.query,
    count: search.count,
    mode: search.corrected ? "corrected" : search.mode,
    category: search.category,
    sort: search.sort === "latest" ? "date" : "relevance",
    page: search.page,
  };
}

export class SearchLog {
  private readonly view = VIEW;
  private pending: { context: SearchContext; timer: ReturnType<typeof setTimeout> } | undefined;
  /** The last search sent, so the same one settling twice (a re-render) is sent once. */
  private lastSent = "";

  constructor(
    private readonly url: string,
    private readonly source: SearchedEvent["source"],
  ) {
    // Leaving the page settles a search still being typed.
    addEventListener("pagehide", () => this.flush());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") this.flush();
    });
  }

  private send(event: SearchedEvent | ClickEvent | FeedbackEvent): void {
    if (optedOut()) return;
    try {
      navigator.sendBeacon(this.url, JSON.stringify(event));
    } catch {
      // A refused beacon (too large, a policy) costs the reader nothing.
    }
  }

  /** A search whose results are shown and will stay: Enter, a shared link, a sort, a page. */
  settled(search: LoggedSearch): void {
    this.sendSearch(contextOf(search));
  }

  private sendSearch(context: SearchContext): void {
    this.cancel();
    const key = JSON.stringify(context);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.send({ type: "search", ...context, source: this.source, at: new Date().toISOString(), view: this.view });
  }

  /** Results of text still being typed: sent once the typing stops (or the page is left). */
  typed(search: LoggedSearch): void {
    this.cancel();
    this.pending = { context: contextOf(search), timer: setTimeout(() => this.flush(), SETTLE_MS) };
  }

  /** Sends the search being typed now, if any. */
  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    this.sendSearch(pending.context);
  }

  /** Forgets the search being typed: another page will report it (Enter opens the search page). */
  cancel(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  /** A result was opened; its search is sent first if it was still being typed. */
  clicked(search: LoggedSearch, article: string, rank: number): void {
    this.flush();
    this.send({
      type: "click",
      ...contextOf(search),
      article,
      rank,
      source: this.source,
      at: new Date().toISOString(),
      view: this.view,
    });
  }

  feedback(article: string, helpful: boolean): void {
    this.send({ type: "feedback", article, helpful, at: new Date().toISOString(), view: this.view });
  }
}

/** The page's log, or null when the site was built without SEARCH_LOG_URL (then this module is not even loaded). */
export function openSearchLog(source: SearchedEvent["source"]): SearchLog | null {
  return __SEARCH_LOG_URL__ ? new SearchLog(__SEARCH_LOG_URL__, source) : null;
}
