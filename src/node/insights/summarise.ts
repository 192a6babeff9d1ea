/**
 * The search report's figures, from events fed one at a time in log order (a log is too big to hold).
 *
 * How things are counted — docs/deploy/search-log.md repeats this for the owner:
 *
 * - View: the events of one page load (`view`). Lines without `view` (written before it existed)
 *   are grouped by time instead: a view-less event joins the previous view-less event's group when
 *   the two are less than 5 minutes apart, else starts a new one. On a busy site that merges
 *   different people's searches, so click-through and reformulations from such lines are rough.
 * - Search: a settled search, counted once. In a view, search events with the same normalised
 *   query in a row are one search: a later page, another sort or category re-sends it and only
 *   sets its result count (the last one wins: what the searcher ended up with). It ends at the
 *   view's next search for another query, or when the view is closed.
 * - A view is closed after 5 minutes without an event in it: an event 5 minutes or more from the
 *   view's previous one (the same browser's clock) starts it afresh.
 * - Zero-result search: a search whose count is 0. Zero-result rate: those / searches.
 * - Clicked search: a search with at least one click in its view, for the same normalised query,
 *   before it ended. Click-through: clicked searches / searches (zero-result ones included, as they
 *   are searches nobody could click). A click with no such search (another query, or its view
 *   closed) still counts for the mean rank, which is over all clicks.
 * - Reformulation: a zero-result search followed in the same view, less than 5 minutes later (from
 *   the one search's first event to the other's), by a clicked search for another query: the pair
 *   (zero-result query → clicked query). Each zero-result query pairs with the first clicked
 *   search after it.
 * - Feedback: counted per article, whatever the view.
 *
 * Memory: counters per distinct query, per reformulation pair, per article and per day, and the
 * state of open views. Lines are taken to be roughly in time order, as an appending endpoint
 * writes them: a view is dropped from memory once the log's time has moved 5 minutes past its
 * last event. The log's time is the median `at` of the last block of lines, never going back, so
 * one browser with a wrong clock cannot close everyone's views. If the lines are not in time order
 * (logs pasted together), at most MAX_OPEN_VIEWS are kept, the least recently active closed first.
 * Past MAX_QUERIES distinct queries the rarest are dropped from the per-query lists (the totals
 * stay exact) and the report says how many.
 */
import type { ClickEvent, FeedbackEvent, SearchedEvent, SearchEvent } from "../../shared/search-event";
import { normaliseQuery } from "./normalise-query";
import { RecentFirst } from "./recent-first";

const WINDOW_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const MAX_OPEN_VIEWS = 200_000;
const MAX_QUERIES = 500_000;
const MAX_PAIRS = 200_000;
const MAX_ARTICLES = 100_000;
/** Zero-result searches a view remembers for reformulations: people rarely try more before giving up or finding. */
const ZEROES_KEPT = 5;
/** Lines whose median time moves the log's clock. */
const CLOCK_BLOCK = 128;

class QueryCounts {
  searches = 0;
  zeroResult = 0;
  clicked = 0;
  /** With results, no click. */
  noClick = 0;
}

interface OpenSearch {
  readonly key: string;
  readonly at: number;
  count: number;
  clicked: boolean;
}

interface View {
  /** Time of its last event, on its own browser's clock. */
  lastAt: number;
  /** The log's clock at its last event: when it may be dropped. */
  seenAt: number;
  open: OpenSearch | undefined;
  /** Its recent zero-result searches, oldest first, waiting for a clicked search. */
  zeroes: { readonly key: string; readonly at: number }[];
}

interface QueryRow {
  /** Normalised (normalise-query.ts). */
  readonly query: string;
  readonly searches: number;
}

interface TopQueryRow extends QueryRow {
  readonly zeroResult: number;
  readonly clicked: number;
}

