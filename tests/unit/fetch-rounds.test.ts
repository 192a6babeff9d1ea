// What a search fetches, and in how many round trips: every file the engine can name from the
// query alone is requested at once, before any of them has arrived; a one-character query reads
// one precomputed list instead of every term shard of the tokens starting with it.
import { describe, expect, test } from "vitest";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { SearchEngine, type Hit, type SearchSource } from "../../src/search/engine";
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

/** What a list or a text check must give exactly as the positions do: articles, order, scores, title matches. */
const answerOf = (hits: readonly Hit[]) => hits.map((hit) => [hit.id, hit.score, hit.titleTerms]);

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

describe("a one-character query whose tokens fill several term shards", () => {
  // Many words starting with 설, so their tokens span several small term shards.
  const words = ["설정", "설명", "설치", "설문", "설계", "설비", "설득", "설립", "설날", "설탕", "설악"];
  const data: SearchData = {
    version: 1,
    categories: [{ path: "guide", labels: ["안내"] }],
    docs: words.map((word, i) => ({
      slug: `doc-${i}`,
      title: `${word} 안내`,
      category: 0,
      updated: "2025-01-01",
      keywords: [],
      body: `${words.slice(0, i + 1).join(" ")}에 대해 설명합니다.`,
      headings: [],
    })),
  };

  test("reads its prefix list, not those shards, and answers as the shards would", async () => {
    const files = buildSearchFiles(data, { shardBytes: 400 });
    const source = new MemorySource(files);
    const listed = await new SearchEngine(source).search("설");
    expect(source.loaded.some((name) => name.startsWith("prefixes-"))).toBe(true);
    expect(source.loaded.some((name) => name.startsWith("terms-"))).toBe(false);

    // The same articles in the same order, with the same scores, as summing the tokens' postings.
    const whole = await new SearchEngine(new MemorySource(buildSearchFiles(data))).search("설");
    expect(listed.hits.map((hit) => [hit.id, hit.score])).toEqual(whole.hits.map((hit) => [hit.id, hit.score]));
    expect(listed.hits).toHaveLength(words.length);
  });
});

describe("a frequent long word whose pairs' positions fill several position files", () => {
  // 관리자센터 in most articles, in some titles; 관리자 and 센터 apart in others (not the word).
  const data: SearchData = {
    version: 1,
    categories: [{ path: "admin", labels: ["관리"] }],
    docs: Array.from({ length: 30 }, (_, i) => ({
      slug: `doc-${i}`,
      title: i % 5 === 0 ? `관리자센터 안내 ${i}` : `계정 안내 ${i}`,
      category: 0,
      updated: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
      keywords: [],
      body:
        i % 3 === 0
          ? `관리자가 고객센터에 문의합니다. 센터 관리자 ${"설정 ".repeat(i)}`
          : `관리자센터에서 설정합니다. ${"관리자센터 ".repeat(i % 4)}센터 관리자 확인`,
      headings: [],
    })),
  };

  test("reads the word's list, not its pairs' positions, and answers as the positions would", async () => {
    // Small position files: the word's pairs span several of them, so the build lists the word.
    const files = buildSearchFiles(data, { positionBytes: 300 });
    expect(files.meta.body).toContain("관리자센터");
    const source = new MemorySource(files);
    const listed = await new SearchEngine(source).search("관리자센터");
    expect(source.loaded.some((name) => name.startsWith("prefixes-"))).toBe(true);
    expect(source.loaded.some((name) => name.startsWith("positions-"))).toBe(false);

    // The same articles, order, scores and title matches as verifying with the positions.
    const verified = await new SearchEngine(new MemorySource(buildSearchFiles(data))).search("관리자센터");
    expect(answerOf(listed.hits)).toEqual(answerOf(verified.hits));
    // The articles writing the word, not those with 관리자 and 센터 apart.
    const writing = data.docs.flatMap((doc, id) => (`${doc.title} ${doc.body}`.includes("관리자센터") ? [id] : []));
    expect(listed.hits.map((hit) => hit.id).sort((a, b) => a - b)).toEqual(writing);
  });
});

