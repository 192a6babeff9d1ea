/**
 * A search box as a combobox (WAI-ARIA 1.2, list autocomplete): while typing, matching articles
 * and a row opening the search page; in an empty box, recent searches. What it does is
 * search-box-controller.ts; rows come from instant-view.ts; this file only renders and listens.
 *
 * Korean IME: results follow every `input` event, composition included, with the last syllable
 * read as half-typed by the engine (`챗보` lists `챗봇`), so they never trail one syllable behind.
 * Enter while a syllable is being composed only ends the composition.
 */
import { openEngine, type StartedWorker } from "./open-engine";
import { answeringFirstKeys, fetchFirstKeys } from "./first-keys-front";
import { RecentSearches, browserStore } from "./recent-searches";
import { SearchBoxController, type BoxScreen } from "./search-box-controller";
import { INSTANT_ROWS, type BoxPaths, type InstantRow } from "./instant-view";
import { appendParts, fromTemplate } from "./dom";

export interface BoxOptions {
  /** List matching articles while typing (the search page's own box does not: its list below updates). */
  readonly instant: boolean;
  /** Runs a search in place (the search page) instead of opening the search page. */
  readonly onSearch?: (q: string) => void;
  /** The search worker, where the page started it as the box was focused (every-page.ts). */
  readonly worker?: StartedWorker;
}

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

  const screen: BoxScreen = {
    text: () => input.value,
    setText: (text) => (input.value = text),
    focused: () => document.activeElement === input,
    showRows(view, announce) {
      // Which text the rows answer, for tests and benchmarks (a late answer may show an older text's rows).
      listbox.dataset["query"] = view.query;
      listbox.replaceChildren(
        ...view.rows.map((row, i) => {
          const li = rowElement(row);
          li.id = `${input.id}-option-${i}`;
          return li;
        }),
      );
      notice.hidden = view.notice === null;
      notice.textContent = view.notice ?? "";
      popupLabel.hidden = view.label === null;
      popupLabel.textContent = view.label ?? "";
      if (view.label) listbox.setAttribute("aria-labelledby", popupLabel.id);
      else listbox.removeAttribute("aria-labelledby");
      listbox.setAttribute("aria-label", view.label ?? listLabel);
      recentActions.hidden = !view.rows.some((row) => row.kind === "recent");
      if (announce && status.textContent !== view.status) status.textContent = view.status;
    },
    render(state) {
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
    },
    say: (text) => (status.textContent = text),
  };

  const box = new SearchBoxController(screen, {
    paths,
    instant: options.instant,
    engine: answeringFirstKeys(
      () =>
        openEngine(form.dataset["metaUrl"] ?? "", {
          statsUrls: (form.dataset["statsUrls"] ?? "").split(" ").filter(Boolean),
          ...(options.worker ? { worker: options.worker } : {}),
        }),
      // Fetched only as the box is focused (this code loads then), with the preload every-page.ts started.
      fetchFirstKeys(options.instant ? form.dataset["firstKeysUrl"] : undefined),
    ),
    recent: new RecentSearches(browserStore()),
    rowLimit: () => (narrowScreen() ? INSTANT_ROWS.narrow : INSTANT_ROWS.wide),
    onSearch: options.onSearch,
    navigate: (href) => location.assign(href),
    openInNewTab: (href) => void window.open(href, "_blank", "noopener"),
    // Only in a build with SEARCH_LOG_URL (a constant "" otherwise, and this import is dropped).
    searchLog: () =>
      __SEARCH_LOG_URL__ && options.instant
        ? import("./search-log").then((module) => module.openSearchLog("dropdown"))
        : Promise.resolve(null),
    // A macrotask later: events of one IME step (commit `카`, then compose `드`) make one search.
    later: (task) => void setTimeout(task, 0),
  });

  input.addEventListener("input", () => box.input());
  input.addEventListener("focus", () => box.focus());
  input.addEventListener("keydown", (event) => {
    if (box.key(event.key, { alt: event.altKey, composing: event.isComposing || event.keyCode === 229 })) event.preventDefault();
  });
  form.addEventListener("submit", (event) => {
    // An empty box stays on the page; a query is remembered, then searched in place or on the search page.
    event.preventDefault();
    box.submit();
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
    if (target.closest("[data-remove]")) return box.removeRecent(index);
    box.choose(index, event.ctrlKey || event.metaKey);
  });
  clearButton.addEventListener("click", () => {
    box.clearRecent();
    input.focus();
  });
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) box.leave();
  });
  document.addEventListener("pointerdown", (event) => {
    if (box.active && !form.contains(event.target as Node)) box.leave();
  });

  // The keyboard opening or closing, a pinch zoom or a scroll moves what is visible: the popup follows.
  window.visualViewport?.addEventListener("resize", place);
  window.visualViewport?.addEventListener("scroll", place);
  window.addEventListener("scroll", place, { passive: true });
  window.addEventListener("resize", place);

  // This code loads on first focus: start the meta file, and search text typed before it arrived.
  if (document.activeElement === input) box.focus();
}
