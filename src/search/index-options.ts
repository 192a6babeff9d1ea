/**
 * The MiniSearch options the build indexes with, and the fields and boosts the browser scores with
 * (bm25.ts reads the postings MiniSearch wrote): query-time processing must agree with index time.
 */
import type { Options } from "minisearch";
import { indexTokens } from "./tokens";
import { KEYWORD_SEPARATOR } from "./field-match";
import type { SearchDoc } from "./types";

export interface IndexedDoc {
  readonly id: number;
  readonly doc: SearchDoc;
}

export const INDEX_FIELDS = ["title", "body", "keywords", "headings"] as const;
type IndexField = (typeof INDEX_FIELDS)[number];

// Headings are in the body too: their boost adds to the body's score for words a section is about.
export const FIELD_BOOST: Record<IndexField, number> = { title: 3, body: 1, keywords: 2, headings: 2 };

export const miniSearchOptions: Options<IndexedDoc> = {
  idField: "id",
  fields: [...INDEX_FIELDS],
  storeFields: [],
  extractField: (entry, field) => {
    if (field === "id") return entry.id;
    const { doc } = entry;
    if (field === "keywords") return doc.keywords.join(KEYWORD_SEPARATOR);
    if (field === "headings") return doc.headings.join(KEYWORD_SEPARATOR);
    return field === "title" ? doc.title : doc.body;
  },
  tokenize: indexTokens,
  // Tokens are already normalised by `indexTokens`; query tokens are built the same way in engine.ts.
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => [text],
    processTerm: (term) => term,
    boost: FIELD_BOOST,
  },
};