export interface Reformulation {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

interface ArticleFeedback {
  readonly article: string;
  readonly helpful: number;
  readonly notHelpful: number;
}

export interface DayRow {
  /** YYYY-MM-DD, UTC, of the search's first event. */
  readonly day: string;
  readonly searches: number;
  readonly zeroResult: number;
}

export interface Summary {
  readonly events: { readonly search: number; readonly click: number; readonly feedback: number; readonly withoutView: number };
  /** Earliest and latest `at` of all events (ISO, UTC); undefined without events. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly searches: number;
  readonly zeroResult: number;
  readonly clickedSearches: number;
  /** Searches with results and no click. */
  readonly noClickSearches: number;
  readonly clicks: number;
  /** Clicks that matched no open search of their view. */
  readonly clicksWithoutSearch: number;
  /** NaN without clicks. */
  readonly meanClickRank: number;
  readonly distinctQueries: number;
  readonly topQueries: readonly TopQueryRow[];
  /** `searches` is the number of zero-result searches. */
  readonly topZeroResult: readonly QueryRow[];
  /** `searches` is the number of searches with results and no click. */
  readonly topNoClick: readonly QueryRow[];
  readonly reformulations: readonly Reformulation[];
  readonly reformulationCount: number;
  readonly feedback: { readonly helpful: number; readonly notHelpful: number; readonly articles: readonly ArticleFeedback[] };
  readonly days: readonly DayRow[];
  /** Rare queries dropped from the per-query lists to bound memory (0 for any realistic log). */
  readonly droppedQueries: number;
}

/** Descending by `weight`, ties in code-unit order of `key`, the first `top`. */
function topOf<T>(rows: T[], weight: (row: T) => number, key: (row: T) => string, top: number): T[] {
  return rows.sort((a, b) => weight(b) - weight(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, top);
}

/**
 * Drops the entries of least weight until the map is three quarters of `limit`: one pass per
 * doubling of the floor, so each prune is linear and rare.
 */
function pruneRare<V>(map: Map<string, V>, limit: number, weight: (value: V) => number): number {
  let dropped = 0;
  for (let floor = 1; map.size > limit * 0.75; floor *= 2) {
    for (const [key, value] of map) {
      if (weight(value) <= floor) {
        map.delete(key);
        dropped++;
      }
    }
  }
  return dropped;
}

export class SearchLogSummariser {
  private readonly events = { search: 0, click: 0, feedback: 0, withoutView: 0 };
  private from = Infinity;
  private to = -Infinity;
  private searches = 0;
  private zeroResult = 0;
  private clickedSearches = 0;
  private noClickSearches = 0;
  private clicks = 0;
  private clicksWithoutSearch = 0;
  private rankSum = 0;
  private reformulationCount = 0;
  private helpful = 0;
  private notHelpful = 0;
  private droppedQueries = 0;
  private readonly queries = new Map<string, QueryCounts>();
  private readonly pairs = new Map<string, number>();
  private readonly articles = new Map<string, { helpful: number; notHelpful: number }>();
  private readonly days = new Map<number, { searches: number; zeroResult: number }>();
  /** Open views by id, in order of last activity. */
  private readonly views = new RecentFirst<View>();
  private viewlessGroup = 0;
  private viewlessAt = NaN;
  /** The log's clock (see the file's comment); -Infinity until a first block of lines is in. */
  private clock = -Infinity;
  private readonly recentTimes = new Float64Array(CLOCK_BLOCK);
  private recentCount = 0;

  add(event: SearchEvent): void {
    const at = Date.parse(event.at);
    if (at < this.from) this.from = at;
    if (at > this.to) this.to = at;
    this.tick(at);
    if (event.type === "feedback") {
      this.onFeedback(event);
      return;
    }
    const view = this.viewOf(event, at);
    if (event.type === "search") this.onSearch(view, event, at);
    else this.onClick(view, event);
    this.dropIdleViews();
  }

  /** The figures; settles every search still open. Call once, after the last event. */
  result(top: number): Summary {
    for (let view = this.views.takeOldest(); view; view = this.views.takeOldest()) this.settle(view);
    const queryRows = [...this.queries].map(([query, counts]) => ({ query, counts }));
    const byQuery = (row: { query: string }) => row.query;
    /** The queries most often counted under `field` (searches that found nothing, or were not clicked). */
    const topWhere = (field: "zeroResult" | "noClick") =>
      topOf(
        queryRows.filter((r) => r.counts[field] > 0),
        (r) => r.counts[field],
        byQuery,
        top,
      ).map(({ query, counts }) => ({ query, searches: counts[field] }));
    return {
      events: { ...this.events },
      from: Number.isFinite(this.from) ? new Date(this.from).toISOString() : undefined,
      to: Number.isFinite(this.to) ? new Date(this.to).toISOString() : undefined,
      searches: this.searches,
      zeroResult: this.zeroResult,
      clickedSearches: this.clickedSearches,
      noClickSearches: this.noClickSearches,
      clicks: this.clicks,
      clicksWithoutSearch: this.clicksWithoutSearch,
      meanClickRank: this.clicks === 0 ? NaN : this.rankSum / this.clicks,
      distinctQueries: this.queries.size + this.droppedQueries,
      topQueries: topOf(queryRows, (r) => r.counts.searches, byQuery, top).map(({ query, counts }) => ({
        query,
        searches: counts.searches,
        zeroResult: counts.zeroResult,
        clicked: counts.clicked,
      })),
      topZeroResult: topWhere("zeroResult"),
      topNoClick: topWhere("noClick"),
      reformulations: topOf(
        [...this.pairs].map(([pair, count]) => {
          const [from, to] = pair.split("\n") as [string, string];
          return { from, to, count };
        }),
        (r) => r.count,
        (r) => `${r.from}\n${r.to}`,
        top,
      ),
      reformulationCount: this.reformulationCount,
      feedback: {
        helpful: this.helpful,
        notHelpful: this.notHelpful,
        articles: topOf(
          [...this.articles].map(([article, c]) => ({ article, ...c })),
          (r) => r.helpful + r.notHelpful,
          (r) => r.article,
          top,
        ),
      },
      days: [...this.days]
        .sort(([a], [b]) => a - b)
        .map(([day, c]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), ...c })),
      droppedQueries: this.droppedQueries,
    };
  }

