/**
 * Where each syllable pair stands in each field of each article: with them the engine verifies a
 * term of three or more syllables from the index alone (format/files.ts `PairPositions`).
 */
import { fieldTexts } from "../../search/field-match";
import type { PairPositions } from "../../search/format/files";
import { isWordChar } from "../../search/normalize";
import type { SearchData } from "../../search/types";

/**
 * Where each syllable pair stands, per field id: one flat list `[doc, n, delta₁ … deltaₙ, doc, …]`
 * in document order, positions delta-encoded within the field. Flat lists, not an object per pair,
 * field and document: at 50,000 articles that was 5.8 million small objects and 1.3 GB.
 */
export type FlatPositions = (number[] | undefined)[];

export function pairPositions(data: SearchData): Map<string, FlatPositions> {
  const all = new Map<string, FlatPositions>();
  const inField = new Map<string, number[]>();
  data.docs.forEach((doc, id) => {
    fieldTexts(doc).forEach((text, fieldId) => {
      const chars = [...text];
      inField.clear();
      for (let p = 0; p + 1 < chars.length; p++) {
        if (!isWordChar(chars[p]!) || !isWordChar(chars[p + 1]!)) continue;
        const pair = chars[p]! + chars[p + 1]!;
        const found = inField.get(pair);
        if (found) found.push(p);
        else inField.set(pair, [p]);
      }
      for (const [pair, starts] of inField) {
        let byField = all.get(pair);
        if (!byField) all.set(pair, (byField = []));
        const flat = (byField[fieldId] ??= []);
        flat.push(id, starts.length);
        let last = 0;
        for (const p of starts) {
          flat.push(p - last);
          last = p;
        }
      }
    });
  });
  return all;
}

/** The search files' form of one pair's positions: `{ fieldId: { docId: deltas } }`. */
export function positionsOf(byField: FlatPositions): PairPositions {
  const out: PairPositions = {};
  byField.forEach((flat, fieldId) => {
    if (!flat) return;
    const byDoc: Record<string, number[]> = (out[fieldId] = {});
    for (let i = 0; i < flat.length;) {
      const doc = flat[i]!;
      const n = flat[i + 1]!;
      byDoc[doc] = flat.slice(i + 2, i + 2 + n);
      i += 2 + n;
    }
  });
  return out;
}
