/**
 * A search box as a combobox (WAI-ARIA 1.2, list autocomplete): while typing, matching articles
 * and a row opening the search page; in an empty box, recent searches. Keys follow
 * combobox-model.ts, rows come from instant-view.ts; this file only renders and listens.
 *
 * Korean IME: results follow every `input` event, composition included, with the last syllable
 * read as half-typed by the engine (`챗보` lists `챗봇`), so they never trail one syllable behind.
 * Enter while a syllable is being composed only ends the composition.
 *
 * Each search carries a ticket from the model; its answer goes back to the model as an event, which
 * drops it, or keeps it from opening the popup once the user has moved on (Escape, a choice, Tab).
 */
import { openEngine } from "./open-engine";
import { RecentSearches, browserStore } from "./recent-searches";
import { initialBox, onEvent, type BoxEffect, type BoxEvent, type BoxState, type Ticket } from "./combobox-model";
import {
  INSTANT_ROWS,
  recentView,
  searchPageHref,
  typingView,
  type BoxPaths,
  type InstantRow,
  type InstantView,
} from "./instant-view";
import { cleanQuery } from "../search/clean";
import { appendParts, fromTemplate } from "./dom";
import { ui } from "../ui/strings";
import type { LoggedSearch, SearchLog } from "./search-log";

export interface BoxOptions {
  /** List matching articles while typing (the search page's own box does not: its list below updates). */
  readonly instant: boolean;
  /** Runs a search in place (the search page) instead of opening the search page. */
  readonly onSearch?: (q: string) => void;
}

const empty: InstantView = { rows: [], label: null, notice: null, status: "" };

