/**
 * The search page: reads state from the URL, asks the engine, renders the heading, controls,
 * results and pagination. Text from users and articles is only ever set as text, never as HTML.
 */
import { openEngine } from "./load-engine";
import { pageCount, pageWindow, readState, RESULTS_PER_PAGE, stateToSearch, type PageState } from "./search-state";
import type { SearchEngine } from "../search/engine";
import { highlight, type TextPart } from "../search/highlight";
import { makeSnippet } from "../search/snippet";
import { cleanQuery } from "../search/query";
import { ui } from "../ui/strings";

const TYPING_DELAY_MS = 150;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: #${id} is missing`);
  return found as T;
}

function appendParts(target: HTMLElement, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      target.append(mark);
    } else {
      target.append(part.text);
    }
  }
}

export function startSearchPage(): void {
  const root = element<HTMLElement>("search-page");
  const form = element<HTMLFormElement>("search-form");
  const input = element<HTMLInputElement>("search-q");
  const sortSelect = element<HTMLSelectElement>("search-sort");
  const categorySelect = element<HTMLSelectElement>("search-category");
  const heading = element<HTMLHeadingElement>("results-heading");
  const message = element<HTMLParagraphElement>("search-message");
  const list = element<HTMLOListElement>("search-results");
  const pagination = element<HTMLElement>("search-pagination");
  const articleBase = root.dataset["articleBase"] ?? "/articles/";
  const categoryOptions = [...categorySelect.options].slice(1).map((option) => ({ option, label: option.text }));
  const knownCategories = new Set(categoryOptions.map(({ option }) => option.value));

  let state: PageState = readState(location.search, knownCategories);
  let engine: SearchEngine | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  // Each render awaits files; a newer state makes older renders drop their results.
  let renderSeq = 0;

  const commit = (next: PageState, mode: "push" | "replace") => {
    const changed = stateToSearch(next) !== stateToSearch(state) || location.search !== stateToSearch(next);
    state = next;
    if (changed) history[mode === "push" ? "pushState" : "replaceState"](null, "", location.pathname + stateToSearch(next));
    render();
  };

  const syncControls = () => {
    if (input.value !== state.q && document.activeElement !== input) input.value = state.q;
    sortSelect.value = state.sort;
    categorySelect.value = state.category;
  };

  /** Shows a message made of sentences and links to other states of the page (a corrected or exact query). */
  const setMessage = (...parts: (string | { text: string; state: PageState })[]) => {
    message.replaceChildren();
    parts.forEach((part, i) => {
      if (i > 0) message.append(" ");
      if (typeof part === "string") {
        message.append(part);
        return;
      }
      const a = document.createElement("a");
      a.href = location.pathname + stateToSearch(part.state);
      a.textContent = part.text;
      a.className = "font-semibold text-brand-700 underline";
      a.addEventListener("click", (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        input.value = part.state.q;
        commit(part.state, "push");
        heading.focus();
      });
      message.append(a);
    });
    message.hidden = parts.length === 0;
  };

  const renderPagination = (current: number, last: number) => {
    pagination.replaceChildren();
    pagination.hidden = last <= 1;
    if (last <= 1) return;
    const listEl = document.createElement("ul");
    listEl.className = "flex flex-wrap items-center gap-1";
    const item = (label: string, page: number | null, options: { current?: boolean } = {}) => {
      const li = document.createElement("li");
      if (page === null) {
        const span = document.createElement("span");
        span.textContent = label;
        span.className = "px-2 text-slate-500";
        if (label === "…") span.setAttribute("aria-hidden", "true");
        li.append(span);
      } else {
        const a = document.createElement("a");
        a.href = location.pathname + stateToSearch({ ...state, page });
        a.textContent = label;
        a.className = options.current
          ? "block rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white"
          : "block rounded-md px-3 py-1.5 text-brand-700 hover:bg-brand-50";
        if (options.current) a.setAttribute("aria-current", "page");
        a.addEventListener("click", (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          commit({ ...state, page }, "push");
          heading.focus();
        });
        li.append(a);
      }
      listEl.append(li);
    };
    if (current > 1) item(ui.previousPage, current - 1);
    for (const entry of pageWindow(current, last)) {
      if (entry === "gap") item("…", null);
      else item(String(entry), entry, { current: entry === current });
    }
    if (current < last) item(ui.nextPage, current + 1);
    pagination.append(listEl);
  };

  const updateCategoryOptions = (counts: ReadonlyMap<string, number> | undefined) => {
    for (const { option, label } of categoryOptions) {
      option.text = counts ? ui.categoryOption(label, counts.get(option.value) ?? 0) : label;
    }
  };

  const render = () => {
    void renderAsync();
  };

  const renderAsync = async () => {
    const seq = ++renderSeq;
    syncControls();
    if (!state.q) {
      root.setAttribute("aria-busy", "false");
      list.replaceChildren();
      heading.textContent = ui.searchTitle;
      updateCategoryOptions(undefined);
      setMessage(ui.searchPrompt);
      renderPagination(1, 1);
      return;
    }
    if (!engine) {
      heading.textContent = ui.searchLoading;
      return;
    }
    root.setAttribute("aria-busy", "true");
    try {
      const outcome = await engine.search(state.q, { sort: state.sort, category: state.category, correct: !state.exact });
      if (seq !== renderSeq) return;
      const total = outcome.hits.length;
      const last = pageCount(total);
      if (state.page > last) {
        // Out-of-range pages (page=999) show the last page and the URL says so.
        commit({ ...state, page: last }, "replace");
        return;
      }
      const start = (state.page - 1) * RESULTS_PER_PAGE;
      const shown = outcome.hits.slice(start, start + RESULTS_PER_PAGE);
      const [records, suggestion] = await Promise.all([
        engine.load(shown.map((hit) => hit.id)),
        outcome.totalAll === 0 ? engine.suggest(state.q) : Promise.resolve(null),
      ]);
      if (seq !== renderSeq) return;
      list.replaceChildren();
      heading.textContent = ui.resultsHeading(total);
      updateCategoryOptions(outcome.categoryCounts);
      const terms = outcome.highlight;
      const notices: Parameters<typeof setMessage> = [];
      if (outcome.corrected) {
        notices.push(ui.correctedTo(outcome.corrected), {
          text: ui.searchExactly(outcome.query.display),
          state: { ...state, exact: true, page: 1 },
        });
      }
      if (outcome.mode === "relaxed" && outcome.totalAll > 0) {
        notices.push(outcome.fullMatches === 0 ? ui.relaxedNone : ui.relaxedFew(outcome.fullMatches));
      }
      if (total === 0) {
        notices.push(ui.noResults(outcome.query.display), ui.noResultsHelp);
        if (suggestion)
          notices.push(ui.didYouMean, { text: suggestion, state: { ...state, q: suggestion, page: 1, exact: false } });
      }
      setMessage(...notices);
      shown.forEach((hit, i) => {
        const record = records[i]!;
        const li = document.createElement("li");
        li.className = "px-4 py-4";
        const crumbs = document.createElement("p");
        crumbs.className = "mb-1 text-xs text-slate-700";
        crumbs.textContent = hit.category.labels.map((label) => `[${label}]`).join("");
        const title = document.createElement("h2");
        title.className = "text-base font-semibold";
        const link = document.createElement("a");
        link.href = articleBase + encodeURIComponent(record.slug) + "/";
        link.className = "text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline";
        appendParts(link, highlight(record.title, terms, true));
        title.append(link);
        const snippet = document.createElement("p");
        snippet.className = "mt-1 text-sm leading-relaxed text-slate-700";
        appendParts(snippet, makeSnippet(record.body, terms));
        li.append(crumbs, title, snippet);
        list.append(li);
      });
      renderPagination(state.page, last);
    } catch {
      if (seq !== renderSeq) return;
      heading.textContent = ui.searchTitle;
      setMessage(ui.searchLoadFailed);
    } finally {
      if (seq === renderSeq) root.setAttribute("aria-busy", "false");
    }
  };

  const searchTyped = (mode: "push" | "replace") => {
    clearTimeout(typingTimer);
    const q = cleanQuery(input.value);
    // A new query is corrected again; the same query keeps "search exactly as typed".
    commit({ ...state, q, page: 1, exact: state.exact && q === state.q }, mode);
  };

  input.addEventListener("compositionstart", () => {
    composing = true;
  });
  input.addEventListener("compositionend", () => {
    composing = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchTyped("replace"), TYPING_DELAY_MS);
  });
  input.addEventListener("input", (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchTyped("replace"), TYPING_DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    // Enter that finishes an IME composition must not submit a half-typed syllable.
    if (event.key === "Enter" && (event.isComposing || event.keyCode === 229)) event.preventDefault();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchTyped("push");
  });
  sortSelect.addEventListener("change", () =>
    commit({ ...state, sort: sortSelect.value === "latest" ? "latest" : "relevance", page: 1 }, "push"),
  );
  categorySelect.addEventListener("change", () =>
    commit({ ...state, category: knownCategories.has(categorySelect.value) ? categorySelect.value : "", page: 1 }, "push"),
  );
  window.addEventListener("popstate", () => {
    state = readState(location.search, knownCategories);
    input.value = state.q;
    render();
  });

  input.value = state.q;
  // Normalise what the URL said (unknown sort or category, page=-3) without adding a history entry.
  if (location.search !== stateToSearch(state)) history.replaceState(null, "", location.pathname + stateToSearch(state));
  render();
  if (state.q) root.setAttribute("aria-busy", "true");
  openEngine(root.dataset["metaUrl"] ?? "")
    .then((opened) => {
      engine = opened;
      render();
    })
    .catch(() => {
      root.setAttribute("aria-busy", "false");
      heading.textContent = ui.searchTitle;
      setMessage(ui.searchLoadFailed);
    });
}
