/**
 * The postings the term shards hold: MiniSearch's index entries with each term frequency replaced by
 * its BM25 impact (bm25.ts `impact`), computed here from the field lengths MiniSearch counted, so
 * the page scores an article from its posting alone and never loads every article's field lengths.
 */
import { impact } from "../../search/bm25";
import type { IndexEntry } from "../../search/format/files";

/**
 * `fieldLength[id]` are the lengths of article `id`'s fields in FIELDS order (field ids as in the
 * postings); `averageFieldLength` their averages over all articles. The entries are changed in
 * place and returned: they are the build's own, freshly serialised, and at 50,000 articles a copy
 * of every posting costs the build seconds and memory it is short of.
 */
export function withImpacts(
  entries: IndexEntry[],
  fieldLength: readonly (readonly number[])[],
  averageFieldLength: readonly number[],
): IndexEntry[] {
  for (const [, byField] of entries)
    for (const field in byField) {
      const fieldId = Number(field);
      const average = averageFieldLength[fieldId]!;
      const docs = byField[field]!;
      for (const id in docs) docs[id] = impact(docs[id]!, fieldLength[Number(id)]![fieldId]!, average);
    }
  return entries;
}
