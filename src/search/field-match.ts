/**
 * What a term matches in an article's fields (title, body, keywords; initials in the title): the
 * matching contract applied to one article. The engine verifies the index's candidates with it,
 * and the build writes the fields it reads (`fieldTexts`). Tests and benchmarks hold the engine to
 * a scan of their own (bench/oracle.ts), not to this.
 */
import { compact } from "./normalize";
import { choseongOf } from "./hangul";
import type { Term } from "./query";
import type { SearchDoc } from "./types";

/** Joins keywords so that no token or match spans two of them: not white space (compaction would drop it), not a word character. */
export const KEYWORD_SEPARATOR = "\u001f";

export interface PreparedFields {
  readonly title: string;
  readonly titleChoseong: string;
  readonly body: string;
  /** Keywords compacted one by one and joined by KEYWORD_SEPARATOR. */
  readonly keywords: string;
}

/** The compact text of each indexed field, in FIELDS order (fields.ts: title, body, keywords, headings). */
export function fieldTexts(
  doc: Pick<SearchDoc, "title" | "body" | "keywords" | "headings">,
): [title: string, body: string, keywords: string, headings: string] {
  return [
    compact(doc.title),
    compact(doc.body),
    doc.keywords.map(compact).join(KEYWORD_SEPARATOR),
    doc.headings.map(compact).join(KEYWORD_SEPARATOR),
  ];
}

/**
 * A title's initial consonants, other characters kept (`챗봇 API` → `ㅊㅂapi`): what a query of
 * initials is matched against, in the initials files, in the index (`titleInitials`) and in the
 * text check alike, so that all three agree.
 */
export function titleChoseong(title: string): string {
  return choseongOf(compact(title));
}

/**
 * A title's initial consonants as the index holds them (fields.ts `INITIALS_FIELD_ID`):
 * `titleChoseong` with everything but consonants a break, so its tokens are the consonant pairs an
 * initials query can match; then each consonant it has on its own, so that one consonant is one
 * token too (a prefix look-up would read every pair starting with `ㅇ`, in nearly every title).
 */
export function titleInitials(title: string): string {
  const initials = titleChoseong(title).replace(/[^ㄱ-ㅎ]+/gu, "|");
  return [initials, ...new Set(initials.replace(/\|/g, ""))].join("|");
}

/** The fields a term is matched in; headings are part of the body's text, so they need no check of their own. */
export function prepareFields(doc: Pick<SearchDoc, "title" | "body" | "keywords">): PreparedFields {
  const title = compact(doc.title);
  const body = compact(doc.body);
  const keywords = doc.keywords.map(compact).join(KEYWORD_SEPARATOR);
  return { title, titleChoseong: titleChoseong(doc.title), body, keywords };
}

function termInTitle(fields: PreparedFields, term: Term): boolean {
  return term.choseong ? fields.titleChoseong.includes(term.text) : fields.title.includes(term.text);
}

export function termInTitleOrKeywords(fields: PreparedFields, term: Term): boolean {
  return termInTitle(fields, term) || (!term.choseong && fields.keywords.includes(term.text));
}

export function termMatches(fields: PreparedFields, term: Term): boolean {
  if (term.choseong) return fields.titleChoseong.includes(term.text);
  return fields.title.includes(term.text) || fields.body.includes(term.text) || fields.keywords.includes(term.text);
}
