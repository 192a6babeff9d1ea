/**
 * Word lists (format/files.ts): a word of three characters or more is verified with the positions
 * of its syllable pairs, and for a frequent word those pairs are frequent too, so the engine would
 * fetch most of their positions (`관리자센터` at 50,000 articles: 237 KB brotli; an identifier such as
 * `usestate` in code-heavy docs, whose letter pairs stand everywhere, likewise). For the frequent
 * words of the articles whose positions fill several position files, the build stores the answer
 * instead, as a prefix list stores a character's: each article having the word, with the score the
 * engine sums over its pairs (bm25.ts `allOfScored` of `scoreToken`, ×100), and whether it stands in
 * the title or keywords. Which articles have it is read off the same field texts the positions are
 * built from (field-match.ts `fieldTexts`): a word of letters only stands where its pairs stand in a
 * row, so the answer is the one the positions give.
 */
import { allOfScored, scoreToken, type Scored } from "../../search/bm25";
import { MIN_POSITION_FILES, type IndexEntry } from "../../search/format/files";
import { TOPIC_FIELD_IDS } from "../../search/format/fields";
import { filesHolding } from "../../search/format/shard-lookup";
import { fieldTexts } from "../../search/field-match";
import { toTerm } from "../../search/query";
import { particleIsClear, readsAsVerb, stemCandidates } from "../../search/stem";
import { coveringOffsets, pairsOfRun } from "../../search/tokens";
import type { SearchData } from "../../search/types";
import { postingsOf, storedList } from "./prefix-lists";

/** Fewest occurrences of a listed word, and its share of the articles: rarer words are rarely searched. */
const MIN_OCCURRENCES = 20;
const MIN_OCCURRENCE_SHARE = 0.005;
/** Most words listed, the most frequent first: each list costs the build a scan and the site its bytes. */
const MAX_WORDS = 600;

/**
 * The words to list, most frequent first: words of the articles (`counts`, from the words file)
 * that the engine verifies with positions, are frequent, are typed as they stand (`typedAsWord`)
 * and whose covering pairs' positions span MIN_POSITION_FILES or more of the position shards
 * starting at `positionBounds`.
 */
export function wordsToList(
  counts: ReadonlyMap<string, number>,
  positionBounds: readonly string[],
  documentCount: number,
): string[] {
  const least = Math.max(MIN_OCCURRENCES, MIN_OCCURRENCE_SHARE * documentCount);
  const chosen: [string, number][] = [];
  for (const [word, count] of counts) {
    if (count < least) continue;
    const term = toTerm(word);
    if (!term || term.choseong || term.runs.length !== 1 || term.runs[0] !== term.text) continue;
    // Numbers and measures (`24시간`, `16px`) are seldom searched by themselves.
    if ([...term.text].length < 3 || /\d/u.test(term.text) || !typedAsWord(term.text, counts)) continue;
    const pairs = pairsOfRun(term.text);
    const covering = coveringOffsets(pairs.length).map((offset) => pairs[offset]!);
    if (filesHolding(positionBounds, covering) >= MIN_POSITION_FILES) chosen.push([term.text, count]);
  }
  // Two spellings of one word (`JSON`, `json`) make one term: listed once.
  const sorted = chosen.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return [...new Set(sorted)].slice(0, MAX_WORDS);
}

/**
 * Whether a word is one people type as it is, not a word of the articles with an ending or a
 * particle (`가능합니다`, `설정하려면` where the articles write `가능`, `설정`; `관리자를`, `json로`),
 * whose stem is what is searched. (Only which words get a list depends on it, never an answer.)
 */
function typedAsWord(word: string, counts: ReadonlyMap<string, number>): boolean {
  if (readsAsVerb(word)) return false;
  return !stemCandidates(word).some(
    (stem) => counts.has(stem.text) && (stem.predicate || (stem.particle !== null && particleIsClear(stem.particle, stem.text))),
  );
}

/**
 * The lists of `words` as index entries (`[word, { score: { id: score×100 }, title: { id: 1 } }]`),
 * in the order of `words`. `entries` are the index's, in any order, with impacts (impacts.ts).
 */
export function wordListsOf(words: readonly string[], entries: readonly IndexEntry[], data: SearchData): IndexEntry[] {
  if (words.length === 0) return [];
  const documentCount = data.docs.length;
  // Only the pairs of the listed words are read as lists.
  const wanted = new Set(words.flatMap((word) => pairsOfRun(word)));
  const postings = postingsOf(entries, (token) => wanted.has(token));
  const found = words.map((): Scored => ({ scores: new Map(), title: new Set() }));
  // Per article, the words whose pairs it has all of, with their summed scores: the candidates.
  const candidates = new Map<number, [word: number, score: number][]>();
  words.forEach((word, w) => {
    const pairs = pairsOfRun(word).map((pair) => scoreToken(postings, pair, false, documentCount));
    for (const [id, score] of allOfScored(pairs).scores) (candidates.get(id) ?? candidates.set(id, []).get(id)!).push([w, score]);
  });
  // One pass over the candidate articles, each one's field texts made once for all its words.
  for (const [id, listed] of candidates) {
    const texts = fieldTexts(data.docs[id]!);
    for (const [w, score] of listed) {
      const fields = texts.flatMap((text, field) => (text.includes(words[w]!) ? [String(field)] : []));
      if (fields.length === 0) continue;
      found[w]!.scores.set(id, score);
      if (fields.some((field) => TOPIC_FIELD_IDS.has(field))) found[w]!.title.add(id);
    }
  }
  return words.map((word, w) => storedList(word, found[w]!));
}
