/**
 * The search page: reads its state from the URL, asks the engine, and renders what the view model
 * (search-view.ts) says from the page's `<template>`s. Text from users and articles is only ever
 * set as text, never as HTML.
 */
import { attachSearchBox } from "./search-box";
import { RecentSearches, browserStore } from "./recent-searches";
import { readState, RESULTS_PER_PAGE, stateToSearch, type PageState } from "./search-state";
import { clampedPage, failedView, hitsOnPage, loadingView, promptView, resultsView, type SearchView } from "./search-view";
import type { EngineApi } from "./engine-api";
import type { LoggedSearch, SearchLog } from "./search-log";
import { appendParts, fromTemplate } from "./dom";
import { cleanQuery } from "../search/clean";
import { ui } from "../ui/strings";

/** Quiet time after a keystroke before the list follows the box. */
const TYPING_DELAY_MS = 150;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: #${id} is missing`);
  return found as T;
}

function slot<T extends Element>(root: Element, name: string): T {
  return root.querySelector<T>(`[data-slot="${name}"]`)!;
}

/** A plain left click: the page handles it; other clicks (new tab, new window) are the browser's. */
function plainClick(event: MouseEvent): boolean {
  return !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0);
}

/** `opening`: the engine, started by the page's first script before this module loaded (search-page-start.ts). */
export function startSearchPage(opening: Promise<EngineApi>): void {
  const root = element<HTMLElement>("search-page");
  const form = element<HTMLFormElement>("search-form");
  const input = element<HTMLInputElement>("search-q");
  const sortGroup = element<HTMLFieldSetElement>("search-sort");
  const sortRadios = [...sortGroup.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const help = element<HTMLElement>("search-help");
  const categorySelect = element<HTMLSelectElement>("search-category");
  // The menu with its label: hidden together when no category has results.
  const categoryBox = categorySelect.parentElement!;
  const heading = element<HTMLHeadingElement>("results-heading");
  const message = element<HTMLParagraphElement>("search-message");
  const status = element<HTMLParagraphElement>("search-status");
  const list = element<HTMLOListElement>("search-results");
  const pagination = element<HTMLElement>("search-pagination");
  const pageList = pagination.querySelector("ul")!;
  const articleBase = root.dataset["articleBase"] ?? "/articles/";
  const categoryOptions = [...categorySelect.options].slice(1).map((option) => ({ option, label: option.text }));
  const knownCategories = new Set(categoryOptions.map(({ option }) => option.value));
  const recent = new RecentSearches(browserStore());

  // Only in a build with SEARCH_LOG_URL: without it the bundler drops this import (a constant "").
  // Loaded when there is something to send, after the results, never on their way.
  let openedLog: Promise<SearchLog | null> | undefined;
  const searchLog = () =>
    (openedLog ??= __SEARCH_LOG_URL__
      ? import("./search-log").then((module) => module.openSearchLog("page"))
      : Promise.resolve(null));
  /** The search shown now, for the log; and whether it came from typing (it counts once the typing stops). */
  let shownSearch: LoggedSearch | undefined;
  let fromTyping = false;

  let state: PageState = readState(location.search, knownCategories);
  let engine: EngineApi | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  // Each render awaits files; a newer state makes older renders drop their results.
  let renderSeq = 0;

  const href = (next: PageState) => location.pathname + stateToSearch(next);

  const commit = (next: PageState, mode: "push" | "replace", typing = false) => {
    fromTyping = typing;
    const changed = stateToSearch(next) !== stateToSearch(state) || location.search !== stateToSearch(next);
    state = next;
    if (changed) history[mode === "push" ? "pushState" : "replaceState"](null, "", href(next));
    render();
  };

  /** A link to another state of the page: handled in place, focus to the results heading. */
  const stateLink = (anchor: HTMLAnchorElement, next: PageState) => {
    anchor.href = href(next);
    anchor.addEventListener("click", (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      input.value = next.q;
      commit(next, "push");
      heading.focus();
    });
  };

  const show = (view: SearchView) => {
    root.setAttribute("aria-busy", String(view.busy));
    heading.textContent = view.heading;
    document.title = `${view.documentTitle} | ${ui.siteName}`;
    message.replaceChildren();
    view.message.forEach((part, i) => {
      if (i > 0) message.append(" ");
      if (typeof part === "string") return message.append(part);
      const anchor = fromTemplate<HTMLAnchorElement>("search-message-link");
      anchor.textContent = part.text;
      stateLink(anchor, part.state);
      message.append(anchor);
    });
    message.hidden = view.message.length === 0;
    // Announced once the answer is known, count and message together.
    const said = view.busy ? "" : [view.heading, message.textContent].filter(Boolean).join(" ");
    if (status.textContent !== said) status.textContent = said;
    for (const { option, label } of categoryOptions) {
      option.text = view.categoryCounts ? ui.categoryOption(label, view.categoryCounts.get(option.value) ?? 0) : label;
    }
    list.replaceChildren(
      ...view.results.map((result, i) => {
        const li = fromTemplate<HTMLLIElement>("search-result");
        slot(li, "crumbs").textContent = result.crumbs;
        const title = slot<HTMLAnchorElement>(li, "title");
        title.href = result.href;
        appendParts(title, result.title);
        const rank = (state.page - 1) * RESULTS_PER_PAGE + i + 1;
        const search = shownSearch;
        title.addEventListener("click", () => {
          recent.add(state.q);
          if (search) void searchLog().then((log) => log?.clicked(search, result.slug, rank));
        });
        appendParts(slot(li, "snippet"), result.snippet);
        const time = slot<HTMLTimeElement>(li, "updated");
        time.dateTime = result.updated;
        time.textContent = result.updatedText;
        return li;
      }),
    );
    pageList.replaceChildren(
      ...view.pages.map((link) => {
        if (link.page === null) return fromTemplate<HTMLLIElement>("search-page-gap");
        const li = fromTemplate<HTMLLIElement>("search-page-link");
        const anchor = li.querySelector("a")!;
        anchor.textContent = link.label;
        if (link.current) anchor.setAttribute("aria-current", "page");
        stateLink(anchor, { ...state, page: link.page });
        return li;
      }),
    );
    pagination.hidden = view.pages.length === 0;
    sortGroup.hidden = !view.showSort;
    categoryBox.hidden = !view.showCategory;
    help.hidden = !view.showHelp;
  };

  const render = () => void renderAsync();

  const renderAsync = async () => {
    const seq = ++renderSeq;
    if (input.value !== state.q && document.activeElement !== input) input.value = state.q;
    for (const radio of sortRadios) radio.checked = radio.value === state.sort;
    categorySelect.value = state.category;
    if (!state.q) return show(promptView());
    if (!engine) return show(loadingView(state));
    root.setAttribute("aria-busy", "true");
    try {
      const outcome = await engine.search(state.q, { sort: state.sort, category: state.category, correct: !state.exact });
      if (seq !== renderSeq) return;
      const clamped = clampedPage(state, outcome.hits.length);
      // Out-of-range pages (page=999) show the last page and the URL says so.
      if (clamped) return commit(clamped, "replace");
      const shown = hitsOnPage(state, outcome.hits);
      const [records, suggestion] = await Promise.all([
        engine.load(shown.map((hit) => hit.id)),
        outcome.totalAll === 0 ? engine.suggest(state.q) : Promise.resolve(null),
      ]);
      if (seq !== renderSeq) return;
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
      shownSearch = search;
      show(resultsView(state, outcome, records, suggestion, articleBase));
      const typing = fromTyping;
      void searchLog().then((log) => (typing ? log?.typed(search) : log?.settled(search)));
    } catch {
      if (seq === renderSeq) show(failedView());
    }
  };

  const searchTyped = (mode: "push" | "replace") => {
    clearTimeout(typingTimer);
    const q = cleanQuery(input.value);
    // A new query is corrected again; the same query keeps "search exactly as typed".
    commit({ ...state, q, page: 1, exact: state.exact && q === state.q }, mode, mode === "replace");
  };

  // The box is the page's one search box: recent searches when empty, Enter searches here.
  attachSearchBox(form, {
    instant: false,
    onSearch: (q) => {
      input.value = q;
      searchTyped("push");
    },
  });
  // Every input event, composition included: the list follows the text composed so far, never a syllable behind.
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchTyped("replace"), TYPING_DELAY_MS);
  });

  // A select or radio group changed from the keyboard changes on every arrow press: the first
  // change since it took focus adds a history entry, the following ones replace it.
  const selectChanged = (control: HTMLElement, next: () => PageState) => {
    let changedSinceFocus = false;
    control.addEventListener("focusin", (event) => {
      if (!control.contains(event.relatedTarget as Node | null)) changedSinceFocus = false;
    });
    control.addEventListener("change", () => {
      commit(next(), changedSinceFocus ? "replace" : "push");
      changedSinceFocus = true;
    });
  };
  const chosenSort = () => sortRadios.find((radio) => radio.checked)?.value;
  selectChanged(sortGroup, () => ({ ...state, sort: chosenSort() === "latest" ? "latest" : "relevance", page: 1 }));
  selectChanged(categorySelect, () => ({
    ...state,
    category: knownCategories.has(categorySelect.value) ? categorySelect.value : "",
    page: 1,
  }));
  window.addEventListener("popstate", () => {
    state = readState(location.search, knownCategories);
    input.value = state.q;
    render();
  });

  input.value = state.q;
  if (state.q) recent.add(state.q);
  // Normalise what the URL said (unknown sort or category, page=-3) without adding a history entry.
  if (location.search !== stateToSearch(state)) history.replaceState(null, "", href(state));
  render();
  opening
    .then((opened) => {
      engine = opened;
      render();
    })
    .catch(() => show(failedView()));
}
