/**
 * The keyboard behaviour of a search box with a list popup (WAI-ARIA 1.2 combobox, list
 * autocomplete): which option is active and what a key does, as a pure function of the state. The
 * DOM layer (search-box.ts) maps keys here and carries out the returned effect.
 *
 * `onEvent` adds the searches behind the popup: a search's answer is an event like a key, and the
 * model decides whether it opens the popup (not after the user has moved on: issue 21).
 */

export interface ComboState {
  readonly open: boolean;
  /** How many options the popup has (0: nothing to show, so it stays closed). */
  readonly count: number;
  /** Index of the active option, -1 for none (the input has focus and Enter submits). */
  readonly active: number;
}

type ComboEffect =
  | { readonly type: "choose"; readonly index: number }
  | { readonly type: "submit" }
  | { readonly type: "remove"; readonly index: number }
  | { readonly type: "clear-input" }
  | null;

export interface ComboStep {
  readonly state: ComboState;
  readonly effect: ComboEffect;
  /** The key was used: the DOM layer prevents its default action. */
  readonly handled: boolean;
}

export const closed: ComboState = { open: false, count: 0, active: -1 };

/** New options arrived (results for the text typed so far): open when there are any, nothing active. */
export function withOptions(count: number, focused: boolean): ComboState {
  return { open: focused && count > 0, count, active: -1 };
}

const step = (state: ComboState, effect: ComboEffect = null, handled = true): ComboStep => ({ state, effect, handled });

export function onKey(state: ComboState, key: string, modifiers: { alt?: boolean } = {}): ComboStep {
  const { open, count, active } = state;
  switch (key) {
    case "ArrowDown":
      if (count === 0) return step(state, null, false);
      // Alt+Down opens without moving; Down opens on the first option, then moves on and wraps.
      if (!open) return step({ ...state, open: true, active: modifiers.alt ? -1 : 0 });
      return step({ ...state, active: active + 1 >= count ? 0 : active + 1 });
    case "ArrowUp":
      if (count === 0) return step(state, null, false);
      if (!open) return step({ ...state, open: true, active: count - 1 });
      return step({ ...state, active: active <= 0 ? count - 1 : active - 1 });
    case "Enter":
      if (open && active >= 0) return step({ ...state, open: false }, { type: "choose", index: active });
      return step({ ...state, open: false, active: -1 }, { type: "submit" }, false);
    case "Escape":
      if (open) return step({ ...state, open: false, active: -1 });
      // A second Escape clears the box, as the pattern describes.
      return step(state, { type: "clear-input" });
    case "Delete":
      if (open && active >= 0) return step(state, { type: "remove", index: active });
      return step(state, null, false);
    case "Tab":
      return step({ ...state, open: false, active: -1 }, null, false);
    default:
      return step(state, null, false);
  }
}

/** After the option at `index` is removed from `count` options: the next one becomes active, or the last. */
export function afterRemoval(state: ComboState, count: number): ComboState {
  if (count === 0) return closed;
  return { open: state.open, count, active: Math.min(state.active, count - 1) };
}

/**
 * A search's ticket: the generation it started in and its number. The box starts searches one
 * after another; only the newest one's answer is used, and it opens the popup only if its
 * generation is still going on.
 */
export interface Ticket {
  readonly generation: number;
  readonly search: number;
}

/**
 * The popup and the searches behind it. A generation begins when the user types or focuses the
 * box, and ends when they close the popup (Escape), choose an option, clear the box, leave it (Tab,
 * focus or a click elsewhere) or submit: an answer that arrives after that cannot open the popup.
 */
export interface BoxState {
  readonly popup: ComboState;
  readonly generation: number;
  /** The current generation has ended: no answer opens the popup until the user types or focuses again. */
  readonly ended: boolean;
  /** The newest search started: an older one's answer is dropped (it is for text no longer in the box). */
  readonly search: Ticket;
}

