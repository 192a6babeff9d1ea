/**
 * Stage "relax": when too few articles have every word of a question, list those that have the
 * most of it. An article's coverage is the mean of two shares of the query: the share of its words
 * the article has, and the share of their weight, each word weighing its inverse document
 * frequency (`idf` in format/fields.ts, as scoring uses it), so a rare word such as `검수` outweighs a
 * common one such as `템플릿` while three words of four still beat one rare word. An article is
 * listed only when it covers at least half of the query and most of what the best article covers,
 * which keeps the list short.
 */

/** An article must cover at least this share of the query... */
const MIN_SHARE = 0.5;
/** ...and at least this share of what the best-covered article covers. */
const BEST_SHARE = 0.75;

/** One word of the query: how much it counts as a word (1, or less for verbs and unknown words) and its weight. */
export interface QueryPart {
  readonly count: number;
  readonly weight: number;
}

/** The share of the query an article covers, given which words it has (`has[i]` for `parts[i]`). */
export function coverageShare(parts: readonly QueryPart[], has: readonly boolean[]): number {
  let count = 0;
  let weight = 0;
  let totalCount = 0;
  let totalWeight = 0;
  parts.forEach((part, i) => {
    totalCount += part.count;
    totalWeight += part.weight;
    if (has[i]) {
      count += part.count;
      weight += part.weight;
    }
  });
  if (totalCount <= 0 || totalWeight <= 0) return 0;
  return (count / totalCount + weight / totalWeight) / 2;
}

/**
 * The least coverage an article needs, given the best article's. When no article covers half of a
 * long question, the best ones are still listed: a question with an informative word the articles
 * have never ends with nothing.
 */
export function coverageThreshold(best: number): number {
  return best < MIN_SHARE ? BEST_SHARE * best : Math.max(MIN_SHARE, BEST_SHARE * best);
}

/**
 * The least coverage, counted optimistically (memberships not yet checked against the text count as
 * found), worth checking: the threshold for the best optimistic share, never above MIN_SHARE.
 */
export function candidateThreshold(bestOptimistic: number): number {
  return Math.min(MIN_SHARE, coverageThreshold(bestOptimistic));
}

/** Articles to list (with their coverage), from every candidate's coverage. */
export function selectCovered(shares: ReadonlyMap<number, number>): Map<number, number> {
  let best = 0;
  for (const share of shares.values()) best = Math.max(best, share);
  // A hair below the threshold still counts: sums of the same weights in another order differ in the last bit.
  const threshold = coverageThreshold(best) - 1e-9;
  const selected = new Map<number, number>();
  for (const [id, share] of shares) if (share > 0 && share >= threshold) selected.set(id, share);
  return selected;
}
