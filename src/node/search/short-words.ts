/** The one-syllable words of the articles, which the query's stemmer may reduce a word to. */
import { isHangulWord } from "../../search/hangul";
import { CLEAR_PARTICLES } from "../../search/stem";

/** How often a one-syllable word must stand alone or before a clear particle to count as a word. */
const SHORT_WORD_MIN_COUNT = 2;

/**
 * One-syllable Hangul words of the articles (`봇`, `앱`, `욕`): those written alone or followed by a
 * particle that never ends a noun (`봇을`, `앱에서`). The query's stemmer may reduce `봇의` to `봇`
 * only when `봇` is one of them, so `회의` never becomes `회`.
 */
export function oneSyllableWords(counts: ReadonlyMap<string, number>): string {
  const found = new Map<string, number>();
  for (const [word, count] of counts) {
    const chars = [...word];
    if (!isHangulWord(chars[0] ?? "")) continue;
    const rest = chars.slice(1).join("");
    if (rest === "" || CLEAR_PARTICLES.includes(rest)) found.set(chars[0]!, (found.get(chars[0]!) ?? 0) + count);
  }
  return [...found]
    .filter(([, count]) => count >= SHORT_WORD_MIN_COUNT)
    .map(([ch]) => ch)
    .sort()
    .join("");
}
