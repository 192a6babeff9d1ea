// The search box's model with its searches: an answer is an event like a key, and one that
// arrives after the user has moved on (Escape, an option chosen, the box cleared, focus gone, the
// form submitted) never opens the popup (issue 21).
import { describe, expect, test } from "vitest";
import { initialBox, onEvent, type BoxEvent, type BoxState, type BoxStep, type Ticket } from "../../src/client/combobox-model";

/** Runs `events` from `start`; returns the last step and every effect on the way. */
function run(start: BoxState, ...events: BoxEvent[]): BoxStep & { effects: unknown[] } {
  let step: BoxStep = { state: start, effect: null, handled: false };
  const effects: unknown[] = [];
  for (const event of events) {
    step = onEvent(step.state, event);
    if (step.effect) effects.push(step.effect);
  }
  return { ...step, effects };
}

const key = (name: string): BoxEvent => ({ type: "key", key: name });
const results = (ticket: Ticket, count: number, focused = true): BoxEvent => ({ type: "results", ticket, count, focused });

/** Focused, typed, and the search for the text started: returns the state and that search's ticket. */
function typing(from: BoxState = initialBox): { state: BoxState; ticket: Ticket } {
  const { state } = run(from, { type: "focus" }, { type: "input" }, { type: "search" });
  return { state, ticket: state.search };
}

/** The popup shows 4 options for an earlier text, and the search for the text now typed is still running. */
function openWithSearchRunning(): { state: BoxState; late: Ticket } {
  const first = typing();
  const shown = run(first.state, results(first.ticket, 4)).state;
  expect(shown.popup.open).toBe(true);
  const state = run(shown, { type: "input" }, { type: "search" }).state;
  return { state, late: state.search };
}

describe("answers and the popup", () => {
  test("the answer to what is being typed opens the popup and is read out", () => {
    const { state, ticket } = typing();
    const step = onEvent(state, results(ticket, 3));
    expect(step.state.popup).toEqual({ open: true, count: 3, active: -1 });
    expect(step.effect).toEqual({ type: "show", announce: true });
  });

  test("while typing, an answer replaced by a newer search is dropped; the newest one is shown", () => {
    const { state, ticket: older } = typing();
    const newer = run(state, { type: "input" }, { type: "search" }).state;
    const dropped = onEvent(newer, results(older, 5));
    expect(dropped.effect).toBeNull();
    expect(dropped.state).toBe(newer);
    expect(onEvent(newer, results(newer.search, 2)).state.popup.open).toBe(true);
  });

  test("a result after Escape leaves the popup closed", () => {
    const { state, late } = openWithSearchRunning();
    const step = run(state, key("Escape"), results(late, 6));
    expect(step.state.popup.open).toBe(false);
    expect(step.effect).toEqual({ type: "show", announce: false });
  });

  test("Escape before any answer has opened the popup keeps the text; the late answer leaves it closed", () => {
    const { state, ticket } = typing();
    const escape = onEvent(state, key("Escape"));
    expect(escape.effect).toBeNull();
    expect(escape.handled).toBe(true);
    expect(onEvent(escape.state, results(ticket, 6)).state.popup.open).toBe(false);
    // Nothing open and nothing coming: now Escape clears the box.
    expect(onEvent(escape.state, key("Escape")).effect).toEqual({ type: "clear-input" });
  });

  test("a result after choosing leaves the popup closed (Enter on an option, or the mouse)", () => {
    const { state, late } = openWithSearchRunning();
    const byKey = run(state, key("ArrowDown"), key("Enter"), results(late, 6));
    expect(byKey.effects[0]).toEqual({ type: "choose", index: 0 });
    expect(byKey.state.popup.open).toBe(false);
    expect(run(state, { type: "chosen" }, results(late, 6)).state.popup.open).toBe(false);
  });

  test("a result after clearing leaves the popup closed", () => {
    const { state, late } = openWithSearchRunning();
    const escaped = run(state, key("Escape"), key("Escape"));
    expect(escaped.effects).toEqual([{ type: "clear-input" }]);
    // The box, now empty, lists the recent searches without opening; the late answer is dropped.
    const emptied = run(escaped.state, { type: "search" });
    const recent = emptied.state.search;
    const step = run(emptied.state, results(late, 6), results(recent, 2));
    expect(step.state.popup.open).toBe(false);
    expect(onEvent(emptied.state, results(late, 6)).effect).toBeNull();
  });

  test("a result after blur leaves the popup closed (Tab, focus elsewhere, a click outside)", () => {
    const { state, late } = openWithSearchRunning();
    const tab = run(state, key("Tab"), results(late, 6));
    expect(tab.handled).toBe(false);
    expect(tab.state.popup.open).toBe(false);
    expect(run(state, { type: "leave" }, results(late, 6)).state.popup.open).toBe(false);
  });

  test("a result after submitting leaves the popup closed", () => {
    const { state, late } = openWithSearchRunning();
    const enter = run(state, key("Enter"), { type: "submitted" }, results(late, 6));
    expect(enter.effects[0]).toEqual({ type: "submit" });
    expect(enter.state.popup.open).toBe(false);
  });

  test("typing or focusing again begins a new generation, whose answers open the popup", () => {
    const { state, late } = openWithSearchRunning();
    const escaped = run(state, key("Escape")).state;
    // The user types on before the old search answers: that answer still opens nothing.
    const typed = run(escaped, { type: "input" }).state;
    expect(onEvent(typed, results(late, 6)).state.popup.open).toBe(false);
    const searched = run(typed, { type: "search" }).state;
    expect(onEvent(searched, results(searched.search, 3)).state.popup.open).toBe(true);

    const left = run(state, { type: "leave" }, results(late, 6)).state;
    const back = onEvent(left, { type: "focus" });
    // Focus shows the rows the list holds (those of the text in the box) and opens the popup again.
    expect(back.state.popup).toEqual({ open: true, count: 6, active: -1 });
  });

  test("after Escape, ↓ opens the rows of the late answer (the text in the box), not of an earlier text", () => {
    const { state, late } = openWithSearchRunning();
    const step = run(state, key("Escape"), results(late, 6), key("ArrowDown"));
    expect(step.state.popup).toEqual({ open: true, count: 6, active: 0 });
  });

  test("keys without a search work as before: ↓ moves, Delete removes a recent search", () => {
    const { state, ticket } = typing();
    const shown = run(state, results(ticket, 3)).state;
    expect(run(shown, key("ArrowDown"), key("ArrowDown")).state.popup.active).toBe(1);
    const removed = run(shown, key("ArrowDown"), key("Delete"));
    expect(removed.effects).toEqual([{ type: "remove", index: 0 }]);
    expect(onEvent(removed.state, { type: "removed", count: 2 }).state.popup).toEqual({ open: true, count: 2, active: 0 });
  });
});
