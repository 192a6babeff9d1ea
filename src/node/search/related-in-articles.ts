/**
 * The general Korean related words (related-words.ts: `지우다` → `삭제`) that matter to one help
 * center: an entry is kept with the article words these articles use, so the pairs file carries only
 * what can find something here, and a query word only ever leads to words of the articles. A Latin
 * article word also stands for its Hangul spelling when the articles write that instead (`속성` →
 * `property`, written `프로퍼티`), found by sound key as lexicon.ts finds loanwords.
 */
import { compact } from "../../search/normalize";
import { isHangulWord } from "../../search/hangul";
import { Lexicon } from "../../search/lexicon";
import type { RelatedWords } from "../../search/format/files";
import { countBelow } from "../../search/format/shard-lookup";
import { RELATED_WORDS } from "./related-words";

/** `지우다` → `지우`: the stem the query side reduces a typed verb to (stem.ts). */
function keyOf(word: string): string {
  const text = compact(word);
  return [...text].length >= 2 && text.endsWith("다") ? text.slice(0, -1) : text;
}

/** Whether a sorted list of words has `word` or a word starting with it (`삭제` in `삭제를`, `삭제하기`). */
function startsSome(sorted: readonly string[], word: string): boolean {
  const at = countBelow(sorted, word);
  return at < sorted.length && sorted[at]!.startsWith(word);
}

/**
 * The entries whose article words occur among `counts` (the articles' whole words, compact, with
 * how many times each is written, as suggest.ts `countWords` counts them), each with those article
 * words only, and the Hangul spellings the articles use for its Latin ones.
 */
export function relatedWordsIn(counts: ReadonlyMap<string, number>, table = RELATED_WORDS): RelatedWords {
  const sorted = [...counts.keys()].sort();
  const lexicon = new Lexicon([...counts], new Set());
  const kept: RelatedWords = [];
  for (const [word, articleWords] of table) {
    const key = keyOf(word);
    const found = new Set<string>();
    for (const other of articleWords.map(compact)) {
      if (startsSome(sorted, other)) found.add(other);
      const spelt = [...other].some(isHangulWord) ? null : lexicon.acrossScripts(other);
      if (spelt !== null) found.add(spelt);
    }
    found.delete(key);
    if (key !== "" && found.size > 0) kept.push([key, [...found]]);
  }
  return kept;
}