/** Phones (Tailwind's `sm` breakpoint and below): the popup spans the screen and lists fewer rows. */
const narrowScreen = () => window.matchMedia("(max-width: 639.98px)").matches;
/** Room kept between the popup and the input above it, and the bottom of what is visible. */
const POPUP_GAP_PX = 4;
const POPUP_MARGIN_PX = 8;
/** 32rem: eight article rows, the label and the last row, without scrolling on a desktop. */
const POPUP_MAX_PX = 512;

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search box: ${selector} is missing`);
  return found;
}

function rowElement(row: InstantRow): HTMLLIElement {
  const li = fromTemplate<HTMLLIElement>(`instant-${row.kind}-row`);
  if (row.kind === "article") {
    part(li, '[data-slot="crumbs"]').textContent = row.crumbs;
    appendParts(part(li, '[data-slot="title"]'), row.title);
  } else {
    part(li, '[data-slot="text"]').textContent = row.kind === "all" ? row.text : row.query;
  }
  return li;
}

export function attachSearchBox(form: HTMLFormElement, options: BoxOptions): void {
  if (form.dataset["attached"]) return;
  form.dataset["attached"] = "1";
  const input = part<HTMLInputElement>(form, 'input[role="combobox"]');
  const popup = part<HTMLElement>(form, "[data-popup]");
  const listbox = part<HTMLUListElement>(form, "[data-listbox]");
  const notice = part<HTMLElement>(form, "[data-popup-notice]");
  const popupLabel = part<HTMLElement>(form, "[data-popup-label]");
  const recentActions = part<HTMLElement>(form, "[data-recent-actions]");
  const clearButton = part<HTMLButtonElement>(form, "[data-clear-recent]");
  const status = part<HTMLElement>(form, "[data-status]");
  const listLabel = listbox.getAttribute("aria-label") ?? "";
  const paths: BoxPaths = {
    searchPage: new URL(form.getAttribute("action") ?? "", location.href).pathname,
    articleBase: form.dataset["articleBase"] ?? "/articles/",
    category: form.dataset["category"] ?? "",
  };
  const recent = new RecentSearches(browserStore());
  // Only in a build with SEARCH_LOG_URL (a constant "" otherwise, and this import is dropped);
  // loaded when there is something to send.
  let openedLog: Promise<SearchLog | null> | undefined;
  const searchLog = () =>
    (openedLog ??=
      __SEARCH_LOG_URL__ && options.instant
        ? import("./search-log").then((module) => module.openSearchLog("dropdown"))
        : Promise.resolve(null));
  /** The search whose rows the popup shows, for the log. */
  let listedSearch: LoggedSearch | undefined;

  let box: BoxState = initialBox;
  let view = empty;
  let lastQuery: string | null = null;
  // One search at a time: keys typed while one runs are searched together when it ends (with the
  // text as it is then), so fast typing costs one search per finished search, not one per key.
  let running = false;
  let again = false;

  const focused = () => document.activeElement === input;
  const engine = () => openEngine(form.dataset["metaUrl"] ?? "");
  // The first keystroke needs the meta file: start it on focus (nothing loads before a box is focused).
  const warmUp = () => {
    if (options.instant) engine().catch(() => undefined);
  };

  /**
   * Where the popup may reach: down to the bottom of the visual viewport, which ends above the
   * on-screen keyboard (the layout viewport does not shrink for it), so the last row stays visible.
   */
  const place = () => {
    if (popup.hidden) return;
    const viewport = window.visualViewport;
    const visibleBottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
    const top = input.getBoundingClientRect().bottom + POPUP_GAP_PX;
    popup.style.setProperty("--popup-top", `${Math.round(top)}px`);
    const room = Math.max(visibleBottom - top - POPUP_MARGIN_PX, 0);
    popup.style.setProperty("--popup-max", `${Math.round(Math.min(room, POPUP_MAX_PX))}px`);
  };

  const render = () => {
    const state = box.popup;
    popup.hidden = !state.open;
    place();
    input.setAttribute("aria-expanded", String(state.open));
    const items = listbox.children;
    for (let i = 0; i < items.length; i++) items[i]!.setAttribute("aria-selected", String(i === state.active));
    const active = state.open && state.active >= 0 ? items[state.active] : undefined;
    if (active) {
      input.setAttribute("aria-activedescendant", active.id);
      active.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  /** Puts `next`'s rows in the list (the model has set whether the popup shows them). */
  const show = (next: InstantView, announce: boolean) => {
    view = next;
    listbox.replaceChildren(
      ...next.rows.map((row, i) => {
        const li = rowElement(row);
        li.id = `${input.id}-option-${i}`;
        return li;
      }),
    );
    notice.hidden = next.notice === null;
    notice.textContent = next.notice ?? "";
    const recentList = next.rows.some((row) => row.kind === "recent");
    popupLabel.hidden = next.label === null;
    popupLabel.textContent = next.label ?? "";
    if (next.label) listbox.setAttribute("aria-labelledby", popupLabel.id);
    else listbox.removeAttribute("aria-labelledby");
    listbox.setAttribute("aria-label", next.label ?? listLabel);
    recentActions.hidden = !recentList;
    if (announce && status.textContent !== next.status) status.textContent = next.status;
  };

  /** Passes `event` to the model; the effects of keys are carried out by the caller. */
  const send = (event: BoxEvent): BoxEffect => {
    const step = onEvent(box, event);
    box = step.state;
    return step.effect;
  };

  /** The answer of the search with `ticket`: shown, or dropped, as the model says. */
  const answer = (ticket: Ticket, next: InstantView, search?: LoggedSearch) => {
    const effect = send({ type: "results", ticket, count: next.rows.length, focused: focused() });
    if (effect?.type === "show") show(next, effect.announce);
    render();
    if (effect?.type === "show" && effect.announce && search) {
      listedSearch = search;
      // Counted once the typing stops for a moment, or when a row is opened or the page left.
      void searchLog().then((log) => log?.typed(search));
    }
  };

  const update = async () => {
    send({ type: "search" });
    const ticket = box.search;
    const q = cleanQuery(input.value);
    lastQuery = q;
    if (!q) return answer(ticket, recentView(recent.list(), paths));
    if (!options.instant) return answer(ticket, empty);
    try {
      const opened = await engine();
      const outcome = await opened.instant(q, { category: paths.category });
      const records = await opened.load(outcome.hits.map((hit) => hit.id));
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
      answer(ticket, typingView(outcome, records, paths, narrowScreen() ? INSTANT_ROWS.narrow : INSTANT_ROWS.wide), search);
    } catch {
      // No rows rather than an error under the box: Enter still opens the search page, which says what failed.
      answer(ticket, empty);
    }
  };

  const search = (q: string) => {
    const query = cleanQuery(q);
    if (!query) return;
    recent.add(query);
    // The search page reports this search itself (nothing is pending if the log never opened).
    void openedLog?.then((log) => log?.cancel());
    send({ type: "submitted" });
    render();
    if (options.onSearch) options.onSearch(query);
    else location.assign(searchPageHref(paths, query));
  };

  const choose = (index: number, newTab = false) => {
    const row = view.rows[index];
    if (!row) return;
    if (row.kind === "recent") {
      input.value = row.query;
      return search(row.query);
    }
    const typed = cleanQuery(input.value);
    recent.add(typed);
    // The last row opens the search page for the text in the box now: its rows may still be those
    // of a few keys ago (a search answers after the keys that follow it).
    const target = row.kind === "all" ? searchPageHref(paths, typed) : row.href;
    const listed = listedSearch;
    // A listed search opened the log; with none there is nothing to report.
    void openedLog?.then((log) => {
      if (row.kind === "article" && listed) log?.clicked(listed, row.slug, index + 1);
      // The last row opens the search page, which reports the search itself.
      else log?.cancel();
    });
    if (newTab) {
      window.open(target, "_blank", "noopener");
      return;
    }
    send({ type: "chosen" });
    render();
    if (row.kind === "all" && options.onSearch) options.onSearch(typed);
    else location.assign(target);
  };

  const removeRecent = (index: number) => {
    const row = view.rows[index];
    if (row?.kind !== "recent") return;
    const left = recent.remove(row.query);
    show(recentView(left, paths), false);
    send({ type: "removed", count: left.length });
    status.textContent = ui.recentRemoved(row.query);
    render();
  };

  const carryOut = (effect: BoxEffect) => {
    if (!effect) return;
    if (effect.type === "choose") choose(effect.index);
    else if (effect.type === "remove") removeRecent(effect.index);
    else if (effect.type === "clear-input") {
      input.value = "";
      void update();
    }
  };

  const searchSoon = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // A macrotask later: events of one IME step (commit `카`, then compose `드`) make one search.
    setTimeout(() => {
      void update().finally(() => {
        running = false;
        if (again && cleanQuery(input.value) !== lastQuery) searchSoon();
        again = false;
      });
    }, 0);
  };

  input.addEventListener("input", () => {
    send({ type: "input" });
    // The IME sends two events when a syllable is committed and the next begins (`챗`, then `챗ㅂ`):
    // the first changes nothing to search for.
    if (cleanQuery(input.value) !== lastQuery) searchSoon();
  });
  input.addEventListener("focus", () => {
    warmUp();
    send({ type: "focus" });
    render();
    if (box.popup.count === 0 || input.value.trim() === "") void update();
  });
  input.addEventListener("keydown", (event) => {
    if (event.isComposing || event.keyCode === 229) {
      // Enter that ends an IME composition must not submit a half-typed syllable.
      if (event.key === "Enter") event.preventDefault();
      return;
    }
    const next = onEvent(box, { type: "key", key: event.key, alt: event.altKey });
    if (next.handled) event.preventDefault();
    box = next.state;
    render();
    if (next.effect?.type !== "submit") carryOut(next.effect);
  });
  form.addEventListener("submit", (event) => {
    const q = cleanQuery(input.value);
    // An empty box stays on the page; a query is remembered, then searched in place or on the search page.
    event.preventDefault();
    search(q);
  });
  // Keep focus in the input while the mouse is down on the popup, so a click lands before it closes.
  popup.addEventListener("mousedown", (event) => {
    if (event.target !== clearButton) event.preventDefault();
  });
  listbox.addEventListener("click", (event) => {
    const target = event.target as Element;
    const li = target.closest('[role="option"]');
    if (!li) return;
    const index = [...listbox.children].indexOf(li);
    if (target.closest("[data-remove]")) return removeRecent(index);
    choose(index, event.ctrlKey || event.metaKey);
  });
  clearButton.addEventListener("click", () => {
    recent.clear();
    show(empty, false);
    send({ type: "removed", count: 0 });
    render();
    status.textContent = ui.recentCleared;
    input.focus();
  });
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) {
      send({ type: "leave" });
      render();
    }
  });
  document.addEventListener("pointerdown", (event) => {
    if ((box.popup.open || !box.ended) && !form.contains(event.target as Node)) {
      send({ type: "leave" });
      render();
    }
  });

  // The keyboard opening or closing, a pinch zoom or a scroll moves what is visible: the popup follows.
  window.visualViewport?.addEventListener("resize", place);
  window.visualViewport?.addEventListener("scroll", place);
  window.addEventListener("scroll", place, { passive: true });
  window.addEventListener("resize", place);

  // This code loads on first focus: start the meta file, and search text typed before it arrived.
  if (focused()) {
    warmUp();
    send({ type: "focus" });
    void update();
  }
}
