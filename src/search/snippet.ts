/**
 * A short excerpt of the body where the query's words are densest, with a few of them marked.
 *
 * Read as a reader would: the excerpt starts at the beginning of a sentence (or a table cell, list
 * item or heading: html-to-text.ts writes ` · ` and ` / ` between them) near the best match, ends at
 * a sentence's end when one is near, and is only ever cut at a space, so a number, a code word or
 * a URL is never split. `…` stands only where text was left out mid-sentence.
 */
import { rangesByTerm, toParts, type Range, type TextPart } from "./highlight";
import type { Term } from "./query";

export const SNIPPET_LENGTH = 150;
/** How far before the best match the excerpt may start, to begin at its sentence. */
const SENTENCE_LEAD = 70;
/** Without a sentence start that near, how much text before the match is kept for context. */
const LEAD = 30;
/** How far from the length limit the end may move back to land on a sentence's end or a space. */
const END_SLACK = 40;
/** Marks per snippet: enough to show why the article is listed, few enough to read the text. */
export const MAX_MARKS = 4;
const ELLIPSIS = "…";

/** Where a sentence or a piece (cell, list item, heading) ends: after this, a new one starts. */
const BOUNDARY = /(?:[.?!。]["')\]]*\s(?:[·/]\s)?|\s[·/]\s)/gu;
/** Text that already ends a sentence or a piece needs no `…` after it. */
const ENDS_CLEANLY = /(?:[.?!。]["')\]]*|[·/:])$/u;

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

interface Boundary {
  readonly at: number;
  /** After a sentence or a table row; a cell, list item or heading is a weaker start. */
  readonly strong: boolean;
}

/** Positions where a sentence or piece begins, in order. */
function boundaries(text: string): Boundary[] {
  const starts: Boundary[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    starts.push({ at: match.index + match[0].length, strong: /[.?!。/]/u.test(match[0]) });
  }
  return starts;
}

interface Window {
  readonly anchor: Range;
  readonly distinct: number;
  readonly count: number;
}

/**
 * The match that opens the densest window: the most different words within one snippet's length,
 * then the most matches, then the earliest.
 */
function densest(perTerm: readonly (readonly Range[])[], length: number): Range | undefined {
  const all = perTerm.flatMap((ranges, term) => ranges.map((range) => ({ range, term }))).sort((a, b) => a.range[0] - b.range[0]);
  let best: Window | undefined;
  for (let i = 0; i < all.length; i++) {
    const limit = all[i]!.range[0] + length - LEAD;
    const terms = new Set<number>();
    let count = 0;
    for (let j = i; j < all.length && all[j]!.range[1] <= limit; j++) {
      terms.add(all[j]!.term);
      count++;
    }
    if (!best || terms.size > best.distinct || (terms.size === best.distinct && count > best.count)) {
      best = { anchor: all[i]!.range, distinct: terms.size, count };
    }
  }
  return best?.anchor;
}

/** Where to begin: the start of the anchor's sentence if near, else a space shortly before it. */
function startFor(body: string, anchorStart: number, starts: readonly Boundary[]): { start: number; clean: boolean } {
  if (anchorStart <= SENTENCE_LEAD) return { start: 0, clean: true };
  const near = starts.filter((s) => s.at <= anchorStart && anchorStart - s.at <= SENTENCE_LEAD);
  // A whole sentence or table row rather than the cell alone (`3001 · 실패 · 없는 번호`, not `없는 번호`).
  const sentence = (near.filter((s) => s.strong).at(-1) ?? near.at(-1))?.at;
  if (sentence !== undefined) return { start: sentence, clean: true };
  const space = body.indexOf(" ", anchorStart - LEAD);
  const start = space >= 0 && space < anchorStart ? space + 1 : anchorStart;
  return { start: isLowSurrogate(body, start) ? start + 1 : start, clean: false };
}

/** Where to end: a sentence's end near the limit, else the last space before it, never inside the anchor. */
function endFor(body: string, start: number, length: number, floor: number, starts: readonly Boundary[]): number {
  const limit = start + length;
  if (limit >= body.length) return body.length;
  const sentenceEnd = starts
    .map((s) => s.at)
    .filter((s) => s <= limit && s >= limit - END_SLACK && s > floor)
    .at(-1);
  if (sentenceEnd !== undefined) return sentenceEnd;
  const space = body.lastIndexOf(" ", limit);
  if (space > floor && limit - space <= END_SLACK) return space;
  return isLowSurrogate(body, limit) ? limit - 1 : limit;
}

/** At most MAX_MARKS ranges: the first occurrence of each word, then the next ones in order. */
function fewMarks(perTerm: readonly (readonly Range[])[]): Range[] {
  const firsts = perTerm.flatMap((ranges) => ranges.slice(0, 1));
  const rest = perTerm.flatMap((ranges) => ranges.slice(1)).sort((a, b) => a[0] - b[0]);
  const chosen = [...firsts.sort((a, b) => a[0] - b[0]).slice(0, MAX_MARKS)];
  for (const range of rest) {
    if (chosen.length >= MAX_MARKS) break;
    chosen.push(range);
  }
  return merge(chosen);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function marked(text: string, terms: readonly Term[]): TextPart[] {
  return toParts(text, fewMarks(rangesByTerm(text, terms)));
}

/**
 * `continues`: `body` is the lead of a longer text (files.ts StoredDocRecord), so its end is not
 * the text's: an excerpt that reaches it mid-sentence ends with `…`.
 */
export function makeSnippet(body: string, terms: readonly Term[], length = SNIPPET_LENGTH, continues = false): TextPart[] {
  if (body.length <= length) {
    const whole = marked(body, terms);
    return continues && !ENDS_CLEANLY.test(body.trimEnd()) ? [...whole, { text: ELLIPSIS, mark: false }] : whole;
  }
  const perTerm = rangesByTerm(body, terms);
  const [anchorStart, anchorEnd] = densest(perTerm, length) ?? [0, 0];
  const starts = boundaries(body);
  let { start, clean } = startFor(body, anchorStart, starts);
  // A match near the end: a full window that ends with the text.
  if (body.length - start < length) {
    const wanted = Math.max(body.length - length, 0);
    const sentence = starts.find((s) => s.at >= wanted && s.at <= anchorStart)?.at;
    const space = body.indexOf(" ", wanted);
    start = sentence ?? (space >= 0 && space < anchorStart ? space + 1 : wanted);
    clean = sentence !== undefined || start === 0;
  }
  const end = endFor(body, start, length, anchorEnd, starts);
  const excerpt = body
    .slice(start, end)
    .trim()
    .replace(/\s[·/]$/u, "");
  const lead: TextPart[] = start > 0 && !clean ? [{ text: ELLIPSIS, mark: false }] : [];
  const tail: TextPart[] =
    (end < body.length || continues) && !ENDS_CLEANLY.test(excerpt) ? [{ text: ELLIPSIS, mark: false }] : [];
  return [...lead, ...marked(excerpt, terms), ...tail];
}

/** Whether `body` has each of `terms` (as the snippet finds them): a lead that has them all gives the snippet. */
export function hasEveryTerm(body: string, terms: readonly Term[]): boolean {
  return rangesByTerm(body, terms).every((ranges) => ranges.length > 0);
}
