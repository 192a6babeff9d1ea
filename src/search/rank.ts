/** Ranking and counting of matched articles: the orders of `정확도순` and `최신순`, and per-category counts. */
import type { SearchCategory } from "./types";

export interface Hit {
  readonly id: number;
  readonly category: SearchCategory;
  /** `YYYY-MM-DD`. */
  readonly updated: string;
  /** 1 when the article has every required word of the query; 0 for the additions of a relaxed list (tier 1). */
  readonly complete: number;
  /** 1 when the query describes a failure and the article's title does too (symptom.ts; tier 2). */
  readonly symptom: number;
  /** Query words found in the title or the author's keywords (tier 3). */
  readonly titleTerms: number;
  /** Share of the query the article covers, verbs and rare words weighed (relax.ts); 1 for exact answers (tier 4). */
  readonly coverage: number;
  /** 1 when the whole query stands together, e.g. `채널 연결` as one phrase (tier 5). */
  readonly adjacent: number;
  /** BM25 from the index, title boosted (tier 6). */
  readonly score: number;
}

export function ancestorPaths(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

function newestFirst(a: Hit, b: Hit): number {
  return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0;
}

function relevance(a: Hit, b: Hit): number {
  return (
    b.complete - a.complete ||
    b.symptom - a.symptom ||
    b.titleTerms - a.titleTerms ||
    b.coverage - a.coverage ||
    b.adjacent - a.adjacent ||
    b.score - a.score
  );
}

/**
 * `정확도순`: complete matches, troubleshooting articles for a question describing a failure, title
 * matches, coverage, adjacency, then BM25; ties newest first, then a stable order.
 */
export function byRelevance(a: Hit, b: Hit): number {
  return relevance(a, b) || newestFirst(a, b) || a.id - b.id;
}

/** `최신순`: newest first; the same day by relevance. */
export function byLatest(a: Hit, b: Hit): number {
  return newestFirst(a, b) || relevance(a, b) || a.id - b.id;
}
