/**
 * Text normalisation shared by the index builder, the search page and the reference matcher.
 * Everything that compares text goes through `compact`, so index time and query time agree.
 */

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without meaningful spaces inside a phrase: spacing between their characters is
// ignored (`채널 연결` = `채널연결`). Between two characters of other scripts (Latin, digits) a space
// still separates words, so `no` does not match `ON OFF`.
const SPACE_INSENSITIVE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WHITE_SPACE = /\s/u;

export function isWordChar(ch: string): boolean {
  return LETTER_OR_NUMBER.test(ch);
}

function keepsSpaceBetween(before: string, after: string): boolean {
  return isWordChar(before) && isWordChar(after) && !SPACE_INSENSITIVE.test(before) && !SPACE_INSENSITIVE.test(after);
}

/**
 * Case-folds one code point without changing how many code points it is: `toLowerCase` turns
 * `İ` into two, which would shift every later offset, so such characters are kept as they are.
 */
export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export interface CompactText {
  /** NFC, case-folded, spacing removed where it does not matter. */
  readonly text: string;
  /** `offsets[i]` is the index in the source string of the code unit `text[i]` came from; one extra entry marks the end. */
  readonly offsets: readonly number[];
}

/** Compacts a string that is already NFC, remembering where each character came from. */
export function compactWithOffsets(source: string): CompactText {
  let text = "";
  const offsets: number[] = [];
  let pendingSpaceAt = -1;
  let previous = "";
  let index = 0;
  for (const ch of source) {
    if (WHITE_SPACE.test(ch)) {
      if (pendingSpaceAt < 0) pendingSpaceAt = index;
    } else {
      if (pendingSpaceAt >= 0 && previous !== "" && keepsSpaceBetween(previous, ch)) {
        text += " ";
        offsets.push(pendingSpaceAt);
      }
      pendingSpaceAt = -1;
      const folded = foldChar(ch);
      text += folded;
      for (let unit = 0; unit < folded.length; unit++) offsets.push(index);
      previous = ch;
    }
    index += ch.length;
  }
  offsets.push(source.length);
  return { text, offsets };
}

/** The compact form used for all matching. Accepts any Unicode form. */
export function compact(source: string): string {
  return compactWithOffsets(source.normalize("NFC")).text;
}

/** Splits compact text into runs of letters and numbers; tokens never cross punctuation or kept spaces. */
export function wordRuns(compactText: string): string[] {
  const runs: string[] = [];
  let current = "";
  for (const ch of compactText) {
    if (isWordChar(ch)) current += ch;
    else if (current) {
      runs.push(current);
      current = "";
    }
  }
  if (current) runs.push(current);
  return runs;
}
