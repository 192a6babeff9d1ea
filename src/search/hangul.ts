/**
 * Hangul helpers: initial consonants (choseong), jamo for spelling distance and half-typed
 * syllables, and syllables as jamo indexes for the stemmer's rules. Letters come from es-hangul
 * (already the keyboard-layout mapping's library); what it has no call for stays here: indexes
 * (the stemmer changes a syllable's vowel or final by number), conjoining jamo, and initials that
 * keep the characters around them.
 */
import { canBeChoseong, disassemble, getChoseong } from "es-hangul";

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const CHOSEONG = [..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"];
const JUNGSEONG = [..."ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"];
const JONGSEONG = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];
// Conjoining initial jamo (U+1100…U+1112) appear when text went through NFKC or NFD; map them to
// the compatibility letters people type.
const CONJOINING_INITIAL_FIRST = 0x1100;

function syllableIndex(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST ? code - SYLLABLE_FIRST : -1;
}

export function toCompatibilityConsonant(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const offset = code - CONJOINING_INITIAL_FIRST;
  return offset >= 0 && offset < CHOSEONG.length ? (CHOSEONG[offset] ?? ch) : ch;
}

/** True for a term made only of initial consonants, such as `ㅊㅂ`. */
export function isChoseongTerm(term: string): boolean {
  if (term === "") return false;
  for (const ch of term) if (!canBeChoseong(ch)) return false;
  return true;
}

/**
 * Replaces each Hangul syllable by its initial consonant; other characters stay, so runs never
 * join across them (es-hangul's `getChoseong` drops them: `챗봇 API` would read `ㅊㅂ`).
 */
export function choseongOf(text: string): string {
  return text.replace(/[가-힣]+/g, (run) => getChoseong(run));
}

/**
 * Hangul syllables as the keys that type them on the two-set keyboard (`챗` → `ㅊㅐㅅ`, `과` →
 * `ㄱㅗㅏ`, `값` → `ㄱㅏㅂㅅ`): spelling distance counts keys, not syllables, and a syllable still
 * being composed is a prefix of the one it becomes (`고` → `과`, `갑` → `값`).
 */
export function toJamo(text: string): string {
  return disassemble(text);
}

export interface SyllableParts {
  /** Indexes into the initial, medial and final jamo tables; `final` 0 is none. */
  readonly initial: number;
  readonly medial: number;
  readonly final: number;
}

/** The jamo indexes of a precomposed syllable, or null for any other character. */
export function syllableParts(ch: string): SyllableParts | null {
  const index = syllableIndex(ch);
  if (index < 0) return null;
  return { initial: Math.floor(index / 588), medial: Math.floor((index % 588) / 28), final: index % 28 };
}

export function composeSyllable(parts: SyllableParts): string {
  return String.fromCodePoint(SYLLABLE_FIRST + parts.initial * 588 + parts.medial * 28 + parts.final);
}

/** Index of a medial vowel (`ㅘ`) or final consonant (`ㅆ`) by its letter, for readable rules. */
export const MEDIAL = Object.fromEntries(JUNGSEONG.map((letter, i) => [letter, i])) as Record<string, number>;
export const FINAL = Object.fromEntries(JONGSEONG.map((letter, i) => [letter, i]).filter(([letter]) => letter !== "")) as Record<
  string,
  number
>;

/** True when every character is a precomposed Hangul syllable. */
export function isHangulWord(text: string): boolean {
  if (text === "") return false;
  for (const ch of text) if (syllableIndex(ch) < 0) return false;
  return true;
}
