/**
 * The ranking's adjacency tier: the query's words standing together as one phrase (`채널 연결` →
 * `채널연결`). Which articles have the phrase is settled in two steps, so that ranking never reads
 * the positions of common pairs: the articles that match the words and have every junction pair
 * (the pair across each gap between words, `널연`) are candidates, read off small postings; the
 * candidates a results page shows are then checked against their text, which the page loads
 * anyway (engine.ts).
 */
import { compact, isWordChar } from "./normalize";
import { phraseTerm, type Term } from "./query";
import { isParticleSyllable } from "./stem";

export interface Phrase {
  /** The words joined as one term, as the text is checked for it. */
  readonly term: Term;
  /**
   * The pair across each gap between two words (`채널`+`연결` → `널연`): an article with the phrase
   * has them all. Empty when they would tell little: when the joined term is not simply the words
   * in a row, or when a word after a gap starts with a particle's syllable (`useEffect 의존성` →
   * `t의`: texts write `useEffect의` everywhere). The engine then verifies the phrase another way.
   */
  readonly junctions: readonly string[];
}

/**
 * `words`: compact terms (query.ts `Term.text`), in query order. Undefined for fewer than two, for
 * initials, and where the words do not join into one term (a space kept between Latin words,
 * `react hook`, is not a phrase the index can look up).
 */
export function phraseOf(words: readonly string[]): Phrase | undefined {
  if (words.length < 2) return undefined;
  const term = phraseTerm(compact(words.join(" ")));
  if (!term) return undefined;
  const chars = [...term.text];
  const junctions = new Set<string>();
  let at = 0;
  for (const word of words) {
    const length = [...word].length;
    if (chars.slice(at, at + length).join("") !== word) return { term, junctions: [] };
    const left = chars[at - 1];
    const right = chars[at];
    if (at > 0 && right !== undefined && isParticleSyllable(right)) return { term, junctions: [] };
    if (at > 0 && left !== undefined && right !== undefined && isWordChar(left) && isWordChar(right)) junctions.add(left + right);
    at += length;
  }
  return { term, junctions: at === chars.length ? [...junctions] : [] };
}
