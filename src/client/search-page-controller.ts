/**
 * What the search page does, without the DOM: its state follows the URL (search-state.ts), every
 * change asks the engine and hands the view model's answer (search-view.ts) to a `PageScreen`.
 * search-page.ts draws and listens; unit tests drive this with a fake screen, URL and engine.
 *
 * Each render awaits files; a newer state makes older renders drop their results, so a slow answer
 * never replaces a newer one.
 */
import { readState, RESULTS_PER_PAGE, stateToSearch, type PageState } from "./search-state";
import {
  clampedPage,
  failedView,
  hitsOnPage,
  loadingView,
  needsWholeText,
  promptView,
  resultsView,
  type SearchView,
} from "./search-view";
import type { EngineApi } from "./engine-api";
import type { RecentSearches } from "./recent-searches";
import type { LoggedSearch, SearchLog } from "./search-log";
import { cleanQuery } from "../search/clean";

/** Quiet time after a keystroke before the list follows the box. */
export const TYPING_DELAY_MS = 150;

export interface PageScreen {
  /** The search box's text, and whether it has focus (its text is then the user's, not the URL's). */
  inputText(): string;
  setInputText(text: string): void;
  inputFocused(): boolean;
  /** The sort toggle and category menu set to `state`'s. */
  setControls(state: PageState): void;
  /** A search is under way: the list is busy. */
  busy(): void;
  /** `view` drawn for `state` (whose links and ranks it needs). */
  show(view: SearchView, state: PageState): void;
  /** The snippets of the results shown, replaced in place (the list, its links and focus stay). */
  refineSnippets(results: SearchView["results"]): void;
}

/** The page's address: its query string, and a new one pushed or put in place of the current. */
export interface PageAddress {
  readonly path: string;
  search(): string;
  write(search: string, mode: "push" | "replace"): void;
}

export interface PageServices {
  readonly address: PageAddress;
  readonly knownCategories: ReadonlySet<string>;
  readonly articleBase: string;
  readonly recent: RecentSearches;
  /** The search log, opened on first use; null where the build has none. */
  readonly searchLog: () => Promise<SearchLog | null>;
  /** Runs `task` after `ms`; returns what cancels it. */
  readonly after: (ms: number, task: () => void) => () => void;
}

export class SearchPageController {
  private state: PageState;
  private engine: EngineApi | undefined;
  private renderSeq = 0;
  private cancelTyping: (() => void) | undefined;
  /** The search shown now, for the log; and whether it came from typing (it counts once the typing stops). */
  private shownSearch: LoggedSearch | undefined;
  private fromTyping = false;
  private openedLog: Promise<SearchLog | null> | undefined;

  constructor(
    private readonly screen: PageScreen,
    private readonly services: PageServices,
  ) {
    this.state = readState(services.address.search(), services.knownCategories);
  }

  /** The page's state now. */
  get current(): PageState {
    return this.state;
  }

  /** The URL of another state of the page. */
  href(next: PageState): string {
    return this.services.address.path + stateToSearch(next);
  }

  /** Shows the URL's state at once, and its results when `opening` (the engine) is ready. */
  start(opening: Promise<EngineApi>): void {
    const { address } = this.services;
    this.screen.setInputText(this.state.q);
    if (this.state.q) this.services.recent.add(this.state.q);
    // Normalise what the URL said (unknown sort or category, page=-3) without adding a history entry.
    if (address.search() !== stateToSearch(this.state)) address.write(stateToSearch(this.state), "replace");
    this.render();
    opening
      .then((engine) => {
        this.engine = engine;
        this.render();
      })
      .catch(() => this.screen.show(failedView(), this.state));
  }

  /** The box's text changed: the list follows once the typing pauses, in place of the current entry. */
  typed(): void {
    this.cancelTyping?.();
    this.cancelTyping = this.services.after(TYPING_DELAY_MS, () => this.searchTyped("replace"));
  }

  /** `q` searched from the box (Enter, a recent search): a new history entry. */
  searched(q: string): void {
    this.screen.setInputText(q);
    this.searchTyped("push");
  }

  /** A link to another state of the page followed (a page number, a corrected query). */
  follow(next: PageState): void {
    this.screen.setInputText(next.q);
    this.commit(next, "push");
  }

