/**
 * "Did you mean": when a query finds nothing, the closest spelling in the articles' own words that
 * does find something. Distance counts jamo edits (`쳇봇` → `챗봇` is one), since syllable-level
 * fuzziness either allows nothing on short Korean words or swaps whole syllables on long ones.
 * Suggestions are offered as a link; they never add silent matches to a count.
 */
import { compact, wordRuns } from "./normalize";
import { toJamo } from "./hangul";
import type { WordCounts } from "./payload";

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

/** Allowed jamo edits for a term: one for short terms, two from five jamo on. */
export function editLimit(term: string): number {
  return [...toJamo(term)].length >= 5 ? 2 : 1;
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

export class SpellingSuggester {
  private readonly wordCounts: ReadonlyMap<string, number>;
  private readonly byLength = new Map<number, Map<string, number>>();

  constructor(words: WordCounts) {
    this.wordCounts = new Map(words);
  }

  /** Every substring of every word with `length` characters, with how often it occurs. */
  private fragments(length: number): Map<string, number> {
    let fragments = this.byLength.get(length);
    if (!fragments) {
      fragments = new Map();
      for (const [word, count] of this.wordCounts) {
        const chars = [...word];
        for (let i = 0; i + length <= chars.length; i++) {
          const piece = chars.slice(i, i + length).join("");
          fragments.set(piece, (fragments.get(piece) ?? 0) + count);
        }
      }
      this.byLength.set(length, fragments);
    }
    return fragments;
  }

  /**
   * Spellings within the edit limit of `term`, closest first, then most frequent.
   * The caller checks each against the index and takes the first that finds articles.
   */
  candidates(term: string, max = 5): string[] {
    const limit = editLimit(term);
    const size = [...term].length;
    const termJamo = [...toJamo(term)];
    const scored: { text: string; distance: number; count: number }[] = [];
    for (let length = Math.max(1, size - 1); length <= size + 1; length++) {
      for (const [text, count] of this.fragments(length)) {
        if (text === term) continue;
        const distance = boundedDistance(termJamo, [...toJamo(text)], limit);
        if (distance <= limit) scored.push({ text, distance, count });
      }
    }
    scored.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.text < b.text ? -1 : 1));
    return scored.slice(0, max).map((s) => s.text);
  }
}
