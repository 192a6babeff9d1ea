import type { SearchEngine } from "../src/search/engine";
import { highlight } from "../src/search/highlight";
import { makeSnippet } from "../src/search/snippet";

/**
 * What the page does for one query: search, then the first page's records, titles and snippets.
 * Returns how many articles it found, and what it searched instead when it corrected the query.
 */
export async function firstPage(engine: SearchEngine, query: string): Promise<{ count: number; corrected: string | null }> {
  const outcome = await engine.search(query);
  // The forms that matched (stems, synonyms, corrections included), as the page marks them.
  const terms = outcome.highlight;
  const shown = outcome.hits.slice(0, 10);
  const records = await engine.load(shown.map((hit) => hit.id));
  for (const record of records) {
    highlight(record.title, terms, true);
    makeSnippet(record.body, terms);
  }
  return { count: outcome.hits.length, corrected: outcome.corrected };
}
