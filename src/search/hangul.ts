/** Hangul helpers: initial consonants (choseong) and jamo decomposition for spelling distance. */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const CHOSEONG = [..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"];
const JUNGSEONG = [..."ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"];
const JONGSEONG = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];
const CHOSEONG_SET = new Set(CHOSEONG);
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
  for (const ch of term) if (!CHOSEONG_SET.has(ch)) return false;
  return true;
}

/** Replaces each Hangul syllable by its initial consonant; other characters stay, so runs never join across them. */
export function choseongOf(text: string): string {
  let out = "";
  for (const ch of text) {
    const index = syllableIndex(ch);
    out += index < 0 ? ch : (CHOSEONG[Math.floor(index / 588)] ?? ch);
  }
  return out;
}

/** Splits Hangul syllables into jamo (`챗` → `ㅊㅐㅅ`) so that spelling distance counts letters, not syllables. */
export function toJamo(text: string): string {
  let out = "";
  for (const ch of text) {
    const index = syllableIndex(ch);
    if (index < 0) {
      out += ch;
      continue;
    }
    out +=
      (CHOSEONG[Math.floor(index / 588)] ?? "") +
      (JUNGSEONG[Math.floor((index % 588) / 28)] ?? "") +
      (JONGSEONG[index % 28] ?? "");
  }
  return out;
}
