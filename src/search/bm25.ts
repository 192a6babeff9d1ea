/**
 * Scores one token's postings the way MiniSearch scores a one-term query: BM25+ per field
 * (MiniSearch's `calcBM25Score` with its defaults k = 1.2, b = 0.7, d = 0.5), times the field's
 * boost, summed over fields; with `prefix`, every longer token starting with it counts too,
 * weighted 0.375 · L / (L + 0.3 · extra length) as MiniSearch weights prefix matches. Read straight
 * from the shard's postings: at 10,000 articles, building MiniSearch's per-result objects (matched
 * terms and fields) cost more than the scoring itself, and typing runs a search per key.
 */
import { FIELD_BOOSTS, TOPIC_FIELD_IDS, idf } from "./format/fields";
import type { IndexEntry } from "./format/files";
import { countBelow } from "./format/shard-lookup";

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;

/** Field ids (as in the postings) with their boosts, in MiniSearch's order. */
// A term in the title or in the author's keywords ranks as a title match: both name the article's topic.

export interface CorpusStats {
  readonly documentCount: number;
  readonly averageFieldLength: readonly number[];
  /** Per document id, its field lengths in FIELDS order (format/fields.ts). */
  readonly fieldLength: readonly (readonly number[])[];
}

/** Tokens of a shard (or several joined), in ascending order, with their postings. */
export interface Postings {
  readonly tokens: readonly string[];
  readonly byToken: ReadonlyMap<string, IndexEntry[1]>;
}

export interface Scored {
  readonly scores: Map<number, number>;
  /** Documents with the token in the title or keywords. */
  readonly title: Set<number>;
}

function addToken(byField: IndexEntry[1], weight: number, stats: CorpusStats, into: Scored): void {
  for (const [field, boost] of FIELD_BOOSTS) {
    const docs = byField[field];
    if (!docs) continue;
    const fieldId = Number(field);
    const average = stats.averageFieldLength[fieldId]!;
    const keys = Object.keys(docs);
    const matching = keys.length;
    const inverse = idf(matching, stats.documentCount);
    const inTitle = TOPIC_FIELD_IDS.has(field);
    for (const key of keys) {
      const id = Number(key);
      const tf = docs[key]!;
      const length = stats.fieldLength[id]![fieldId]!;
      const score = weight * boost * inverse * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));
      into.scores.set(id, (into.scores.get(id) ?? 0) + score);
      if (inTitle) into.title.add(id);
    }
  }
}

export function scoreToken(postings: Postings, token: string, prefix: boolean, stats: CorpusStats): Scored {
  const scored: Scored = { scores: new Map(), title: new Set() };
  const exact = postings.byToken.get(token);
  if (exact) addToken(exact, 1, stats, scored);
  if (!prefix) return scored;
  for (let i = countBelow(postings.tokens, token); i < postings.tokens.length; i++) {
    const longer = postings.tokens[i]!;
    if (!longer.startsWith(token)) break;
    const distance = longer.length - token.length;
    if (distance === 0) continue;
    addToken(postings.byToken.get(longer)!, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), stats, scored);
  }
  return scored;
}
