/**
 * Scores one token's postings the way MiniSearch scores a one-term query: BM25+ per field
 * (MiniSearch's `calcBM25Score` with its defaults k = 1.2, b = 0.7, d = 0.5), times the field's
 * boost, summed over fields; with `prefix`, every longer token starting with it counts too,
 * weighted 0.375 · L / (L + 0.3 · extra length) as MiniSearch weights prefix matches. Read straight
 * from the shard's postings: at 10,000 articles, building MiniSearch's per-result objects (matched
 * terms and fields) cost more than the scoring itself, and typing runs a search per key.
 *
 * The part of BM25 that depends on the article alone (its term frequency against the field's
 * length) is computed by the build and stored in the postings (`impact`), as impact-scored indexes
 * do: the page never loads every article's field lengths (at 50,000 articles, most of what a first
 * search downloaded) and scoring never waits for them. Stored to two decimals, a score is within
 * 1 % of MiniSearch's.
 */
import { FIELD_BOOSTS, TOPIC_FIELD_IDS, idf } from "./format/fields";
import { PREFIX_SCALE, type PostingLists } from "./format/files";
import { countBelow } from "./format/shard-lookup";

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
/** Impacts are stored as integers, this many per unit (they run from about 0.01 to K + 1 = 2.2). */
const IMPACT_SCALE = 100;

/**
 * What the build stores in a posting for `tf` occurrences in a field of `length` tokens (the
 * field's average length over the articles `average`): BM25's saturated, length-normalised term
 * frequency, scaled to an integer of at least 1.
 */
export function impact(tf: number, length: number, average: number): number {
  return Math.max(1, Math.round((IMPACT_SCALE * (tf * (K + 1))) / (tf + K * (1 - B + (B * length) / average))));
}

/** Tokens of a shard (or several joined), in ascending order, with their postings. */
export interface Postings {
  readonly tokens: readonly string[];
  readonly byToken: ReadonlyMap<string, PostingLists>;
}

export interface Scored {
  readonly scores: Map<number, number>;
  /** Documents with the token in the title or keywords. */
  readonly title: Set<number>;
}

function addToken(lists: PostingLists, weight: number, documentCount: number, into: Scored): void {
  for (const [field, boost] of FIELD_BOOSTS) {
    const list = lists[field];
    if (!list) continue;
    const inverse = idf(list.length / 2, documentCount);
    const inTitle = TOPIC_FIELD_IDS.has(field);
    // The gaps walked inline, not through codec.ts `eachPosting`: this loop runs once per posting
    // of every token a query reads (a one-syllable prefix: hundreds of tokens).
    let id = 0;
    for (let i = 0; i < list.length; i += 2) {
      id += list[i]!;
      const score = weight * boost * inverse * (D + list[i + 1]! / IMPACT_SCALE);
      into.scores.set(id, (into.scores.get(id) ?? 0) + score);
      if (inTitle) into.title.add(id);
    }
  }
}

/** `postings` hold impacts (the build's `impact`), as the term shards do. */
export function scoreToken(postings: Postings, token: string, prefix: boolean, documentCount: number): Scored {
  const scored: Scored = { scores: new Map(), title: new Set() };
  const exact = postings.byToken.get(token);
  if (exact) addToken(exact, 1, documentCount, scored);
  if (!prefix) return scored;
  for (let i = countBelow(postings.tokens, token); i < postings.tokens.length; i++) {
    const longer = postings.tokens[i]!;
    if (!longer.startsWith(token)) break;
    const distance = longer.length - token.length;
    if (distance === 0) continue;
    addToken(
      postings.byToken.get(longer)!,
      (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance),
      documentCount,
      scored,
    );
  }
  return scored;
}

/**
 * A one-character prefix's score as its prefix list stores it (format/files.ts: ×PREFIX_SCALE,
 * a whole number of at least 1). The engine rounds the scores it sums itself for such a prefix the
 * same way, so an answer does not depend on whether the build wrote a list for the character.
 */
export function storedPrefixScore(score: number): number {
  return Math.max(1, Math.round(score * PREFIX_SCALE));
}

/**
 * The articles having every one of several look-ups (a long term's syllable pairs), each with the
 * sum of their scores, and in the title where all of them are. Shared by the engine and the build's
 * word lists (word-lists.ts), so a stored answer sums in the same order as the engine.
 */
export function allOfScored(all: readonly Scored[]): Scored {
  if (all.length === 1) return all[0]!;
  const [smallest, ...rest] = [...all].sort((a, b) => a.scores.size - b.scores.size);
  const scores = new Map<number, number>();
  const title = new Set<number>();
  if (!smallest) return { scores, title };
  for (const [id, first] of smallest.scores) {
    let score = first;
    let everywhere = true;
    for (const postings of rest) {
      const other = postings.scores.get(id);
      if (other === undefined) {
        everywhere = false;
        break;
      }
      score += other;
    }
    if (!everywhere) continue;
    scores.set(id, score);
    if (all.every((postings) => postings.title.has(id))) title.add(id);
  }
  return { scores, title };
}
