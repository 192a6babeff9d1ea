import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { boundedDistance, editLimit, jamoDistance } from "../../src/search/suggest";
import { readState, stateToSearch } from "../../src/client/search-state";
import { pageWindow } from "../../src/shared/page-window";

describe("jamo distance", () => {
  test("counts letters, not syllables", () => {
    expect(jamoDistance("쳇봇", "챗봇")).toBe(1);
    expect(jamoDistance("졍산", "정산")).toBe(1);
    expect(jamoDistance("정산", "결제")).toBeGreaterThan(2);
  });
  test("a bounded distance is the full table's distance, or limit + 1 beyond the limit", () => {
    // The oracle: the whole Levenshtein table, nothing skipped.
    const full = (a: string[], b: string[]) => {
      const table = a.map(() => b.map(() => 0));
      const at = (i: number, j: number): number => (i < 0 ? j + 1 : j < 0 ? i + 1 : table[i]![j]!);
      a.forEach((x, i) =>
        b.forEach((y, j) => {
          table[i]![j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (x === y ? 0 : 1));
        }),
      );
      return at(a.length - 1, b.length - 1);
    };
    const word = fc.array(fc.constantFrom("ㄱ", "ㅏ", "ㄴ", "ㅓ", "ㅂ"), { maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const exact = full(a, b);
        expect(boundedDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 2000 },
    );
  });
  test("one edit below eight jamo, two from eight on", () => {
    expect(editLimit("봇")).toBe(1);
    expect(editLimit("챗봇")).toBe(1);
    expect(editLimit("세금계산서")).toBe(2);
  });
});

describe("URL state", () => {
  const known = new Set(["bot", "bot/start"]);
  test("reads and writes canonical parameters", () => {
    const state = readState("?q=%EC%A3%BC&category=bot%2Fstart&sort=latest&page=3", known);
    expect(state).toEqual({ q: "주", category: "bot/start", sort: "latest", page: 3, exact: false });
    expect(stateToSearch(state)).toBe("?q=%EC%A3%BC&category=bot%2Fstart&sort=latest&page=3");
  });
  test.each([
    ["?q=a&page=-3", { page: 1 }],
    ["?q=a&page=abc", { page: 1 }],
    ["?q=a&sort=popular", { sort: "relevance" }],
    ["?q=a&category=nope", { category: "" }],
    ["?q=" + encodeURIComponent("챗봇".normalize("NFD")), { q: "챗봇" }],
  ])("bad input %s is tolerated", (search, expected) => {
    expect(readState(search, known)).toMatchObject(expected);
  });
  test("defaults are left out of the URL", () => {
    expect(stateToSearch({ q: "", category: "", sort: "relevance", page: 1, exact: false })).toBe("");
  });
  test("page window", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
  });
});
