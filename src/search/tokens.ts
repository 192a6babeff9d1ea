/**
 * Index tokens: syllable (character) pairs inside each word run, plus the run's last character
 * on its own. Every character of the text is then the first character of some token, so a
 * one-character query is an exact prefix search, and a two-character query an exact token.
 * Longer queries look up all their pairs, which finds candidates that are verified afterwards.
 */
import { compact, wordRuns } from "./normalize";

function tokensOfRun(run: string): string[] {
  const chars = [...run];
  const last = chars[chars.length - 1];
  return last === undefined ? [] : [...pairsOfRun(run), last];
}

/** Tokenises any field text for the index. Shared by the index builder and (via options) loading. */
export function indexTokens(text: string): string[] {
  return wordRuns(compact(text)).flatMap(tokensOfRun);
}

/** The pairs a run must have (exact tokens); a one-character run is a prefix lookup instead. */
export function pairsOfRun(run: string): string[] {
  const chars = [...run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/**
 * Which of a run's syllable pairs verify it: pairs at offsets 0, 2, 4, … and the last, each
 * syllable in at least one. Pairs that stand at those offsets from one start stand for the whole
 * run, so the pairs between need no positions: `관리자센터` reads 관리, 자센 and 센터, not 리자.
 */
export function coveringOffsets(pairCount: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < pairCount; offset += 2) offsets.push(offset);
  if (pairCount > 0 && offsets[offsets.length - 1] !== pairCount - 1) offsets.push(pairCount - 1);
  return offsets;
}
