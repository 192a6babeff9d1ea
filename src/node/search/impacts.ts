/**
 * The postings the term shards hold: MiniSearch's index entries with each term frequency replaced by
 * its BM25 impact (bm25.ts `impact`), computed here from the field lengths MiniSearch counted, so
 * the page scores an article from its posting alone and never loads every article's field lengths.
 */
import { impact } from "../../search/bm25";
import type { ByFieldByDoc, IndexEntry } from "../../search/format/files";

/**
 * `fieldLength[id]` are the lengths of article `id`'s fields in FIELDS order (field ids as in the
 * postings); `averageFieldLength` their averages over all articles.
 */
export function withImpacts(
  entries: readonly IndexEntry[],
  fieldLength: readonly (readonly number[])[],
  averageFieldLength: readonly number[],
): IndexEntry[] {
  return entries.map(([token, byField]) => {
    const impacts: ByFieldByDoc<number> = {};
    for (const field in byField) {
      const fieldId = Number(field);
      const average = averageFieldLength[fieldId]!;
      const docs: Record<string, number> = {};
      for (const id in byField[field]) docs[id] = impact(byField[field][id]!, fieldLength[Number(id)]![fieldId]!, average);
      impacts[field] = docs;
    }
    return [token, impacts];
  });
}
