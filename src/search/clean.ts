/**
 * Stage "clean": what people type around their words (`배포 이력 보려면?`, `"배포"`, `봇 배포.`,
 * `(챗봇)`, `환불~`) must never make a term fail, while punctuation that is part of a term (`1:1`,
 * `E-2001`, `C++`, `설정>챗봇`) is kept and matched as written.
 */
import { isWordChar } from "./normalize";

/** Longer queries are cut: a pasted paragraph is not a search. */
export const MAX_QUERY_LENGTH = 200;

/** The query as it is shown and put in URLs: NFC, white space collapsed and trimmed, cut to MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string): string {
  const nfc = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  return [...nfc].slice(0, MAX_QUERY_LENGTH).join("").trimEnd();
}

// Sentence punctuation, quotes and brackets: they separate words wherever they stand.
const SEPARATORS = /[\s,?!"'`“”‘’()[\]{}~…·;「」『』【】《》〈〉？！，。、]+/u;
// `C++`, `C#`, `F#`: a trailing `+` or `#` after a Latin letter is part of the name.
const NAME_SUFFIX = /(?<=[A-Za-z])[+#]+$/u;

function trimPunctuation(piece: string): string {
  const chars = [...piece];
  let start = 0;
  while (start < chars.length && !isWordChar(chars[start]!)) start++;
  const kept = NAME_SUFFIX.exec(piece)?.[0] ?? "";
  let end = chars.length - [...kept].length;
  while (end > start && !isWordChar(chars[end - 1]!)) end--;
  return start >= end ? "" : chars.slice(start, end).join("") + kept;
}

/** The words of a query, as typed (NFC, case kept), without the punctuation around them. */
export function queryWords(display: string): string[] {
  return display
    .split(SEPARATORS)
    .map(trimPunctuation)
    .filter((word) => [...word].some(isWordChar));
}
