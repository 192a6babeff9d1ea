/** A short excerpt of the body around the first match, with the terms marked. */
import { findRanges, toParts, type TextPart } from "./highlight";
import type { Term } from "./query";

export const SNIPPET_LENGTH = 150;
/** How much text before the first match the excerpt keeps, so the match is read in context. */
const LEAD = 40;
/** How far the cut may move to land on a space rather than inside a word. */
const WORD_SLACK = 12;
const ELLIPSIS = "…";

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

function startNear(text: string, wanted: number, limit: number): number {
  if (wanted <= 0) return 0;
  const space = text.indexOf(" ", wanted);
  if (space >= 0 && space < limit && space - wanted <= WORD_SLACK) return space + 1;
  return isLowSurrogate(text, wanted) ? wanted + 1 : wanted;
}

function endNear(text: string, wanted: number, floor: number): number {
  if (wanted >= text.length) return text.length;
  const space = text.lastIndexOf(" ", wanted);
  if (space > floor && wanted - space <= WORD_SLACK) return space;
  return isLowSurrogate(text, wanted) ? wanted - 1 : wanted;
}

export function makeSnippet(body: string, terms: readonly Term[], length = SNIPPET_LENGTH): TextPart[] {
  const ranges = findRanges(body, terms);
  if (body.length <= length) return toParts(body, ranges);
  const [firstStart, firstEnd] = ranges[0] ?? [0, 0];
  // Lead into the first match, but show a full window near the end and never cut the match itself.
  let wanted = Math.min(Math.max(0, firstStart - LEAD), body.length - length);
  wanted = Math.max(wanted, firstEnd - length, 0);
  const start = startNear(body, wanted, firstStart);
  const end = endNear(body, start + length, firstEnd);
  const excerpt = body.slice(start, end).trim();
  const parts = toParts(excerpt, findRanges(excerpt, terms));
  const lead: TextPart[] = start > 0 ? [{ text: ELLIPSIS, mark: false }] : [];
  const tail: TextPart[] = end < body.length ? [{ text: ELLIPSIS, mark: false }] : [];
  return [...lead, ...parts, ...tail];
}
