/**
 * One search event, as the site sends it (navigator.sendBeacon, a JSON text) to the owner's endpoint
 * and as that endpoint appends it to a log, one JSON object per line. The browser code that sends
 * events and `npm run search-report` that reads them share this file, so the two cannot drift apart:
 * it uses neither the DOM nor Node (src/shared/tsconfig.json checks that in `npm run check`).
 *
 * Nothing here identifies a person: no account, no address, no user agent, nothing kept in the
 * browser. `view` lives for one page load only.
 */

/**
 * The search an event belongs to, on searches and on clicks alike: a click then names its own
 * search, and the report can match the two without keeping every search it has read.
 */
interface SearchContext {
  /** As typed: the report shows what people actually write, typos and all, next to what was searched. */
  readonly q: string;
  /**
   * As searched, after any correction (English-mode typing, a typo); equal to `q` when nothing was
   * corrected. The report counts by this one, so a typo the engine fixed is not a failed search.
   */
  readonly query: string;
  /** Results in all (not on this page): 0 is the signal for content gaps and synonym suggestions. */
  readonly count: number;
  /**
   * How the engine answered ("exact", "expanded", "relaxed", "corrected", "suggested", …). An opaque
   * label: the engine may grow new ways of answering without breaking old logs or the report.
   */
  readonly mode: string;
  /** The category slug path the search was limited to, "" for all: a zero count inside a category is a different problem from one everywhere. */
  readonly category: string;
  /** "date" is the search page's "최신순" (its URL says `sort=latest`); a sort change re-sends the same search. */
  readonly sort: "relevance" | "date";
  /** 1-based; paging re-sends the same search, which the report must not count twice. */
  readonly page: number;
}

interface EventBase {
  /** The search page's box or a search box's dropdown: they list results differently, so click ranks differ. */
  readonly source: "page" | "dropdown";
  /**
   * ISO 8601, from the browser's clock: only differences within one `view` are trusted (the same
   * clock), as clocks of different browsers can be far apart.
   */
  readonly at: string;
  /**
   * A random string made for each page load, so that a search, the clicks on its results and the
   * next search typed on the same page can be told apart from other people's. It is not a person
   * id: reloading the page, or opening another, makes a new one. Missing on lines written before it
   * existed.
   */
  readonly view?: string;
}

/** A settled search: the results were shown. */
export interface SearchedEvent extends EventBase, SearchContext {
  readonly type: "search";
}

/** A result was opened: the search found something the searcher wanted to read. */
export interface ClickEvent extends EventBase, SearchContext {
  readonly type: "click";
  /** The article's slug: which answers searches lead to. */
  readonly article: string;
  /** 1-based position in the whole result list (page 2's first result is 11): how far people had to look. */
  readonly rank: number;
}

/**
 * An answer to "이 도움말이 도움이 되었나요?" on an article page. That page is a page load of its own,
 * usually opened without a search (a link, a category list), so the search fields and `source`
 * are optional here: present only when the sender knows them.
 */
export interface FeedbackEvent extends Omit<EventBase, "source">, Partial<SearchContext> {
  readonly type: "feedback";
  readonly source?: EventBase["source"];
  readonly article: string;
  readonly helpful: boolean;
}

export type SearchEvent = SearchedEvent | ClickEvent | FeedbackEvent;

/** Quoted in error messages, cut short: a line is someone's input and may be long. */
function shown(value: unknown): string {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

type Fields = Record<string, unknown>;
type Check = (fields: Fields, name: string) => string | undefined;

const isString: Check = (f, name) =>
  typeof f[name] === "string" ? undefined : `"${name}" must be a string, got ${shown(f[name])}`;
const isWhole =
  (min: number): Check =>
  (f, name) => {
    const value = f[name];
    return typeof value === "number" && Number.isInteger(value) && value >= min
      ? undefined
      : `"${name}" must be a whole number ≥ ${min}, got ${shown(value)}`;
  };
const isOneOf =
  (...values: string[]): Check =>
  (f, name) =>
    values.includes(f[name] as string) ? undefined : `"${name}" must be ${values.join(" or ")}, got ${shown(f[name])}`;
const isBoolean: Check = (f, name) =>
  typeof f[name] === "boolean" ? undefined : `"${name}" must be true or false, got ${shown(f[name])}`;
const isTime: Check = (f, name) => {
  const value = f[name];
  return typeof value === "string" && ISO_TIME.test(value) && Number.isFinite(Date.parse(value))
    ? undefined
    : `"${name}" must be an ISO 8601 time such as 2026-12-08T09:30:00.000Z, got ${shown(value)}`;
};
const isViewId: Check = (f, name) =>
  typeof f[name] === "string" && f[name] !== "" ? undefined : `"${name}" must be a non-empty string, got ${shown(f[name])}`;

const CONTEXT: [string, Check][] = [
  ["q", isString],
  ["query", isString],
  ["count", isWhole(0)],
  ["mode", isString],
  ["category", isString],
  ["sort", isOneOf("relevance", "date")],
  ["page", isWhole(1)],
];
const BASE: [string, Check][] = [
  ["source", isOneOf("page", "dropdown")],
  ["at", isTime],
];

/** Required fields, then optional ones (checked only when present), per event type. */
const SHAPES: Record<SearchEvent["type"], { required: [string, Check][]; optional: [string, Check][] }> = {
  search: { required: [...CONTEXT, ...BASE], optional: [["view", isViewId]] },
  click: {
    required: [...CONTEXT, ...BASE, ["article", isString], ["rank", isWhole(1)]],
    optional: [["view", isViewId]],
  },
  feedback: {
    required: [
      ["article", isString],
      ["helpful", isBoolean],
      ["at", isTime],
    ],
    optional: [...CONTEXT, ["source", isOneOf("page", "dropdown")], ["view", isViewId]],
  },
};

/**
 * Reads one log line. Never throws: a line that is not JSON, not an object, of an unknown type or
 * with a missing or mistyped field gives `{ error }` naming the first problem. A byte order mark and
 * surrounding white space (a CRLF line's CR) are ignored. Fields the type does not know are dropped.
 */
export function parseSearchEvent(line: string): SearchEvent | { error: string } {
  const text = (line.charCodeAt(0) === 0xfeff ? line.slice(1) : line).trim();
  if (text === "") return { error: "empty line" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: "not JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "not a JSON object" };
  const fields = value as Fields;
  const type = fields.type;
  if (type !== "search" && type !== "click" && type !== "feedback")
    return { error: `"type" must be search, click or feedback, got ${shown(type)}` };
  const shape = SHAPES[type];
  const event: Fields = { type };
  for (const [name, check] of shape.required) {
    if (!Object.hasOwn(fields, name)) return { error: `missing "${name}"` };
    const problem = check(fields, name);
    if (problem) return { error: problem };
    event[name] = fields[name];
  }
  for (const [name, check] of shape.optional) {
    if (!Object.hasOwn(fields, name)) continue;
    const problem = check(fields, name);
    if (problem) return { error: problem };
    event[name] = fields[name];
  }
  return event as unknown as SearchEvent;
}
