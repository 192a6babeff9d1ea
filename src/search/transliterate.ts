/**
 * Loanwords across scripts: a help center writes `React`, `Redux`, `TypeScript` in Latin letters and
 * its readers type `리액트`, `리덕스`, `타입스크립트`; or it writes `컴포넌트` and they type
 * `component`. Korean loanword spelling maps consonants regularly (Hangul Orthography's rules for
 * foreign words), so both spellings reduce to about the same sound key: consonant classes in order,
 * with one vowel mark per vowel group. `리액트` → `RaKT`, `react` → `RaKT`; `컴포넌트` and `component`
 * → `KaMPaNaNT`. The pipeline looks keys up among the articles' own words (lexicon.ts), so a key
 * only ever leads to a word the articles use; it is tried only for words the articles do not have,
 * after spelling corrections. The key ignores vowel quality and voicing (English spelling does not
 * tell them reliably), so words of one key are told apart by how well their vowels and consonants
 * agree symbol by symbol (`likeness`: `타입` is type, not div), then by frequency. A native word
 * can still share a loanword's key (`도구`, `docker`): one more reason it comes last.
 */
import { syllableParts } from "./hangul";

const VOWEL = "a";

/**
 * A word's sound key with, per symbol of the key, what the key leaves out: a vowel symbol's
 * letters (Hangul medials, or Latin vowels), a consonant's voicing (`h` for ㅋ ㅌ ㅍ ㅊ and k, t,
 * p, f, ch; `l` for ㄱ ㄷ ㅂ ㅈ and g, d, b, v, j, z; empty when the spelling does not say). Two
 * words with one key line up symbol by symbol, so these tell `타입` (type) from `div`, and `렌더`
 * (render) from `린터` (linter).
 */
export interface Sound {
  readonly key: string;
  readonly marks: readonly string[];
}

// Initial consonants (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) by class; ㅇ carries no sound. ㅅ and ㅈ are
// one class: an English s between vowels is a z, written ㅈ (`user` 유저, `version` 버전).
const INITIAL_CLASS = ["K", "K", "N", "T", "T", "R", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", "H"];
// Plain (l) and aspirated (h) initials: loanwords write voiced consonants plain, voiceless aspirated.
const INITIAL_VOICING = ["l", "", "", "l", "", "", "", "l", "", "", "", "", "l", "", "h", "h", "h", "h", ""];
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
const MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

/**
 * Builds a sound symbol by symbol: a repeated symbol once (its marks joined: a vowel's letters, a
 * consonant's first voicing said). Without marks (`keyOnly`) it builds the key alone, as the
 * vocabulary's thousands of words need.
 */
class SoundBuilder {
  key = "";
  readonly marks: string[] = [];

  constructor(private readonly keyOnly: boolean) {}

  add(symbol: string, mark = ""): void {
    if (symbol === "") return;
    if (this.key.endsWith(symbol)) {
      if (this.keyOnly) return;
      const last = this.marks.length - 1;
      this.marks[last] = symbol === VOWEL ? this.marks[last]! + mark : this.marks[last]! || mark;
    } else {
      this.key += symbol;
      if (!this.keyOnly) this.marks.push(mark);
    }
  }
}

/**
 * The sound of a Hangul word, or null if it is not all Hangul syllables. The vowel `ㅡ` that Korean
 * inserts to break up foreign consonant clusters (`스`, `트`, `크`, and `글`, `블` for a final -le)
 * is not a vowel of the original, nor is a word-final `지`/`치`'s `ㅣ` (`페이지` for page, `메시지`).
 */
export function hangulSound(word: string, keyOnly = false): Sound | null {
  const chars = [...word];
  const sound = new SoundBuilder(keyOnly);
  for (let i = 0; i < chars.length; i++) {
    const parts = syllableParts(chars[i]!);
    if (!parts) return null;
    sound.add(INITIAL_CLASS[parts.initial]!, INITIAL_VOICING[parts.initial]);
    const last = i === chars.length - 1;
    // `플러그인`, `템플릿`: an l before a vowel is written ㄹㄹ, so `플` is p + the inserted vowel;
    // a final -le is `글`, `들`, `블` (`toggle`, `bundle`, `table`).
    const nextInitial = last ? -1 : (syllableParts(chars[i + 1]!)?.initial ?? -1);
    const epenthetic =
      (parts.medial === EU &&
        (parts.final === 0 || (parts.final === FINAL_RIEUL && (nextInitial === INITIAL_RIEUL || (last && i > 0))))) ||
      (parts.final === 0 && last && parts.medial === I && JI_INITIALS.has(parts.initial));
    if (!epenthetic) sound.add(VOWEL, MEDIALS[parts.medial]);
    sound.add(FINAL_CLASS[parts.final]!);
  }
  return sound;
}

/** The sound key of a Hangul word (`hangulSound`'s key), or null. */
export function hangulSoundKey(word: string): string | null {
  return hangulSound(word, true)?.key ?? null;
}

const LATIN_VOWELS = new Set([..."aeiouyw"]);
const isVowel = (ch: string | undefined) => ch !== undefined && LATIN_VOWELS.has(ch);

/**
 * The sound of a Latin word (lowercase letters only), or null. Spelling is read as Korean borrows
 * it: `c`/`g` soft before e, i, y (`service`, `page`), `x` as ks, `ph` and `f`/`v` as p, `th` as s
 * (`method` → `메서드`), `ch` and `tch` as j, `tur` as `처` (`signature`), an `n` before k as ng
 * (`link` → `링크`), an `r` after a vowel silent unless a vowel follows (`server` → `서버`), a final
 * `e` after a consonant silent (`node` → `노드`).
 */
export function latinSound(word: string, keyOnly = false): Sound | null {
  if (!/^[a-z]+$/u.test(word)) return null;
  const chars = [...word];
  const sound = new SoundBuilder(keyOnly);
  const push = (symbol: string, mark = "") => sound.add(symbol, mark);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const after = chars[i + 2];
    const previous = chars[i - 1];
    if (ch === next && !isVowel(ch)) continue; // double consonants: `ll`, `tt`, `ss`
    if (isVowel(ch)) {
      const silentE = ch === "e" && i === chars.length - 1 && i >= 3 && !isVowel(previous);
      if (!silentE) push(VOWEL, ch);
      continue;
    }
    const two = ch + (next ?? "");
    if (two === "ph") {
      push("P", "h");
      i++;
    } else if (two === "th" || two === "sh") {
      push("S");
      i++;
    } else if (two === "ch" || (two === "tc" && after === "h")) {
      push("S", "h");
      i += two === "ch" ? 1 : 2;
    } else if (two === "ck") {
      push("K", "h");
      i++;
    } else if (two === "gh") {
      i++;
    } else if (two === "ng") {
      // `long` → 롱; `angular` → 앵귤러 (the g is heard again before a vowel).
      push("G");
      if (isVowel(after)) push("K", "l");
      i++;
    } else if (ch === "n" && (next === "k" || next === "q" || (next === "c" && !isSoftener(after)))) {
      push("G"); // `link` → 링크, `bank` → 뱅크
    } else if (ch === "t" && next === "i" && after === "o") {
      push("S"); // -tion → 션
    } else if (ch === "t" && next === "u" && after === "r") {
      push("S", "h"); // -ture → 처
    } else if (ch === "r") {
      const sounding = isVowel(next) && !(next === "e" && i + 1 === chars.length - 1);
      if (!isVowel(previous) || sounding) push("R");
    } else if (ch === "c" || ch === "g") {
      const soft = isSoftener(next);
      if (ch === "c") push(soft ? "S" : "K", soft ? "" : "h");
      else push(soft && i === chars.length - 2 && next === "e" ? "S" : "K", soft ? "" : "l");
    } else if (ch === "x") {
      push("K", "h");
      push("S");
    } else {
      push(LATIN_CLASS[ch] ?? "", LATIN_VOICING[ch] ?? "");
    }
  }
  return sound;
}

