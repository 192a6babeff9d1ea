/**
 * Half-typed syllables, for results shown while typing. A Korean IME composes the last syllable in
 * place, so while someone types `챗봇` the box reads `챗보` for a moment, and `장바구니` passes through
 * `장박` (the `ㄱ` sits in the final position until the vowel after it arrives). The last syllable is
 * a jamo prefix: `보` may end as `봇` or `복`, and `박` may be `박` or `바` followed by a syllable
 * starting with `ㄱ`. A lone consonant after a syllable (`장바ㄱ`) starts the next syllable.
 *
 * Completions are read off the index (the pair tokens of the shard holding the last pair), so they
 * are forms that occur in the articles; the pipeline matches them like any other form, exactly.
 * Submitted searches never use them: the search page keeps the exact contract.
 */
import { composeSyllable, isChoseongTerm, syllableParts, toJamo, FINAL } from "./hangul";
import { toTerm, type Term } from "./query";

/** Most completions tried per term, the most frequent first: the dropdown shows eight articles. */
const MAX_COMPLETIONS = 16;

/** A compound final consonant splits when a vowel follows: `닭` + `ㅏ` → `달가`. */
const COMPOUND_FINALS: Record<string, [keep: string, moves: string]> = {
  ㄳ: ["ㄱ", "ㅅ"],
  ㄵ: ["ㄴ", "ㅈ"],
  ㄶ: ["ㄴ", "ㅎ"],
  ㄺ: ["ㄹ", "ㄱ"],
  ㄻ: ["ㄹ", "ㅁ"],
  ㄼ: ["ㄹ", "ㅂ"],
  ㄽ: ["ㄹ", "ㅅ"],
  ㄾ: ["ㄹ", "ㅌ"],
  ㄿ: ["ㄹ", "ㅍ"],
  ㅀ: ["ㄹ", "ㅎ"],
  ㅄ: ["ㅂ", "ㅅ"],
};
const FINAL_LETTERS = Object.fromEntries(Object.entries(FINAL).map(([letter, i]) => [i, letter])) as Record<number, string>;

/** Pairs of the index starting with `first` whose second character `accepts`, and what each completes the term to. */
export interface CompletionPattern {
  /** The pair's first character: the shard to read and the pairs to scan. */
  readonly first: string;
  /** The term's text before the pair's second character. */
  readonly head: string;
  /** Whether a pair's second character continues what was typed. */
  readonly accepts: (second: string) => boolean;
}

function initialOf(ch: string): string | null {
  const parts = syllableParts(ch);
  return parts ? toJamo(composeSyllable({ ...parts, medial: 0, final: 0 }))[0]! : null;
}

/**
 * The ways the term's last character may continue, or none when it cannot be half-typed (one
 * character, initials only, or not Hangul at the end).
 */
export function completionPatterns(term: Term): CompletionPattern[] {
  const chars = [...term.text];
  if (term.choseong || chars.length < 2) return [];
  const last = chars[chars.length - 1]!;
  const previous = chars[chars.length - 2]!;
  const before = chars.slice(0, -1).join("");
  if (!syllableParts(previous)) return [];

  // `장바ㄱ`: a lone consonant starts the next syllable.
  if (isChoseongTerm(last)) return [{ first: previous, head: before, accepts: (second) => initialOf(second) === last }];

  const parts = syllableParts(last);
  if (!parts) return [];
  const typed = toJamo(last);
  // `보` → `봇`, `복`, `봐`: any syllable whose jamo start with the typed ones.
  const patterns: CompletionPattern[] = [
    { first: previous, head: before, accepts: (second) => second !== last && toJamo(second).startsWith(typed) },
  ];
  if (parts.final > 0) {
    // `박` → `바` + `구…`: the final consonant (or a compound's second half) moves to the next syllable.
    const letter = FINAL_LETTERS[parts.final]!;
    const [keep, moves] = COMPOUND_FINALS[letter] ?? [null, letter];
    const open = composeSyllable({ ...parts, final: keep ? FINAL[keep]! : 0 });
    patterns.push({ first: open, head: before + open, accepts: (second) => initialOf(second) === moves });
  }
  return patterns;
}

/** What the completion needs of the index: the pair tokens starting with a character, and their document counts. */
export interface PairLister {
  pairsStartingWith(first: string): Promise<readonly (readonly [pair: string, documents: number])[]>;
}

/** The forms a half-typed term may complete to that occur in the articles, most frequent first. */
export async function completions(term: Term, index: PairLister, limit = MAX_COMPLETIONS): Promise<Term[]> {
  const found = new Map<string, number>();
  for (const pattern of completionPatterns(term)) {
    for (const [pair, documents] of await index.pairsStartingWith(pattern.first)) {
      const second = [...pair][1];
      if (second === undefined || !pattern.accepts(second)) continue;
      const text = pattern.head + second;
      found.set(text, Math.max(found.get(text) ?? 0, documents));
    }
  }
  return [...found]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .flatMap(([text]) => toTerm(text) ?? []);
}