  /** Moves the log's clock: the median time of each block of lines, never backwards. */
  private tick(at: number): void {
    this.recentTimes[this.recentCount++] = at;
    if (this.recentCount < CLOCK_BLOCK) return;
    this.recentCount = 0;
    const median = this.recentTimes.slice().sort()[CLOCK_BLOCK >> 1]!;
    if (this.clock === -Infinity) for (const view of this.views.values()) view.seenAt = median;
    if (median > this.clock) this.clock = median;
  }

  /** The event's view, now the most recently active; started afresh after 5 minutes without an event. */
  private viewOf(event: SearchedEvent | ClickEvent, at: number): View {
    let id: string;
    if (event.view === undefined) {
      this.events.withoutView++;
      if (!(Math.abs(at - this.viewlessAt) < WINDOW_MS)) this.viewlessGroup++;
      this.viewlessAt = at;
      id = `t${this.viewlessGroup}`;
    } else id = `v${event.view}`;
    const view = this.views.use(id, () => ({ lastAt: at, seenAt: this.clock, open: undefined, zeroes: [] }));
    if (Math.abs(at - view.lastAt) >= WINDOW_MS) {
      this.settle(view);
      view.zeroes = [];
    }
    view.lastAt = at;
    view.seenAt = this.clock;
    return view;
  }

  private onFeedback(event: FeedbackEvent): void {
    this.events.feedback++;
    let counts = this.articles.get(event.article);
    if (!counts) {
      if (this.articles.size >= MAX_ARTICLES) pruneRare(this.articles, MAX_ARTICLES, (c) => c.helpful + c.notHelpful);
      counts = { helpful: 0, notHelpful: 0 };
      this.articles.set(event.article, counts);
    }
    if (event.helpful) {
      counts.helpful++;
      this.helpful++;
    } else {
      counts.notHelpful++;
      this.notHelpful++;
    }
  }

  private onSearch(view: View, event: SearchedEvent, at: number): void {
    this.events.search++;
    const key = normaliseQuery(event.query);
    if (view.open?.key === key) {
      view.open.count = event.count;
      return;
    }
    this.settle(view);
    view.open = { key, at, count: event.count, clicked: false };
  }

  private onClick(view: View, event: ClickEvent): void {
    this.events.click++;
    this.clicks++;
    this.rankSum += event.rank;
    if (view.open?.key === normaliseQuery(event.query)) view.open.clicked = true;
    else this.clicksWithoutSearch++;
  }

  /** Counts the view's open search, now that nothing can change it. */
  private settle(view: View): void {
    const search = view.open;
    if (!search) return;
    view.open = undefined;
    this.searches++;
    let counts = this.queries.get(search.key);
    if (!counts) {
      if (this.queries.size >= MAX_QUERIES) this.droppedQueries += pruneRare(this.queries, MAX_QUERIES, (c) => c.searches);
      counts = new QueryCounts();
      this.queries.set(search.key, counts);
    }
    counts.searches++;
    const dayKey = Math.floor(search.at / DAY_MS);
    let day = this.days.get(dayKey);
    if (!day) this.days.set(dayKey, (day = { searches: 0, zeroResult: 0 }));
    day.searches++;
    if (search.clicked) {
      this.clickedSearches++;
      counts.clicked++;
    }
    if (search.count === 0) {
      this.zeroResult++;
      counts.zeroResult++;
      day.zeroResult++;
      view.zeroes = view.zeroes.filter((zero) => zero.key !== search.key);
      view.zeroes.push({ key: search.key, at: search.at });
      if (view.zeroes.length > ZEROES_KEPT) view.zeroes.shift();
      return;
    }
    if (!search.clicked) {
      this.noClickSearches++;
      counts.noClick++;
      return;
    }
    for (const zero of view.zeroes) {
      if (zero.key === search.key || Math.abs(search.at - zero.at) >= WINDOW_MS) continue;
      const pair = `${zero.key}\n${search.key}`;
      if (!this.pairs.has(pair) && this.pairs.size >= MAX_PAIRS) pruneRare(this.pairs, MAX_PAIRS, (count) => count);
      this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
      this.reformulationCount++;
    }
    view.zeroes = [];
  }

  /** Closes views idle for 5 minutes of the log's clock, and the least recent beyond MAX_OPEN_VIEWS. */
  private dropIdleViews(): void {
    for (let view = this.views.peekOldest(); view; view = this.views.peekOldest()) {
      if (this.views.size <= MAX_OPEN_VIEWS && view.seenAt >= this.clock - WINDOW_MS) break;
      this.views.takeOldest();
      this.settle(view);
    }
  }
}
