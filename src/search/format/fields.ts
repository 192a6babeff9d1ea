/**
 * The indexed fields, in one table: the build's index options, BM25 scoring, matching and the
 * field texts all read it, so adding a field is one line here (and its text in `fieldTexts`).
 * Their order is the index's: MiniSearch numbers fields by position, and the search files'
 * postings and positions store field ids ("0", "1", …) in this order.
 */
export const FIELDS = [
  // `title`: a term here ranks as a title match; so do the author's keywords, which name the topic too.
  { name: "title", boost: 3, namesTopic: true },
  { name: "body", boost: 1, namesTopic: false },
  { name: "keywords", boost: 2, namesTopic: true },
  // Headings are in the body too: their boost adds to the body's score for words a section is about.
  { name: "headings", boost: 2, namesTopic: false },
] as const;

export type FieldName = (typeof FIELDS)[number]["name"];

/**
 * The titles' initial consonants (`채널 연결` → `ㅊㄴㅇㄱ`) are indexed too, as a field after FIELDS
 * that is neither scored nor matched by words: a query of one or two initials (`ㅊ`, `ㅊㅂ`) reads
 * this field's postings instead of every title's initials (the first key of Korean typing is a lone
 * consonant). Its id in the postings:
 */
export const INITIALS_FIELD_ID = String(FIELDS.length);

export const FIELD_NAMES: readonly FieldName[] = FIELDS.map((field) => field.name);

/** Field ids as the index stores them, with their boosts. */
export const FIELD_BOOSTS: readonly (readonly [id: string, boost: number])[] = FIELDS.map((field, i) => [String(i), field.boost]);

/** Ids of the fields whose match counts as a title match. */
export const TOPIC_FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.flatMap((field, i) => (field.namesTopic ? [String(i)] : [])));

/** BM25's inverse document frequency: near 0 for a word in every article, large for a rare one. */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
