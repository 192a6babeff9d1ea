/**
 * What a search box does, without the DOM: which search runs when, what the popup lists, what a
 * key, a click or Enter leads to. search-box.ts turns DOM events into calls here and draws what
 * the controller hands its `BoxScreen`; unit tests drive it with a fake engine and a fake screen.
 *
 * Keys follow combobox-model.ts; each search carries the model's ticket, and its answer goes back
 * to the model, which drops it or keeps it from opening the popup once the user has moved on.
 * One search runs at a time: keys typed meanwhile are searched together when it ends (with the text
 * as it is then), so fast typing costs one search per finished search, not one per key.
 */
import {
  initialBox,
  onEvent,
  type BoxEffect,
  type BoxEvent,
  type BoxState,
  type ComboState,
  type Ticket,
} from "./combobox-model";
import { recentView, searchPageHref, typingView, type BoxPaths, type InstantView } from "./instant-view";
import type { RecentSearches } from "./recent-searches";
import type { LoggedSearch, SearchLog } from "./search-log";
import type { EngineApi } from "./engine-api";
import { cleanQuery } from "../search/clean";
import { ui } from "../ui/strings";

/** What the controller draws with. */
export interface BoxScreen {
  /** The text in the box, and whether the box has focus. */
  text(): string;
  setText(text: string): void;
  focused(): boolean;
  /** Puts `view`'s rows in the list; `announce`: say its status to screen readers. */
  showRows(view: InstantView, announce: boolean): void;
  /** Shows the popup open or closed, with its active row. */
  render(popup: ComboState): void;
  /** Says `text` in the box's live region. */
  say(text: string): void;
}

/** What the controller works with besides its screen. */
export interface BoxServices {
  readonly paths: BoxPaths;
  /** List matching articles while typing (the search page's own box does not: its list below updates). */
  readonly instant: boolean;
  readonly engine: () => Promise<Pick<EngineApi, "instant" | "heads" | "prepare">>;
  readonly recent: RecentSearches;
  /** How many article rows the popup lists (fewer on a phone). */
  readonly rowLimit: () => number;
  /** Runs a search in place (the search page) instead of opening the search page. */
  readonly onSearch?: ((q: string) => void) | undefined;
  readonly navigate: (href: string) => void;
  readonly openInNewTab: (href: string) => void;
  /** The search log, opened on first use; null where the build has none. */
  readonly searchLog: () => Promise<SearchLog | null>;
  /** Runs `task` after the events of this moment (one IME step sends two: commit `카`, compose `드`). */
  readonly later: (task: () => void) => void;
}

const empty: InstantView = { query: "", rows: [], label: null, notice: null, status: "" };

export class SearchBoxController {
  private box: BoxState = initialBox;
  private view = empty;
  private lastQuery: string | null = null;
  private running = false;
  private again = false;
  /** The search whose rows the popup shows, for the log. */
  private listedSearch: LoggedSearch | undefined;
  /** Whether the engine was asked to prepare for corrections (once, after the first rows). */
  private prepared = false;
  /** The log, once a listed search has opened it: a submit or a click reports only to an open log. */
  private openedLog: Promise<SearchLog | null> | undefined;

  constructor(
    private readonly screen: BoxScreen,
    private readonly services: BoxServices,
  ) {}

  /** Whether the popup is open or a search generation is still running (a click outside ends it). */
  get active(): boolean {
    return this.box.popup.open || !this.box.ended;
  }

  /** The text changed (typing, an IME step, a paste). */
  input(): void {
    this.send({ type: "input" });
    // The IME sends two events when a syllable is committed and the next begins (`챗`, then `챗ㅂ`):
    // the first changes nothing to search for.
    if (cleanQuery(this.screen.text()) !== this.lastQuery) this.searchSoon();
  }

  focus(): void {
    // The first keystroke needs the meta file: start it on focus (nothing loads before a box is focused).
    if (this.services.instant) this.services.engine().catch(() => undefined);
    this.send({ type: "focus" });
    this.screen.render(this.box.popup);
    if (this.box.popup.count === 0 || this.screen.text().trim() === "") void this.update();
  }

  /** A key pressed in the box; returns whether the controller handled it (the browser must not). */
  key(key: string, { alt = false, composing = false } = {}): boolean {
    // Enter that ends an IME composition must not submit a half-typed syllable.
    if (composing) return key === "Enter";
    const next = onEvent(this.box, { type: "key", key, alt });
    this.box = next.state;
    this.screen.render(this.box.popup);
    if (next.effect?.type !== "submit") this.carryOut(next.effect);
    return next.handled;
  }

  /** The form was submitted (Enter with no row active, or the button). */
  submit(): void {
    const query = cleanQuery(this.screen.text());
    if (!query) return;
    this.services.recent.add(query);
    // The search page reports this search itself (nothing is pending if the log never opened).
    void this.openedLog?.then((log) => log?.cancel());
    this.send({ type: "submitted" });
    this.screen.render(this.box.popup);
    if (this.services.onSearch) this.services.onSearch(query);
    else this.services.navigate(searchPageHref(this.services.paths, query));
  }

