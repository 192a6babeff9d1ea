/**
 * "Did you mean": when a query finds nothing, the closest spelling in the articles' own words that
 * does find something. Distance counts jamo edits (`쳇봇` → `챗봇` is one), since syllable-level
 * fuzziness either allows nothing on short Korean words or swaps whole syllables on long ones.
 * Suggestions are offered as a link; they never add silent matches to a count.
 */
import { compact, wordRuns } from "./normalize";
import { toJamo } from "./hangul";
import type { WordCounts } from "./format/files";

/** Edit distance, giving up (returning `limit + 1`) as soon as it must exceed `limit`. */
export function boundedDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export function jamoDistance(a: string, b: string, limit = Infinity): number {
  return boundedDistance([...toJamo(a)], [...toJamo(b)], limit);
}

/**
 * Allowed edits for a term, counted in jamo (Hangul) or letters (Latin): one below eight, two from
 * eight on. Short words get one because two jamo edits turn a short word into an unrelated one
 * (`웹훅` → `압축`).
 */
export function editLimit(term: string): number {
  return [...toJamo(term)].length >= 8 ? 2 : 1;
}

/** Words as written (split at spaces too, so a suggestion is a string people actually write), with counts. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.split(/\s+/u)) {
      for (const run of wordRuns(compact(word))) counts.set(run, (counts.get(run) ?? 0) + 1);
    }
  }
  return counts;
}

interface Word {
  readonly text: string;
  readonly count: number;
  /** The word's jamo, split on first use: most words are never compared. */
  jamo?: string[];
}

/** Suggests whole words of the articles (never fragments such as `블록인`) close to a mistyped one. */
export class SpellingSuggester {
  /** Words by their length in characters: a candidate is at most one character longer or shorter. */
  private readonly byLength = new Map<number, Word[]>();

  constructor(words: WordCounts) {
    // Only lengths here: splitting every word into jamo up front cost 30 ms for 10,000 words on
    // the keystroke that first needed a correction.
    for (const [text, count] of words) {
      const length = [...text].length;
      let bucket = this.byLength.get(length);
      if (!bucket) this.byLength.set(length, (bucket = []));
      bucket.push({ text, count });
    }
  }

  /**
   * Words within the edit limit of `term` (and `maxEdits`), closest first, then most frequent.
   * The caller checks each against the index and takes the first that finds articles.
   */
  candidates(term: string, max = 5, maxEdits = Infinity): string[] {
    const limit = Math.min(editLimit(term), maxEdits);
    const size = [...term].length;
    const termJamo = [...toJamo(term)];
    const scored: { text: string; distance: number; count: number }[] = [];
    for (let length = size - 1; length <= size + 1; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        if (word.text === term) continue;
        const jamo = (word.jamo ??= [...toJamo(word.text)]);
        if (Math.abs(jamo.length - termJamo.length) > limit) continue;
        const distance = boundedDistance(termJamo, jamo, limit);
        if (distance <= limit) scored.push({ text: word.text, distance, count: word.count });
      }
    }
    scored.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.text < b.text ? -1 : 1));
    return scored.slice(0, max).map((s) => s.text);
  }
}
