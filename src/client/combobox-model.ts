/**
 * The keyboard behaviour of a search box with a list popup (WAI-ARIA 1.2 combobox, list
 * autocomplete): which option is active and what a key does, as a pure function of the state. The
 * DOM layer (search-box.ts) maps keys here and carries out the returned effect.
 */

export interface ComboState {
  readonly open: boolean;
  /** How many options the popup has (0: nothing to show, so it stays closed). */
  readonly count: number;
  /** Index of the active option, -1 for none (the input has focus and Enter submits). */
  readonly active: number;
}

export type ComboEffect =
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
