/**
 * The MiniSearch options the build indexes with, and the fields and boosts the browser scores with
 * (bm25.ts reads the postings MiniSearch wrote): query-time processing must agree with index time.
 */
import type { Options } from "minisearch";
import { indexTokens } from "./tokens";
import { KEYWORD_SEPARATOR, titleInitials } from "./field-match";
import type { SearchDoc } from "./types";
import { FIELDS, FIELD_NAMES } from "./format/fields";

export interface IndexedDoc {
  readonly id: number;
  readonly doc: SearchDoc;
}

export const miniSearchOptions: Options<IndexedDoc> = {
  idField: "id",
  // The scored fields, then the titles' initials (fields.ts INITIALS_FIELD_ID).
  fields: [...FIELD_NAMES, "initials"],
  storeFields: [],
  extractField: (entry, field) => {
    if (field === "id") return entry.id;
    const { doc } = entry;
    if (field === "keywords") return doc.keywords.join(KEYWORD_SEPARATOR);
    if (field === "headings") return doc.headings.join(KEYWORD_SEPARATOR);
    if (field === "initials") return titleInitials(doc.title);
    return field === "title" ? doc.title : doc.body;
  },
  tokenize: indexTokens,
  // Tokens are already normalised by `indexTokens`; query tokens are built the same way in engine.ts.
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => [text],
    processTerm: (term) => term,
    boost: Object.fromEntries(FIELDS.map((field) => [field.name, field.boost])),
  },
};