  /** The order chosen; `mode`: the first change since the control took focus pushes, later ones replace. */
  sorted(sort: string, mode: "push" | "replace"): void {
    this.commit({ ...this.state, sort: sort === "latest" ? "latest" : "relevance", page: 1 }, mode);
  }

  /** A category chosen ("" for all); one the page does not know counts as all. */
  filtered(category: string, mode: "push" | "replace"): void {
    this.commit({ ...this.state, category: this.services.knownCategories.has(category) ? category : "", page: 1 }, mode);
  }

  /** The browser went back or forward: the URL says the state. */
  addressChanged(): void {
    this.state = readState(this.services.address.search(), this.services.knownCategories);
    this.screen.setInputText(this.state.q);
    this.render();
  }

  /** A result opened: the search is remembered and, with a log, the click reported. */
  opened(slug: string, rank: number): void {
    this.services.recent.add(this.state.q);
    const search = this.shownSearch;
    if (search) void this.log().then((log) => log?.clicked(search, slug, rank));
  }

  private log(): Promise<SearchLog | null> {
    return (this.openedLog ??= this.services.searchLog());
  }

  private searchTyped(mode: "push" | "replace"): void {
    this.cancelTyping?.();
    const q = cleanQuery(this.screen.inputText());
    // A new query is corrected again; the same query keeps "search exactly as typed".
    this.commit({ ...this.state, q, page: 1, exact: this.state.exact && q === this.state.q }, mode, mode === "replace");
  }

  private commit(next: PageState, mode: "push" | "replace", typing = false): void {
    const { address } = this.services;
    this.fromTyping = typing;
    const search = stateToSearch(next);
    const changed = search !== stateToSearch(this.state) || address.search() !== search;
    this.state = next;
    if (changed) address.write(search, mode);
    this.render();
  }

  private render(): void {
    void this.renderAsync();
  }

  private async renderAsync(): Promise<void> {
    const seq = ++this.renderSeq;
    const state = this.state;
    if (this.screen.inputText() !== state.q && !this.screen.inputFocused()) this.screen.setInputText(state.q);
    this.screen.setControls(state);
    if (!state.q) return this.screen.show(promptView(), state);
    const engine = this.engine;
    if (!engine) return this.screen.show(loadingView(state), state);
    this.screen.busy();
    try {
      const outcome = await engine.search(state.q, {
        sort: state.sort,
        category: state.category,
        correct: !state.exact,
        // This page and those before it in their final order (the engine checks the adjacency tier
        // of the hits it will show against their text).
        orderedUpTo: state.page * RESULTS_PER_PAGE,
      });
      if (seq !== this.renderSeq) return;
      const clamped = clampedPage(state, outcome.hits.length);
      // Out-of-range pages (page=999) show the last page and the URL says so.
      if (clamped) return this.commit(clamped, "replace");
      const shown = hitsOnPage(state, outcome.hits);
      const [records, suggestion] = await Promise.all([
        engine.excerpts(shown.map((hit) => hit.id)),
        outcome.totalAll === 0 ? engine.suggest(state.q) : Promise.resolve(null),
      ]);
      if (seq !== this.renderSeq) return;
      const search: LoggedSearch = {
        q: state.q,
        query: outcome.query.display,
        corrected: outcome.corrected,
        count: outcome.hits.length,
        mode: outcome.mode,
        category: state.category,
        sort: state.sort,
        page: state.page,
      };
      this.shownSearch = search;
      this.screen.show(resultsView(state, outcome, records, suggestion, this.services.articleBase), state);
      const typing = this.fromTyping;
      void this.log().then((log) => (typing ? log?.typed(search) : log?.settled(search)));
      // A long article's snippet is drawn from its lead at once; where the lead lacks a word, the
      // whole text follows (another file) and the snippet is redrawn in place. The list, its count
      // and its order are final from the first drawing.
      const short = records.flatMap((record, i) => (needsWholeText(record, outcome.highlight) ? [i] : []));
      if (short.length === 0) return;
      const whole = await engine.load(short.map((i) => shown[i]!.id)).catch(() => null);
      if (!whole || seq !== this.renderSeq) return;
      const refined = [...records];
      short.forEach((i, k) => (refined[i] = { ...whole[k]!, more: false }));
      this.screen.refineSnippets(resultsView(state, outcome, refined, suggestion, this.services.articleBase).results);
    } catch {
      if (seq === this.renderSeq) this.screen.show(failedView(), state);
    }
  }
}
