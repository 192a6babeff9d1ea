/**
 * Stage "relax": when no article has every word of a question, list the articles that have the
 * most informative part of it. Each word weighs its inverse document frequency (BM25's idf), so a
 * rare word such as `검수` outweighs a common one such as `템플릿`; an article is listed only when the
 * words it has carry at least half of the query's weight and most of what the best article covers,
 * which keeps the list short (no article is listed for one common word of a long question).
 */

/** An article must cover at least this share of the query's weight... */
export const MIN_SHARE = 0.5;
/** ...and at least this share of what the best-covered article covers. */
export const BEST_SHARE = 0.75;

/** BM25's inverse document frequency: near 0 for a word in every article, large for a rare one. */
export function termWeight(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The least covered weight an article needs, given the query's total and the best article's. */
export function coverageThreshold(totalWeight: number, bestCovered: number): number {
  return Math.max(MIN_SHARE * totalWeight, BEST_SHARE * bestCovered);
}

/**
 * Articles to list, with the share of the query's weight each covers: `covered` maps each article
 * to the summed weight of the words it has; `totalWeight` sums the weights of the words that occur
 * anywhere (a word no article has cannot be covered and does not count).
 */
export function selectCovered(covered: ReadonlyMap<number, number>, totalWeight: number): Map<number, number> {
  const selected = new Map<number, number>();
  if (totalWeight <= 0) return selected;
  let best = 0;
  for (const weight of covered.values()) best = Math.max(best, weight);
  // A hair below the threshold still counts: sums of the same weights in another order differ in the last bit.
  const threshold = coverageThreshold(totalWeight, best) - 1e-9;
  for (const [id, weight] of covered) if (weight >= threshold) selected.set(id, weight / totalWeight);
  return selected;
}