  /** Row `index` clicked; `newTab` with Ctrl or ⌘. */
  choose(index: number, newTab = false): void {
    const row = this.view.rows[index];
    if (!row) return;
    if (row.kind === "recent") {
      this.screen.setText(row.query);
      return this.submit();
    }
    const typed = cleanQuery(this.screen.text());
    this.services.recent.add(typed);
    // The last row opens the search page for the text in the box now: its rows may still be those
    // of a few keys ago (a search answers after the keys that follow it).
    const target = row.kind === "all" ? searchPageHref(this.services.paths, typed) : row.href;
    const listed = this.listedSearch;
    void this.openedLog?.then((log) => {
      if (row.kind === "article" && listed) log?.clicked(listed, row.slug, index + 1);
      // The last row opens the search page, which reports the search itself.
      else log?.cancel();
    });
    if (newTab) return this.services.openInNewTab(target);
    this.send({ type: "chosen" });
    this.screen.render(this.box.popup);
    if (row.kind === "all" && this.services.onSearch) this.services.onSearch(typed);
    else this.services.navigate(target);
  }

  /** The remove button of recent search `index`. */
  removeRecent(index: number): void {
    const row = this.view.rows[index];
    if (row?.kind !== "recent") return;
    const left = this.services.recent.remove(row.query);
    this.show(recentView(left, this.services.paths), false);
    this.send({ type: "removed", count: left.length });
    this.screen.say(ui.recentRemoved(row.query));
    this.screen.render(this.box.popup);
  }

  clearRecent(): void {
    this.services.recent.clear();
    this.show(empty, false);
    this.send({ type: "removed", count: 0 });
    this.screen.render(this.box.popup);
    this.screen.say(ui.recentCleared);
  }

  /** Focus or a click went elsewhere. */
  leave(): void {
    this.send({ type: "leave" });
    this.screen.render(this.box.popup);
  }

  private show(view: InstantView, announce: boolean): void {
    this.view = view;
    this.screen.showRows(view, announce);
  }

  /** Passes `event` to the model; the effects of keys are carried out by the caller. */
  private send(event: BoxEvent): BoxEffect {
    const step = onEvent(this.box, event);
    this.box = step.state;
    return step.effect;
  }

  /** The answer of the search with `ticket`: shown, or dropped, as the model says. */
  private answer(ticket: Ticket, next: InstantView, search?: LoggedSearch): void {
    const effect = this.send({ type: "results", ticket, count: next.rows.length, focused: this.screen.focused() });
    if (effect?.type === "show") this.show(next, effect.announce);
    this.screen.render(this.box.popup);
    if (effect?.type === "show" && effect.announce && search) {
      this.listedSearch = search;
      // Counted once the typing stops for a moment, or when a row is opened or the page left.
      this.openedLog ??= this.services.searchLog();
      void this.openedLog.then((log) => log?.typed(search));
    }
  }

  private async update(): Promise<void> {
    this.send({ type: "search" });
    const ticket = this.box.search;
    const q = cleanQuery(this.screen.text());
    this.lastQuery = q;
    const { paths } = this.services;
    if (!q) return this.answer(ticket, recentView(this.services.recent.list(), paths));
    if (!this.services.instant) return this.answer(ticket, empty);
    try {
      const engine = await this.services.engine();
      const outcome = await engine.instant(q, { category: paths.category });
      // Rows show no snippet: their titles, not their articles' text.
      const heads = await engine.heads(outcome.hits.map((hit) => hit.id));
      const search: LoggedSearch = {
        q,
        query: outcome.query.display,
        corrected: outcome.corrected,
        count: outcome.total,
        mode: outcome.mode,
        category: paths.category,
        sort: "relevance",
        page: 1,
      };
      this.answer(ticket, typingView(outcome, heads, paths, this.services.rowLimit()), search);
      // The next keys may need a word reread (a half-typed syllable often finds nothing as typed):
      // its tables load now, between keys, not on the key that first needs them.
      if (!this.prepared) {
        this.prepared = true;
        engine.prepare().catch(() => (this.prepared = false));
      }
    } catch {
      // No rows rather than an error under the box: Enter still opens the search page, which says what failed.
      this.answer(ticket, empty);
    }
  }

  private carryOut(effect: BoxEffect): void {
    if (!effect) return;
    if (effect.type === "choose") this.choose(effect.index);
    else if (effect.type === "remove") this.removeRecent(effect.index);
    else if (effect.type === "clear-input") {
      this.screen.setText("");
      void this.update();
    }
  }

  private searchSoon(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.services.later(() => {
      void this.update().finally(() => {
        this.running = false;
        if (this.again && cleanQuery(this.screen.text()) !== this.lastQuery) this.searchSoon();
        this.again = false;
      });
    });
  }
}
