/**
 * "Did you mean": when a query finds nothing, the closest spelling in the articles' own words that
 * does find something. Distance counts jamo edits (`쳇봇` → `챗봇` is one), since syllable-level
 * fuzziness either allows nothing on short Korean words or swaps whole syllables on long ones.
 * Suggestions are offered as a link; they never add silent matches to a count.
 */
import { compact, wordRuns } from "./normalize";
import { toJamo } from "./hangul";
import type { WordCounts } from "./format/files";

/** Rows of the distance table, reused: a correction compares a word with thousands of words. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
/** Stands for "more than any limit" outside the band. */
const FAR = 1 << 29;

/**
 * Edit distance, giving up (returning `limit + 1`) as soon as it must exceed `limit`. Only the band
 * of cells within `limit` of the diagonal is computed (Ukkonen): a path outside it already costs
 * more than the limit.
 */
export function boundedDistance(a: readonly string[], b: readonly string[], limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (rowA.length < m + 2) {
    rowA = new Int32Array(2 * (m + 2));
    rowB = new Int32Array(2 * (m + 2));
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    const left = from === 1 ? i : FAR;
    current[from - 1] = left;
    let rowMin = left;
    const letter = a[i - 1];
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1]! + (letter === b[j - 1] ? 0 : 1);
      const up = previous[j]! + 1;
      if (up < value) value = up;
      const before = current[j - 1]! + 1;
      if (before < value) value = before;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads this one's cell right of the band as "above": out of reach.
    if (to < m) current[to + 1] = FAR;
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[m]!;
  return distance > limit ? limit + 1 : distance;
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
