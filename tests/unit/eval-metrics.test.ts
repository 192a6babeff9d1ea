import { expect, test } from "vitest";
import {
  KIND_ORDER,
  compareTo,
  dedupe,
  firstAnswerRank,
  reciprocalRank,
  splitOf,
  successAt,
  summarize,
  summarizeByKind,
  summarizeBySplit,
  type Judged,
} from "../../bench/eval/metrics";

test("rank of the first answer, success@k and reciprocal rank", () => {
  const ranked = ["a", "b", "c", "d"];
  expect(firstAnswerRank(ranked, ["c", "d"])).toBe(3);
  expect(firstAnswerRank(ranked, ["x"])).toBeNull();
  expect(firstAnswerRank([], ["a"])).toBeNull();
  expect(successAt(1, ranked, ["a"])).toBe(true);
  expect(successAt(1, ranked, ["b"])).toBe(false);
  expect(successAt(3, ranked, ["x", "c"])).toBe(true);
  expect(successAt(3, ranked, ["d"])).toBe(false);
  expect(reciprocalRank(ranked, ["b"])).toBe(0.5);
  expect(reciprocalRank(ranked, ["d", "c"])).toBeCloseTo(1 / 3);
  // Only the first 10 count for MRR@10.
  const long = Array.from({ length: 12 }, (_, i) => `p${i + 1}`);
  expect(reciprocalRank(long, ["p10"])).toBe(0.1);
  expect(reciprocalRank(long, ["p11"])).toBe(0);
});

test("summary over questions, worked by hand", () => {
  const judged: Judged[] = [
    // rank 1
    { kind: "keyword", answers: ["a"], ranked: ["a", "b"], count: 2 },
    // rank 2
    { kind: "keyword", answers: ["b"], ranked: ["a", "b", "c", "d"], count: 4 },
    // rank 4
    { kind: "sentence", answers: ["d", "z"], ranked: ["a", "b", "c", "d"], count: 40 },
    // nothing found
    { kind: "typo", answers: ["a"], ranked: [], count: 0 },
  ];
  const all = summarize(judged);
  expect(all.questions).toBe(4);
  expect(all.success1).toBe(0.25); // 1 of 4
  expect(all.success3).toBe(0.5); // ranks 1 and 2
  expect(all.mrr10).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4); // 0.4375
  expect(all.zeroRate).toBe(0.25);
  expect(all.meanLength).toBe((2 + 4 + 40 + 0) / 4); // 11.5

  const byKind = summarizeByKind(judged, ["keyword", "particle", "sentence", "typo"]);
  expect([...byKind.keys()]).toEqual(["keyword", "sentence", "typo"]);
  expect(byKind.get("keyword")).toEqual({ questions: 2, success1: 0.5, success3: 1, mrr10: 0.75, zeroRate: 0, meanLength: 3 });
  expect(byKind.get("sentence")?.success3).toBe(0);
  expect(byKind.get("sentence")?.mrr10).toBe(0.25);
  expect(byKind.get("typo")?.zeroRate).toBe(1);
});

test("kinds outside the given order come last, alphabetically", () => {
  const j = (kind: string): Judged => ({ kind, answers: ["a"], ranked: ["a"], count: 1 });
  expect([...summarizeByKind([j("zeta"), j("typo"), j("alpha"), j("keyword")], ["keyword", "typo"]).keys()]).toEqual([
    "keyword",
    "typo",
    "alpha",
    "zeta",
  ]);
});

test("the kinds' order: the first eight, then the later kinds, then any other kind alphabetically", () => {
  expect(KIND_ORDER).toEqual([
    "keyword",
    "particle",
    "ending",
    "sentence",
    "spacing",
    "synonym",
    "typo",
    "english",
    "transliteration",
    "symptom",
    "paraphrase",
  ]);
  const j = (kind: string): Judged => ({ kind, answers: ["a"], ranked: ["a"], count: 1 });
  const kinds = ["zeta", "paraphrase", "keyword", "symptom", "abbreviation", "english", "transliteration"];
  expect([...summarizeByKind(kinds.map(j), KIND_ORDER).keys()]).toEqual([
    "keyword",
    "english",
    "transliteration",
    "symptom",
    "paraphrase",
    "abbreviation",
    "zeta",
  ]);
});

test("a question's split: dev, test, or test when it has none", () => {
  expect(splitOf("dev")).toBe("dev");
  expect(splitOf("test")).toBe("test");
  expect(splitOf(undefined)).toBe("test");
  expect(() => splitOf("Dev")).toThrow(/"dev" or "test"/);
  expect(() => splitOf(1)).toThrow(/"dev" or "test"/);
});

test("summary per split: dev, test (with the questions without a split) and all", () => {
  const judged: Judged[] = [
    { kind: "keyword", split: "dev", answers: ["a"], ranked: ["a"], count: 1 }, // success
    { kind: "keyword", split: "dev", answers: ["a"], ranked: [], count: 0 }, // nothing found
    { kind: "keyword", split: "test", answers: ["a"], ranked: ["b", "a"], count: 2 }, // rank 2
    { kind: "typo", answers: ["a"], ranked: ["b", "c", "d", "a"], count: 4 }, // no split: test; rank 4
  ];
  const { dev, test: testPart, all } = summarizeBySplit(judged);
  expect(dev).toEqual({ questions: 2, success1: 0.5, success3: 0.5, mrr10: 0.5, zeroRate: 0.5, meanLength: 0.5 });
  expect(testPart).toEqual({ questions: 2, success1: 0, success3: 0.5, mrr10: (1 / 2 + 1 / 4) / 2, zeroRate: 0, meanLength: 3 });
  expect(all).toEqual(summarize(judged));
  expect(all.questions).toBe(4);
  // A set with no dev questions scores its dev part as zeros, not NaN.
  expect(summarizeBySplit(judged.slice(2)).dev).toEqual(summarize([]));
});

test("empty input gives zeros, not NaN", () => {
  expect(summarize([])).toEqual({ questions: 0, success1: 0, success3: 0, mrr10: 0, zeroRate: 0, meanLength: 0 });
});

test("dedupe keeps each page at its best position", () => {
  expect(dedupe(["a", "b", "a", "c", "b"])).toEqual(["a", "b", "c"]);
});

test("ahead, level or behind: success@3 first, then MRR@10", () => {
  const m = (success3: number, mrr10: number) => ({ questions: 1, success1: 0, success3, mrr10, zeroRate: 0, meanLength: 1 });
  expect(compareTo(m(0.9, 0.5), m(0.8, 0.9))).toBe("ahead");
  expect(compareTo(m(0.8, 0.9), m(0.9, 0.5))).toBe("behind");
  expect(compareTo(m(1, 0.8), m(1, 0.7))).toBe("ahead");
  expect(compareTo(m(1, 0.7), m(1, 0.8))).toBe("behind");
  expect(compareTo(m(1, 1), m(1, 1))).toBe("level");
});
