/**
 * Stage "English-mode typing": Korean typed while the keyboard was in English mode arrives as
 * Latin letters (`cotqht` is 챗봇, `xpavmfflt` is 템플릿 on the standard two-set keyboard). The key
 * mapping is es-hangul's; this module only decides when the result reads as Korean words.
 */
import { convertQwertyToHangul } from "es-hangul";
import { isHangulWord } from "./hangul";

const LATIN_LETTERS = /^[A-Za-z]+$/u;

/**
 * The Hangul a Latin word was meant to be, or null when the keys do not spell whole syllables
 * (`react` gives `ㄱㄷㅁㅊㅅ`, not a word). Case matters: `R` is ㄲ, `r` is ㄱ.
 */
export function fromEnglishMode(word: string): string | null {
  if (!LATIN_LETTERS.test(word)) return null;
  const hangul = convertQwertyToHangul(word);
  return isHangulWord(hangul) ? hangul : null;
}
