import MiniSearch from "minisearch";
import { buildIndex } from "../../src/build/search/build-search-data";
import { SearchEngine } from "../../src/search/engine";
import { miniSearchOptions } from "../../src/search/index-options";
import type { SearchCategory, SearchData, SearchDoc } from "../../src/search/types";

export const CATEGORIES: SearchCategory[] = [
  { path: "bot", labels: ["챗봇 관리자센터"] },
  { path: "bot/start", labels: ["챗봇 관리자센터", "시작하기"] },
  { path: "bot/start/prep", labels: ["챗봇 관리자센터", "시작하기", "운영 준비"] },
  { path: "bill", labels: ["비즈 메시지"] },
  { path: "bill/money", labels: ["비즈 메시지", "요금 및 정산"] },
  { path: "bill/money/settle", labels: ["비즈 메시지", "요금 및 정산", "정산"] },
];

export function makeData(docs: Partial<SearchDoc>[]): SearchData {
  return {
    version: 1,
    categories: CATEGORIES,
    docs: docs.map((doc, i) => ({
      slug: `doc-${i}`,
      title: "",
      category: 2,
      updated: "2025-01-01",
      keywords: [],
      body: "",
      ...doc,
    })),
  };
}

/** An engine over `docs`, with the index serialised and loaded back exactly as the browser does. */
export function engineFor(docs: Partial<SearchDoc>[] | SearchData): SearchEngine {
  const data = Array.isArray(docs) ? makeData(docs) : docs;
  const index = MiniSearch.loadJSON(JSON.stringify(buildIndex(data)), miniSearchOptions);
  return new SearchEngine(index, data);
}

export function titlesFound(engine: SearchEngine, query: string): string[] {
  return engine
    .search(query)
    .hits.map((hit) => hit.doc.title)
    .sort();
}
