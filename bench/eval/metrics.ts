/**
 * Search-quality metrics for `npm run eval`: pure functions over ranked result lists.
 * A question succeeds@k when any of its answer slugs is among the engine's first k results.
 */

/**
 * Kinds of question in the order the tables list them: the first eight, then the kinds added later.
 * A kind not listed here still counts; it comes after these, alphabetically (summarizeByKind).
 */
export const KIND_ORDER: readonly string[] = [
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
];

/**
 * Each question is in the dev part (its misses may be read while working on the engine) or the test
 * part (only its score is reported; its misses are never shown).
 */
export type Split = "dev" | "test";

/** A question's split from its `split` field: "dev" or "test"; a question without one counts as test. */
export function splitOf(value: unknown): Split {
  if (value === undefined || value === "test") return "test";
  if (value === "dev") return "dev";
  throw new Error(`split must be "dev" or "test", not ${JSON.stringify(value)}`);
}

/** One engine's answer to one question. */
export interface Judged {
  readonly kind: string;
  /** The question's split; none counts as test. */
  readonly split?: Split;
  /** Answer slugs: any one of them is a success. */
  readonly answers: readonly string[];
  /** Result slugs in the engine's order, deduplicated by page (at least the first 10). */
  readonly ranked: readonly string[];
  /** How many results the engine returned in all (pages), not capped. */
  readonly count: number;
}

export interface Metrics {
  readonly questions: number;
  readonly success1: number;
  readonly success3: number;
  readonly mrr10: number;
  readonly zeroRate: number;
  readonly meanLength: number;
}

/** 1-based position of the first answer among the results, or null if none is there. */
export function firstAnswerRank(ranked: readonly string[], answers: readonly string[]): number | null {
  const wanted = new Set(answers);
  const index = ranked.findIndex((slug) => wanted.has(slug));
  return index < 0 ? null : index + 1;
}

export function successAt(k: number, ranked: readonly string[], answers: readonly string[]): boolean {
  const rank = firstAnswerRank(ranked, answers);
  return rank !== null && rank <= k;
}

/** Reciprocal rank of the first answer within the first `k` results, else 0. */
export function reciprocalRank(ranked: readonly string[], answers: readonly string[], k = 10): number {
  const rank = firstAnswerRank(ranked, answers);
  return rank !== null && rank <= k ? 1 / rank : 0;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

export function summarize(judged: readonly Judged[]): Metrics {
  return {
    questions: judged.length,
    success1: mean(judged.map((j) => (successAt(1, j.ranked, j.answers) ? 1 : 0))),
    success3: mean(judged.map((j) => (successAt(3, j.ranked, j.answers) ? 1 : 0))),
    mrr10: mean(judged.map((j) => reciprocalRank(j.ranked, j.answers, 10))),
    zeroRate: mean(judged.map((j) => (j.count === 0 ? 1 : 0))),
    meanLength: mean(judged.map((j) => j.count)),
  };
}

/** Metrics per kind, in `order` first and then any other kinds alphabetically; kinds with no questions are left out. */
export function summarizeByKind(judged: readonly Judged[], order: readonly string[] = []): Map<string, Metrics> {
  const kinds = [...new Set(judged.map((j) => j.kind))].sort((a, b) => {
    const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(kinds.map((kind) => [kind, summarize(judged.filter((j) => j.kind === kind))]));
}

/** Metrics over the dev questions, the test questions (including those without a split) and all of them. */
export function summarizeBySplit(judged: readonly Judged[]): Record<Split | "all", Metrics> {
  return {
    dev: summarize(judged.filter((j) => j.split === "dev")),
    test: summarize(judged.filter((j) => j.split !== "dev")),
    all: summarize(judged),
  };
}

/** Slugs in first-seen order without repeats: a page's best-ranked position. */
export function dedupe(slugs: Iterable<string>): string[] {
  return [...new Set(slugs)];
}

/**
 * Whether `ours` is ahead of (or level with) `peer`: success@3 first, then MRR@10 when success@3 ties.
 * Returns "ahead", "level" (both equal) or "behind".
 */
export function compareTo(ours: Metrics, peer: Metrics): "ahead" | "level" | "behind" {
  const eps = 1e-9;
  for (const key of ["success3", "mrr10"] as const) {
    if (ours[key] > peer[key] + eps) return "ahead";
    if (ours[key] < peer[key] - eps) return "behind";
  }
  return "level";
}
