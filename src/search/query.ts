/** Turns what the user typed into search terms. The rules here are the matching contract's first lines. */
import { compact, wordRuns } from "./normalize";
import { isChoseongTerm, toCompatibilityConsonant } from "./hangul";
import { cleanQuery, queryWords } from "./clean";

/** Longer input is cut here: no help-center question needs more, and it bounds the work per keystroke. */
export const MAX_TERMS = 10;

export interface Term {
  /** Compact form of the term: NFC, case-folded, no spaces (see normalize.ts). */
  readonly text: string;
  /** Only Hangul initial consonants: matched against titles' initials. */
  readonly choseong: boolean;
  /** Word runs of the term; the index is asked for these. */
  readonly runs: readonly string[];
}

export interface ParsedQuery {
  /** The query as it will be shown and put in URLs: NFC, trimmed, cut to MAX_QUERY_LENGTH (clean.ts). */
  readonly display: string;
  readonly terms: readonly Term[];
  /** Each term's word as typed (case kept), in the same order: English-mode typing needs the case. */
  readonly typed: readonly string[];
}

/** The term for one word (already free of the punctuation around it), or null if it has no letter or digit. */
export function toTerm(word: string): Term | null {
  const text = [...compact(word)].map(toCompatibilityConsonant).join("");
  const runs = wordRuns(text);
  return runs.length === 0 ? null : { text, choseong: isChoseongTerm(text), runs };
}

export function parseQuery(raw: string): ParsedQuery {
  const display = cleanQuery(raw);
  const seen = new Set<string>();
  const terms: Term[] = [];
  const typed: string[] = [];
  for (const word of queryWords(display)) {
    const term = toTerm(word);
    if (!term || seen.has(term.text)) continue;
    seen.add(term.text);
    terms.push(term);
    typed.push(word);
    if (terms.length === MAX_TERMS) break;
  }
  return { display, terms, typed };
}

/**
 * The one term a multi-word phrase is looked up as, for the adjacency bonus (`채널 연결` →
 * `채널연결`), or undefined when it is not one term of letters (empty, or initials).
 */
export function phraseTerm(phrase: string): Term | undefined {
  if (phrase === "") return undefined;
  const terms = parseQuery(phrase).terms;
  return terms.length === 1 && !terms[0]!.choseong ? terms[0] : undefined;
}
