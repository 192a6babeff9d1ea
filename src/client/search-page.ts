/**
 * The search page's DOM: draws what search-page-controller.ts hands it (the view model of
 * search-view.ts) from the page's `<template>`s, and passes the page's events to it. Text from
 * users and articles is only ever set as text, never as HTML.
 */
import { attachSearchBox } from "./search-box";
import { RecentSearches, browserStore } from "./recent-searches";
import { RESULTS_PER_PAGE, type PageState } from "./search-state";
import type { SearchView } from "./search-view";
import type { EngineApi } from "./engine-api";
import { SearchPageController, type PageScreen } from "./search-page-controller";
import { appendParts, fromTemplate } from "./dom";
import { ui } from "../ui/strings";

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
  const categoryOptions = [...categorySelect.options].slice(1).map((option) => ({ option, label: option.text }));

  /** A link to another state of the page: handled in place, focus to the results heading. */
  const stateLink = (anchor: HTMLAnchorElement, next: PageState) => {
    anchor.href = page.href(next);
    anchor.addEventListener("click", (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      page.follow(next);
      heading.focus();
    });
  };

  const show = (view: SearchView, state: PageState) => {
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
        title.addEventListener("click", () => page.opened(result.slug, rank));
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

  const screen: PageScreen = {
    inputText: () => input.value,
    setInputText: (text) => (input.value = text),
    inputFocused: () => document.activeElement === input,
    setControls(state) {
      for (const radio of sortRadios) radio.checked = radio.value === state.sort;
      categorySelect.value = state.category;
    },
    busy: () => root.setAttribute("aria-busy", "true"),
    show,
    refineSnippets(results) {
      results.forEach((result, i) => {
        const snippet = list.children[i]?.querySelector('[data-slot="snippet"]');
        if (!snippet || snippet.textContent === result.snippet.map((part) => part.text).join("")) return;
        snippet.replaceChildren();
        appendParts(snippet, result.snippet);
      });
    },
  };

  const page = new SearchPageController(screen, {
    address: {
      path: location.pathname,
      search: () => location.search,
      write: (search, mode) => history[mode === "push" ? "pushState" : "replaceState"](null, "", location.pathname + search),
    },
    knownCategories: new Set(categoryOptions.map(({ option }) => option.value)),
    articleBase: root.dataset["articleBase"] ?? "/articles/",
    recent: new RecentSearches(browserStore()),
    // Only in a build with SEARCH_LOG_URL: without it the bundler drops this import (a constant "").
    // Loaded when there is something to send, after the results, never on their way.
    searchLog: () =>
      __SEARCH_LOG_URL__ ? import("./search-log").then((module) => module.openSearchLog("page")) : Promise.resolve(null),
    after: (ms, task) => {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
  });

  // The box is the page's one search box: recent searches when empty, Enter searches here.
  attachSearchBox(form, { instant: false, onSearch: (q) => page.searched(q) });
  // Every input event, composition included: the list follows the text composed so far, never a syllable behind.
  input.addEventListener("input", () => page.typed());

  // A select or radio group changed from the keyboard changes on every arrow press: the first
  // change since it took focus adds a history entry, the following ones replace it.
  const selectChanged = (control: HTMLElement, changed: (mode: "push" | "replace") => void) => {
    let changedSinceFocus = false;
    control.addEventListener("focusin", (event) => {
      if (!control.contains(event.relatedTarget as Node | null)) changedSinceFocus = false;
    });
    control.addEventListener("change", () => {
      changed(changedSinceFocus ? "replace" : "push");
      changedSinceFocus = true;
    });
  };
  selectChanged(sortGroup, (mode) => page.sorted(sortRadios.find((radio) => radio.checked)?.value ?? "", mode));
  selectChanged(categorySelect, (mode) => page.filtered(categorySelect.value, mode));
  window.addEventListener("popstate", () => page.addressChanged());

  page.start(opening);
}