function isSoftener(ch: string | undefined): boolean {
  return ch === "e" || ch === "i" || ch === "y";
}

/** The sound key of a Latin word (`latinSound`'s key), or null. */
export function latinSoundKey(word: string): string | null {
  return latinSound(word, true)?.key ?? null;
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
  j: "S",
  z: "S",
  s: "S",
  l: "R",
  m: "M",
  n: "N",
  h: "H",
};

const LATIN_VOICING: Readonly<Record<string, string>> = {
  b: "l",
  d: "l",
  v: "l",
  j: "l",
  z: "l",
  p: "h",
  t: "h",
  f: "h",
  k: "h",
  q: "h",
};

/**
 * Latin vowel letters a Hangul vowel usually stands for: as written first (`ㅔ` e), and as it
 * also may (`ㅣ` for a long e: `release` 릴리스). A vowel group of two syllables is a diphthong
 * (`타입` ai: type, `레이` ei: lazy, `아우` au: out).
 */
const VOWEL_LETTERS: Readonly<Record<string, readonly [string, string]>> = {
  ㅏ: ["a", "ou"],
  ㅐ: ["a", "e"],
  ㅑ: ["iy", "a"],
  ㅒ: ["y", ""],
  ㅓ: ["eu", "oia"],
  ㅔ: ["e", "a"],
  ㅕ: ["iy", "e"],
  ㅖ: ["y", "e"],
  ㅗ: ["o", "a"],
  ㅘ: ["wu", "o"],
  ㅙ: ["w", ""],
  ㅚ: ["w", "o"],
  ㅛ: ["yi", "o"],
  ㅜ: ["uo", "w"],
  ㅝ: ["wu", "o"],
  ㅞ: ["wu", ""],
  ㅟ: ["wu", ""],
  ㅠ: ["u", "ye"],
  ㅡ: ["u", "eio"],
  ㅢ: ["u", "i"],
  ㅣ: ["iy", "ea"],
  ㅏㅣ: ["iy", "a"],
  ㅔㅣ: ["a", "e"],
  ㅏㅜ: ["o", "a"],
  ㅗㅜ: ["o", ""],
  ㅗㅣ: ["o", ""],
};

/**
 * How alike a Hangul and a Latin word with the same key sound, beyond the key: per vowel, 2 when
 * the Latin vowel is the one the Hangul vowel usually writes, 1 when it may be; per consonant, +1
 * when the voicing agrees, −1 when it does not.
 */
export function likeness(hangul: Sound, latin: Sound): number {
  let score = 0;
  hangul.marks.forEach((mark, i) => {
    const other = latin.marks[i] ?? "";
    if (hangul.key[i] === VOWEL) {
      const letters = VOWEL_LETTERS[[...mark].slice(0, 2).join("")] ?? VOWEL_LETTERS[mark[0] ?? ""];
      const first = other[0] ?? "";
      if (letters && first) score += letters[0].includes(first) ? 2 : letters[1].includes(first) ? 1 : 0;
    } else if (mark && other) score += mark === other ? 1 : -1;
  });
  return score;
}

/** How many consonant classes a key has: a key of fewer says too little to pick a word. */
export function consonants(key: string): number {
  let n = 0;
  for (const ch of key) if (ch !== VOWEL) n++;
  return n;
}

/** Keys this long may differ by one symbol (a silent letter inside a compound: `typescript`, `타입스크립트`). */
export const LONG_KEY = 8;