describe("a rare compound of common pairs", () => {
  // 채널 and 연결 in every article, apart; 채널연결 in the title of one and the body of three.
  const data: SearchData = {
    version: 1,
    categories: [{ path: "channel", labels: ["채널"] }],
    docs: Array.from({ length: 30 }, (_, i) => ({
      slug: `doc-${i}`,
      title: i === 4 ? "채널연결 안내" : `채널 안내 ${i}`,
      category: 0,
      updated: "2025-02-01",
      keywords: [],
      body: `${i % 10 === 7 ? "채널연결 방법입니다. " : ""}${"채널 목록 ".repeat(i + 1)}그리고 ${"연결 상태 ".repeat(i + 1)}`,
      headings: [],
    })),
  };

  test("checks its few candidates against their text, not its pairs' positions, with the same answer", async () => {
    // Small position files: 채널's and 연결's positions span several of them.
    const source = new MemorySource(buildSearchFiles(data, { positionBytes: 300 }));
    const checked = await new SearchEngine(source).search("채널연결");
    expect(source.loaded.some((name) => name.startsWith("positions-"))).toBe(false);

    const verified = await new SearchEngine(new MemorySource(buildSearchFiles(data))).search("채널연결");
    expect(answerOf(checked.hits)).toEqual(answerOf(verified.hits));
    // Spaces do not count between Hangul words (the spacing contract): 채널 연결 is 채널연결 too.
    const writing = data.docs.flatMap((doc, id) =>
      [doc.title, doc.body].some((text) => text.replace(/\s+/gu, "").includes("채널연결")) ? [id] : [],
    );
    expect(checked.hits.map((hit) => hit.id).sort((a, b) => a - b)).toEqual(writing);
  });
});

describe("a two-word phrase whose pairs' positions fill several position files", () => {
  // 권한 and 설정 in every article; together (권한 설정) in every fourth; in `falseStarts` 한 and 설
  // meet too (간단한 설정), so those have every pair of 권한설정 but not the phrase, and rank high by
  // their many 권한 and 설정 until their text says otherwise.
  const dataWith = (falseStarts: readonly number[]): SearchData => ({
    version: 1,
    categories: [{ path: "admin", labels: ["관리"] }],
    docs: Array.from({ length: 40 }, (_, i) => ({
      slug: `doc-${i}`,
      title: `계정 안내 ${i}`,
      category: 0,
      updated: "2025-03-01",
      keywords: [],
      body: falseStarts.includes(i)
        ? `간단한 설정입니다. ${"권한 목록 ".repeat(6)}${"설정 값 ".repeat(6)}`
        : i % 4 === 0
          ? `권한 설정 방법입니다. 설정 값 ${i}`
          : `권한 목록 ${"설정 값 ".repeat((i % 5) + 1)}`,
      headings: [],
    })),
  });
  /** Whether the article writes the phrase, spaces aside: an oracle that shares nothing with the engine. */
  const together = (data: SearchData, id: number) => data.docs[id]!.body.replace(/\s+/gu, "").includes("권한설정");
  const ranked = (hits: readonly Hit[]) => hits.map((hit) => [hit.id, hit.adjacent, hit.score]);

  test("ranks the first page by its junction pair and the text of the articles shown, not positions, as positions would", async () => {
    const data = dataWith([1]);
    const source = new MemorySource(buildSearchFiles(data, { positionBytes: 300 }));
    const found = await new SearchEngine(source).search("권한 설정");
    expect(source.loaded.some((name) => name.startsWith("positions-"))).toBe(false);

    const verified = await new SearchEngine(new MemorySource(buildSearchFiles(data))).search("권한 설정");
    expect(found.hits).toHaveLength(40);
    expect(ranked(found.hits.slice(0, 10))).toEqual(ranked(verified.hits.slice(0, 10)));
    for (const hit of found.hits.slice(0, 10)) expect(hit.adjacent, `doc-${hit.id}`).toBe(together(data, hit.id) ? 1 : 0);
    // The false start falls below the ten articles with the phrase, off the first page.
    expect(found.hits.slice(0, 10).map((hit) => hit.id)).not.toContain(1);

    // A second page asks for twenty in their final order.
    const two = await new SearchEngine(new MemorySource(buildSearchFiles(data, { positionBytes: 300 }))).search("권한 설정", {
      orderedUpTo: 20,
    });
    expect(ranked(two.hits.slice(0, 20))).toEqual(ranked(verified.hits.slice(0, 20)));
  });

  test("verifies the phrase with positions once several candidates shown turn out not to have it, with the same first page", async () => {
    const data = dataWith([1, 2, 3, 5, 6]);
    const source = new MemorySource(buildSearchFiles(data, { positionBytes: 300 }));
    const found = await new SearchEngine(source).search("권한 설정");
    expect(source.loaded.some((name) => name.startsWith("positions-"))).toBe(true);
    const verified = await new SearchEngine(new MemorySource(buildSearchFiles(data))).search("권한 설정");
    expect(ranked(found.hits.slice(0, 10))).toEqual(ranked(verified.hits.slice(0, 10)));
    for (const hit of found.hits) expect(hit.adjacent, `doc-${hit.id}`).toBe(together(data, hit.id) ? 1 : 0);
  });
});
