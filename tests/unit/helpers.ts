import { buildSearchFiles, type SplitOptions } from "../../src/node/search/search-files";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";
import type { SearchCategory, SearchData, SearchDoc } from "../../src/search/types";
import type { RecentStore } from "../../src/client/recent-searches";

const CATEGORIES: SearchCategory[] = [
  { path: "bot", labels: ["챗봇 관리자센터"] },
  { path: "bot/start", labels: ["챗봇 관리자센터", "시작하기"] },
  { path: "bot/start/prep", labels: ["챗봇 관리자센터", "시작하기", "운영 준비"] },
  { path: "bill", labels: ["비즈 메시지"] },
  { path: "bill/money", labels: ["비즈 메시지", "요금 및 정산"] },
  { path: "bill/money/settle", labels: ["비즈 메시지", "요금 및 정산", "정산"] },
];

/** Search data over `docs` (defaults filled in), in category order as the build numbers articles. */
export function dataFor(docs: Partial<SearchDoc>[]): SearchData {
  return {
    version: 1,
    categories: CATEGORIES,
    // In category order, as buildSearchData writes them (the search files number articles so).
    docs: docs
      .map((doc, i) => ({
        slug: `doc-${i}`,
        title: "",
        category: 2,
        updated: "2025-01-01",
        keywords: [],
        body: "",
        headings: [],
        ...doc,
      }))
      .sort((a, b) => a.category - b.category),
  };
}

/** An engine over `docs`, reading the split search files exactly as the browser does (from memory). */
export function engineFor(docs: Partial<SearchDoc>[] | SearchData, options?: SplitOptions): SearchEngine {
  const data = Array.isArray(docs) ? dataFor(docs) : docs;
  return new SearchEngine(new MemorySource(buildSearchFiles(data, options)));
}

export async function titlesFound(engine: SearchEngine, query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.load(hits.map((hit) => hit.id))).map((record) => record.title).sort();
}

export async function titlesInOrder(
  engine: SearchEngine,
  query: string,
  sort: "relevance" | "latest" = "relevance",
): Promise<string[]> {
  const { hits } = await engine.search(query, { sort });
  return (await engine.load(hits.map((hit) => hit.id))).map((record) => record.title);
}

/** Recent searches' storage in memory, as `localStorage` holds them. */
export class MapStore implements RecentStore {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
