// Property: for the demo content and many generated queries, the index's answer set equals a
// brute-force scan of the articles' text (src/search/reference.ts, the matching contract).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import path from "node:path";
import { loadContent } from "../../src/build/content/load-content";
import { buildSearchData } from "../../src/build/search/build-search-data";
import { parseQuery } from "../../src/search/query";
import { referenceSearch } from "../../src/search/reference";
import { compact } from "../../src/search/normalize";
import { choseongOf } from "../../src/search/hangul";
import { engineFor } from "./helpers";

const content = await loadContent(path.resolve("content"));
// The raw Markdown stands in for the rendered text here: the property is about index vs. scan on the same text.
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
);
const engine = engineFor(data);
// The same content split into many small files, so most queries cross shard and block boundaries.
const finelySplit = engineFor(data, { shardBytes: 2_000, docBlockSize: 3 });
const texts = data.docs.map((d) => `${d.title} ${d.body} ${d.keywords.join(" ")}`);
const words = [...new Set(texts.flatMap((t) => t.split(/\s+/u)).filter(Boolean))];
const latinWords = [...new Set(texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []))];

const pick = <T>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]!);
const substringOf = (min: number, max: number) =>
  fc.tuple(pick(texts), fc.nat(), fc.integer({ min, max })).map(([text, start, length]) => {
    const chars = [...compact(text)];
    const from = start % Math.max(1, chars.length - length);
    return chars.slice(from, from + length).join("");
  });

const queries = fc.oneof(
  substringOf(1, 1), // one syllable
  substringOf(2, 2), // two-syllable substrings
  substringOf(3, 6), // longer substrings, often across the spaces of the original
  fc.tuple(pick(words), pick(words)).map(([a, b]) => `${a} ${b}`), // AND of two words
  fc.tuple(pick(texts), fc.nat()).map(([text, n]) => {
    // adjacent words, spaced and unspaced
    const parts = text.split(/\s+/u);
    const i = n % Math.max(1, parts.length - 1);
    return n % 2 ? `${parts[i]} ${parts[i + 1] ?? ""}` : `${parts[i]}${parts[i + 1] ?? ""}`;
  }),
  fc.tuple(pick(latinWords), fc.boolean()).map(([w, upper]) => (upper ? w.toUpperCase() : w.toLowerCase())),
  fc.tuple(pick(data.docs), fc.nat(), fc.integer({ min: 1, max: 4 })).map(([doc, start, length]) => {
    const initials = [...choseongOf(compact(doc.title))].filter((ch) => /[ㄱ-ㅎ]/u.test(ch));
    const from = start % Math.max(1, initials.length - length);
    return initials.slice(from, from + length).join("");
  }),
  fc.stringMatching(/^[가-힣]{1,3}( [가-힣]{1,2})?$/), // random syllables, mostly no match
);

async function indexAnswer(query: string, from = engine): Promise<number[]> {
  return (await from.search(query)).hits.map((h) => h.id).sort((a, b) => a - b);
}

describe("index answers equal the brute-force reference", () => {
  test(`on ${data.docs.length} demo articles and generated queries`, async () => {
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        const expected = referenceSearch(data.docs, parseQuery(query).terms);
        expect(await indexAnswer(query)).toEqual(expected);
        expect(await indexAnswer(query, finelySplit)).toEqual(expected);
      }),
      { seed: 20261125, numRuns: 1500 },
    );
  });

  test.each([
    "주",
    "챗봇",
    "채널연결",
    "채널 연결",
    "세금계산서",
    "계산서",
    "api",
    "Webhook",
    "ㅊㅂ",
    "30KB",
    "1:1",
    "확인해주세요",
    "설정 > 챗봇",
  ])("known query %s", async (query) => {
    expect(await indexAnswer(query)).toEqual(referenceSearch(data.docs, parseQuery(query).terms));
  });

  test("a one-syllable query finds well over a hundred demo articles", async () => {
    expect((await engine.search("주")).hits.length).toBeGreaterThan(100);
  });
});
