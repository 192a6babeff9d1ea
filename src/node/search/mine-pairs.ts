/**
 * Synonyms the articles declare themselves: Korean documentation gives the original of a term in
 * parentheses where it introduces it, `상태(state)`, `계산된 속성(computed property)`,
 * `Props(프롭스)`, `서버 사이드 렌더링(SSR)`. Each such pair is a word the articles use and a word a
 * reader may type instead, so a question with one also finds pages written with the other. Mined at
 * build time from each help center's own text; no word list of ours is involved.
 *
 * Parentheses also annotate (`필수(URL)`, `시점(KST)`): a pair is kept only when each side is mostly
 * written with the other, which an annotation reused across many terms is not.
 */
import { compact } from "../../search/normalize";
import { syllableParts } from "../../search/hangul";

const HANGUL_WORD = "[가-힣]+";
const LATIN_WORD = "[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]";
// `한글 한글(Latin words)` and `Latin words(한글 한글)`, a space before the parenthesis allowed.
const HANGUL_FIRST = new RegExp(
  `((?:${HANGUL_WORD} ){0,2}${HANGUL_WORD}) ?\\(((?:${LATIN_WORD})(?: (?:${LATIN_WORD})){0,3})\\)`,
  "gu",
);
const LATIN_FIRST = new RegExp(
  `((?:(?:${LATIN_WORD}) ){0,2}(?:${LATIN_WORD})) ?\\((${HANGUL_WORD}(?: ${HANGUL_WORD}){0,2})\\)`,
  "gu",
);
const ACRONYM = /^[A-Z]{2,4}s?$/u;
/** Share of a term's parenthesised pairings that must go to one partner for the pair to count. */
const DOMINANT_SHARE = 0.6;
/** Most pairs kept (the most often written): the file stays small on any help center. */
const MAX_PAIRS = 4000;

// Latin letters each initial consonant (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) may stand for.
const INITIAL_LETTERS = [
  ...["gk", "gk", "n", "dt", "dt", "rl", "m", "bpv", "bp", "sc", "s", "aeiouwy", "jz", "jz", "c", "kc", "t", "pf", "h"],
];

function initialLetters(word: string): string {
  const parts = syllableParts([...word][0] ?? "");
  return parts ? (INITIAL_LETTERS[parts.initial] ?? "") : "";
}

/** The last `n` space-separated words of a phrase. */
function lastWords(phrase: string, n: number): string {
  const words = phrase.split(" ");
  return words.slice(Math.max(0, words.length - n)).join(" ");
}

/**
 * How many Hangul words go with a parenthesised Latin phrase: as many as it has words; for an
 * acronym, the last words whose first sounds spell it (`서버 사이드 렌더링(SSR)`), else the last
 * word alone (`부가세(VAT)`).
 */
function span(before: string, inside: string): number {
  const words = inside.split(" ");
  if (words.length > 1 || !ACRONYM.test(inside)) return words.length;
  const letters = inside.replace(/s$/u, "").toLowerCase();
  const last = before.split(" ").slice(-letters.length);
  const spelt = last.length === letters.length && last.every((word, i) => initialLetters(word).includes(letters[i]!));
  return spelt ? letters.length : 1;
}

/** Pairs `[korean, latin]` in compact form (normalize.ts), most often written first. */
export function minePairs(texts: Iterable<string>): [korean: string, latin: string][] {
  const counts = new Map<string, Map<string, number>>();
  const pairings = new Map<string, number>();
  const add = (korean: string, latin: string) => {
    const a = compact(korean);
    const b = compact(latin);
    if ([...a].length < 2 || b.length < 2) return;
    const partners = counts.get(a) ?? new Map<string, number>();
    partners.set(b, (partners.get(b) ?? 0) + 1);
    counts.set(a, partners);
    pairings.set(a, (pairings.get(a) ?? 0) + 1);
    pairings.set(b, (pairings.get(b) ?? 0) + 1);
  };
  for (const text of texts) {
    for (const match of text.matchAll(HANGUL_FIRST)) add(lastWords(match[1]!, span(match[1]!, match[2]!)), match[2]!);
    for (const match of text.matchAll(LATIN_FIRST)) add(match[2]!, lastWords(match[1]!, match[2]!.split(" ").length));
  }
  const kept: { pair: [string, string]; count: number }[] = [];
  for (const [korean, partners] of counts) {
    for (const [latin, count] of partners) {
      const dominant = count >= DOMINANT_SHARE * pairings.get(korean)! && count >= DOMINANT_SHARE * pairings.get(latin)!;
      if (dominant) kept.push({ pair: [korean, latin], count });
    }
  }
  return kept
    .sort((a, b) => b.count - a.count || (a.pair.join() < b.pair.join() ? -1 : 1))
    .slice(0, MAX_PAIRS)
    .map(({ pair }) => pair);
}