export type BoxEvent =
  | { readonly type: "key"; readonly key: string; readonly alt?: boolean }
  /** The user changed the text (typing, deleting, IME composition included). */
  | { readonly type: "input" }
  | { readonly type: "focus" }
  /** Focus left the box, or a click landed outside it. */
  | { readonly type: "leave" }
  /** An option was chosen (by key or mouse): the page goes to it. */
  | { readonly type: "chosen" }
  /** The form was submitted (Enter with no option active, or the button). */
  | { readonly type: "submitted" }
  /** The recent searches listed now number `count` (one removed, or all cleared). */
  | { readonly type: "removed"; readonly count: number }
  /** A search starts for the text in the box; its ticket is the new state's `search`. */
  | { readonly type: "search" }
  /** The answer of the search with `ticket`: `count` options. */
  | { readonly type: "results"; readonly ticket: Ticket; readonly count: number; readonly focused: boolean };

export type BoxEffect =
  | Exclude<ComboEffect, null>
  /** Put the answer's rows in the list; `announce`: read them out (the answer is the current generation's). */
  | { readonly type: "show"; readonly announce: boolean }
  | null;

export interface BoxStep {
  readonly state: BoxState;
  readonly effect: BoxEffect;
  /** A key was used: the DOM layer prevents its default action. */
  readonly handled: boolean;
}

export const initialBox: BoxState = { popup: closed, generation: 0, ended: true, search: { generation: 0, search: 0 } };

const shut = (popup: ComboState): ComboState => ({ ...popup, open: false, active: -1 });
const ending = (state: BoxState, popup: ComboState, effect: BoxEffect = null, handled = false): BoxStep => ({
  state: { ...state, popup, ended: true },
  effect,
  handled,
});
const same = (state: BoxState, popup = state.popup, effect: BoxEffect = null, handled = false): BoxStep => ({
  state: popup === state.popup ? state : { ...state, popup },
  effect,
  handled,
});
/** The user is at the box again: a new generation begins (the current one if it has not ended). */
const begin = (state: BoxState): BoxState => (state.ended ? { ...state, generation: state.generation + 1, ended: false } : state);

export function onEvent(state: BoxState, event: BoxEvent): BoxStep {
  switch (event.type) {
    case "key": {
      // Escape with nothing shown yet while a search may still answer ends the generation (that
      // answer opens nothing) and keeps the text; only with nothing open or coming does it clear the box.
      if (event.key === "Escape" && !state.popup.open && !state.ended) return ending(state, shut(state.popup), null, true);
      const { state: popup, effect, handled } = onKey(state.popup, event.key, { alt: event.alt ?? false });
      const ends = event.key === "Escape" || event.key === "Tab" || effect?.type === "choose" || effect?.type === "submit";
      return ends ? ending(state, popup, effect, handled) : same(state, popup, effect, handled);
    }
    case "input":
      return same(begin(state));
    case "focus": {
      const next = begin(state);
      return same(next, { ...next.popup, open: next.popup.count > 0, active: -1 });
    }
    case "leave":
      return ending(state, shut(state.popup));
    case "chosen":
    case "submitted":
      return ending(state, closed);
    case "removed":
      return same(state, afterRemoval({ ...state.popup, open: event.count > 0 }, event.count));
    case "search":
      return same({ ...state, search: { generation: state.generation, search: state.search.search + 1 } });
    case "results": {
      const { ticket, count, focused } = event;
      // A newer search has started: its answer replaces this one.
      if (ticket.search !== state.search.search) return same(state);
      if (ticket.generation === state.generation && !state.ended)
        return same(state, withOptions(count, focused), { type: "show", announce: true });
      // The answer for the text in the box, from a generation that has ended: its rows replace the
      // list (so ↓ or focus later shows them), but it opens nothing and is not read out.
      return same(state, { open: state.popup.open && count > 0, count, active: -1 }, { type: "show", announce: false });
    }
  }
}
