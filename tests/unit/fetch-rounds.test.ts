// How many round trips a shared link's search waits on: every file the engine can name from the
// query alone is requested at once, before any of them has arrived.
import { describe, expect, test } from "vitest";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { SearchEngine, type SearchSource } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";
import type { SearchData } from "../../src/search/types";

const DATA: SearchData = {
  version: 1,
  categories: [{ path: "bot", labels: ["챗봇"] }],
  docs: [
    {
      slug: "a",
      title: "채널 연결하기",
      category: 0,
      updated: "2025-01-01",
      keywords: [],
      body: "채널을 연결합니다.",
      headings: [],
    },
    {
      slug: "b",
      title: "연결 채널 목록",
      category: 0,
      updated: "2025-01-02",
      keywords: [],
      body: "연결된 채널을 봅니다.",
      headings: [],
    },
  ],
};

/**
 * A source whose files arrive only when the test lets the round in flight land: `rounds()` runs
 * the search to its end and returns, round by round, the kinds of the files requested in it.
 */
function heldSource(): { source: SearchSource; rounds: (search: Promise<unknown>) => Promise<string[][]> } {
  const memory = new MemorySource(buildSearchFiles(DATA));
  let waiting: (() => void)[] = [];
  let requested: string[] = [];
  const source: SearchSource = {
    meta: memory.meta,
    text: (kind, index) => {
      const answer = memory.text(kind, index);
      // The up-front files are on the page before the first search.
      if (kind === "stats") return answer;
      requested.push(kind);
      return new Promise((resolve) => waiting.push(() => resolve(answer)));
    },
  };
  const rounds = async (search: Promise<unknown>): Promise<string[][]> => {
    let done = false;
    void search.finally(() => (done = true));
    const out: string[][] = [];
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (waiting.length === 0) continue;
      out.push(requested.sort());
      const landing = waiting;
      [waiting, requested] = [[], []];
      for (const land of landing) land();
    }
    return out;
  };
  return { source, rounds };
}

describe("a multi-word keyword query", () => {
  test("requests its phrase's pair positions (for the adjacency bonus) with its words' files, in one round", async () => {
    const { source, rounds } = heldSource();
    const engine = new SearchEngine(source);
    const search = engine.search("채널 연결");
    const seen = await rounds(search);
    expect((await search).hits.length).toBe(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain("positions");
    expect(seen[0]).toContain("terms");
  });
});
