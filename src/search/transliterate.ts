/**
 * Loanwords across scripts: a help center writes `React`, `Redux`, `TypeScript` in Latin letters and
 * its readers type `리액트`, `리덕스`, `타입스크립트`; or it writes `컴포넌트` and they type
 * `component`. Korean loanword spelling maps consonants regularly (Hangul Orthography's rules for
 * foreign words), so both spellings reduce to about the same sound key: consonant classes in order,
 * with one vowel mark per vowel group. `리액트` → `RaKT`, `react` → `RaKT`; `컴포넌트` and `component`
 * → `KaMPaNaNT`. The pipeline looks keys up among the articles' own words (lexicon.ts), so a key
 * only ever leads to a word the articles use; it is tried only for words the articles do not have,
 * after spelling corrections. The key ignores vowel quality (English spelling does not tell it), so
 * a native word can share a loanword's key (`도구`, `docker`): one more reason it comes last.
 */
import { syllableParts } from "./hangul";

const VOWEL = "a";

// Initial consonants (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) by class; ㅇ carries no sound.
const INITIAL_CLASS = ["K", "K", "N", "T", "T", "R", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "H"];
// Final consonants (none ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ). A final ㅅ is a t (`인터넷`,
// `로봇`); a final ㅇ is "ng".
const FINAL_CLASS = [
  ...["", "K", "K", "K", "N", "N", "N", "T", "R", "K", "M", "P", "R", "R", "P", "R", "M", "P", "P"],
  ...["T", "T", "G", "T", "T", "K", "T", "P", "T"],
];
const EU = 18; // ㅡ
const I = 20; // ㅣ
const JI_INITIALS = new Set([12, 14]); // ㅈ ㅊ
const INITIAL_RIEUL = 5;
const FINAL_RIEUL = 8;

function collapse(symbols: readonly string[]): string {
  let out = "";
  for (const symbol of symbols) if (symbol !== "" && !out.endsWith(symbol)) out += symbol;
  return out;
}

/**
 * The sound key of a Hangul word, or null if it is not all Hangul syllables. The vowel `ㅡ` that
 * Korean inserts to break up foreign consonant clusters (`스`, `트`, `크`) is not a vowel of the
 * original, nor is a word-final `지`/`치`'s `ㅣ` (`페이지` for page, `메시지`).
 */
export function hangulSoundKey(word: string): string | null {
  const chars = [...word];
  const symbols: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const parts = syllableParts(chars[i]!);
    if (!parts) return null;
    symbols.push(INITIAL_CLASS[parts.initial]!);
    const last = i === chars.length - 1;
    // `플러그인`, `템플릿`: an l before a vowel is written ㄹㄹ, so `플` is p + the inserted vowel.
    const nextInitial = last ? -1 : (syllableParts(chars[i + 1]!)?.initial ?? -1);
    const epenthetic =
      (parts.medial === EU && (parts.final === 0 || (parts.final === FINAL_RIEUL && nextInitial === INITIAL_RIEUL))) ||
      (parts.final === 0 && last && parts.medial === I && JI_INITIALS.has(parts.initial));
    if (!epenthetic) symbols.push(VOWEL);
    symbols.push(FINAL_CLASS[parts.final]!);
  }
  return collapse(symbols);
}

const LATIN_VOWELS = new Set([..."aeiouyw"]);
const isVowel = (ch: string | undefined) => ch !== undefined && LATIN_VOWELS.has(ch);

/**
 * The sound key of a Latin word (lowercase letters only), or null. Spelling is read as Korean
 * borrows it: `c`/`g` soft before e, i, y (`service`, `page`), `x` as ks, `ph` and `f`/`v` as p,
 * `th` as s (`method` → `메서드`), `ch` as j, an `r` after a vowel silent unless a vowel follows
 * (`server` → `서버`), a final `e` after a consonant silent (`node` → `노드`).
 */
export function latinSoundKey(word: string): string | null {
  if (!/^[a-z]+$/u.test(word)) return null;
  const chars = [...word];
  const symbols: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const after = chars[i + 2];
    const previous = chars[i - 1];
    if (ch === next && !isVowel(ch)) continue; // double consonants: `ll`, `tt`, `ss`
    if (isVowel(ch)) {
      const silentE = ch === "e" && i === chars.length - 1 && i >= 3 && !isVowel(previous);
      if (!silentE) symbols.push(VOWEL);
      continue;
    }
    const two = ch + (next ?? "");
    if (two === "ph") {
      symbols.push("P");
      i++;
    } else if (two === "th" || two === "sh") {
      symbols.push("S");
      i++;
    } else if (two === "ch") {
      symbols.push("J");
      i++;
    } else if (two === "ck") {
      symbols.push("K");
      i++;
    } else if (two === "gh") {
      i++;
    } else if (two === "ng") {
      // `long` → 롱; `angular` → 앵귤러 (the g is heard again before a vowel).
      symbols.push(...(isVowel(after) ? ["G", "K"] : ["G"]));
      i++;
    } else if (ch === "t" && next === "i" && after === "o") {
      symbols.push("S"); // -tion → 션
    } else if (ch === "r") {
      const sounding = isVowel(next) && !(next === "e" && i + 1 === chars.length - 1);
      if (!isVowel(previous) || sounding) symbols.push("R");
    } else if (ch === "c" || ch === "g") {
      const soft = next === "e" || next === "i" || next === "y";
      symbols.push(soft ? (ch === "c" ? "S" : i === chars.length - 2 && next === "e" ? "J" : "K") : "K");
    } else if (ch === "x") {
      symbols.push("K", "S");
    } else {
      symbols.push(LATIN_CLASS[ch] ?? "");
    }
  }
  return collapse(symbols);
}

const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: "P",
  p: "P",
  f: "P",
  v: "P",
  d: "T",
  t: "T",
  k: "K",
  q: "K",
  j: "J",
  z: "J",
  s: "S",
  l: "R",
  m: "M",
  n: "N",
  h: "H",
};

/** How many consonant classes a key has: a key of fewer says too little to pick a word. */
export function consonants(key: string): number {
  let n = 0;
  for (const ch of key) if (ch !== VOWEL) n++;
  return n;
}

/** Keys this long may differ by one symbol (a silent letter inside a compound: `typescript`, `타입스크립트`). */
export const LONG_KEY = 8;
