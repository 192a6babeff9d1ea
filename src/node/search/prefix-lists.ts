/**
 * Prefix lists (format/files.ts): a one-character query (`설`, or the first syllable of a word
 * being typed) matches every token starting with it, and where those tokens fill several term
 * shards the engine would fetch and score them all (`설` at 50,000 articles: 23 files, 74 KB
 * brotli, hundreds of tokens). For those characters the build stores the answer instead, one list:
 * each article's score as bm25.ts `scoreToken` sums it (the same function, so the same order, to
 * its ×100 rounding), and the articles with such a token in the title (34 KB, one to two files).
 */
import { scoreToken, storedPrefixScore, type Postings, type Scored } from "../../search/bm25";
import { postingLists } from "../../search/format/codec";
import { PREFIX_SCORE, PREFIX_TITLE, type IndexEntry } from "../../search/format/files";
import { shardsWithPrefix } from "../../search/format/shard-lookup";

/**
 * Term shards a character's tokens must span to get a list: over two, a list is one or two files
 * instead of many; at two it saves little and costs every query a bound in the meta file (10,000
 * articles: 136 characters instead of 235).
 */
const MIN_SHARDS = 3;

/**
 * The prefix lists of the characters whose tokens span MIN_SHARDS or more of the term shards
 * starting at `termBounds`, as index entries (`[character, { score: { id: score×100 }, title: { id: 1 } }]`),
 * ascending. `entries` are the index's, in any order, with impacts (impacts.ts).
 */
export function prefixListsOf(
  entries: readonly IndexEntry[],
  termBounds: readonly string[],
  documentCount: number,
): IndexEntry[] {
  const firsts = [...new Set(entries.map(([token]) => String.fromCodePoint(token.codePointAt(0)!)))].sort();
  const spread = firsts.filter((first) => {
    const [from, to] = shardsWithPrefix(termBounds, first);
    return to - from + 1 >= MIN_SHARDS;
  });
  if (spread.length === 0) return [];
  // Only the tokens of those characters are scored, so only they are read as lists.
  const listed = new Set(spread);
  const postings = postingsOf(entries, (token) => listed.has(String.fromCodePoint(token.codePointAt(0)!)));
  return spread.map((first) => storedList(first, scoreToken(postings, first, true, documentCount)));
}

/** The entries whose token `keep` accepts, as postings to score (bm25.ts), tokens ascending. */
export function postingsOf(entries: readonly IndexEntry[], keep: (token: string) => boolean): Postings {
  const sorted = entries.filter(([token]) => keep(token)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    tokens: sorted.map(([token]) => token),
    byToken: new Map(sorted.map(([token, byField]) => [token, postingLists(byField)])),
  };
}

/** A look-up's answer as the prefix files store it (prefix and word lists): scores ×100, title matches. */
export function storedList(key: string, { scores, title }: Scored): IndexEntry {
  const score: Record<string, number> = {};
  for (const [id, value] of scores) score[id] = storedPrefixScore(value);
  const inTitle: Record<string, number> = {};
  for (const id of title) inTitle[id] = 1;
  return [key, { [PREFIX_SCORE]: score, [PREFIX_TITLE]: inTitle }];
}
