/**
 * Where the terms occur in displayed text. Ranges are found on the compact form and mapped back
 * through its offsets, so they land on the original characters (spaces inside a spacing-insensitive
 * match included) even where case folding or NFC would have shifted a lowered copy.
 */
import { compactWithOffsets } from "./normalize";
import { choseongOf } from "./hangul";
import type { Term } from "./query";

export type Range = readonly [start: number, end: number];

export interface TextPart {
  readonly text: string;
  readonly mark: boolean;
}

function codePointLength(text: string, at: number): number {
  const code = text.codePointAt(at) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/**
 * Each term's occurrences in `text` (NFC), term by term (a term's overlapping occurrences merged):
 * the compact form is made once for all the terms.
 */
export function rangesByTerm(text: string, terms: readonly Term[], includeChoseong = false): Range[][] {
  const { text: folded, offsets } = compactWithOffsets(text);
  const initials = includeChoseong && terms.some((t) => t.choseong) ? choseongOf(folded) : "";
  return terms.map((term) => {
    const ranges: [number, number][] = [];
    if (term.choseong && !includeChoseong) return [];
    const haystack = term.choseong ? initials : folded;
    for (let at = haystack.indexOf(term.text); at >= 0; at = haystack.indexOf(term.text, at + 1)) {
      const lastUnit = at + term.text.length - 1;
      const start = offsets[at]!;
      const lastStart = offsets[lastUnit]!;
      ranges.push([start, lastStart + codePointLength(text, lastStart)]);
    }
    return mergeRanges(ranges);
  });
}

/** Sorted, merged ranges of every occurrence of every term in `text` (NFC). */
export function findRanges(text: string, terms: readonly Term[], includeChoseong = false): Range[] {
  return mergeRanges(rangesByTerm(text, terms, includeChoseong).flat());
}

/** Sorts `ranges` (the array, not its ranges, is changed) and merges those that overlap or touch. */
function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits text into plain and marked parts; the UI renders them as text nodes and `<mark>` elements. */
export function toParts(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), mark: false });
  return parts;
}

export function highlight(text: string, terms: readonly Term[], includeChoseong = false): TextPart[] {
  return toParts(text, findRanges(text, terms, includeChoseong));
}
