// Property: for the demo content and many generated queries, the index's answer set equals a
// brute-force scan of the articles' text when the engine answers a query of keywords exactly, and
// contains it when a question goes on to stems, synonyms and relaxing.
//
// The oracle below is written from the README's matching contract and shares no code with the
// engine: not its query parsing, normalisation, initials or synonym handling, so a bug there is caught.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { buildSearchData } from "../../src/node/search/search-data";
import { engineFor } from "./helpers";
import { Oracle, oracleCompact, oracleInitials } from "../../bench/oracle";

const content = await loadContent(path.resolve("content"));
// The raw Markdown stands in for the rendered text here: the property is about index vs. scan on the same text.
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
  content.synonyms,
);

// The oracle: the contract as a plain scan, sharing no code with the engine (bench/oracle.ts).
const oracle = new Oracle(data.docs, content.synonyms);

const engine = engineFor(data);
// The same content split into many small files, so most queries cross shard and block boundaries.
const finelySplit = engineFor(data, { shardBytes: 2_000, docBlockSize: 3 });
// And split to the limit: most tokens' postings cut over several shards, one article per block,
// each body but the shortest kept in its block as a lead of 60 characters with the rest elsewhere.
const splitToTheLimit = engineFor(data, { shardBytes: 200, blockBytes: 100, leadChars: 60 });
const texts = data.docs.map((d) => `${d.title} ${d.body} ${d.keywords.join(" ")}`);
const words = [...new Set(texts.flatMap((t) => t.split(/\s+/u)).filter(Boolean))];
const latinWords = [...new Set(texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []))];

const pick = <T>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]!);
const substringOf = (min: number, max: number) =>
  fc.tuple(pick(texts), fc.nat(), fc.integer({ min, max })).map(([text, start, length]) => {
    const chars = [...oracleCompact(text)];
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
    const initials = [...oracleInitials(oracleCompact(doc.title))].filter((ch) => /[ㄱ-ㅎ]/u.test(ch));
    const from = start % Math.max(1, initials.length - length);
    return initials.slice(from, from + length).join("");
  }),
  fc.stringMatching(/^[가-힣]{1,3}( [가-힣]{1,2})?$/), // random syllables, mostly no match
);

/**
 * The engine's answer held to the oracle's, the oracle deciding which contract applies (not the
 * mode the engine reports): for keywords that some article has, exactly those articles; for anything else a question's later stages (stems, synonyms, relaxing) may add
 * articles, but never lose one that has every word as typed.
 */
async function expectAnswer(query: string, from = engine): Promise<void> {
  const expected = oracle.search(query);
  // Corrections only run for words that find nothing, where the oracle finds nothing either.
  const outcome = await from.search(query, { correct: false });
  const found = outcome.hits.map((h) => h.id).sort((a, b) => a - b);
  if (oracle.isKeywords(query) && expected.length > 0) expect(found, query).toEqual(expected);
  else expect(found, query).toEqual(expect.arrayContaining(expected));
}

describe("index answers equal the brute-force reference", () => {
  test(`on ${data.docs.length} demo articles and generated queries`, async () => {
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        await expectAnswer(query);
        await expectAnswer(query, finelySplit);
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
    "봇 배포.",
    '"배포"',
    "(챗봇)",
    "C++",
    "웹훅",
    "webhook",
  ])("known query %s", async (query) => {
    await expectAnswer(query);
    // Keywords found as typed are answered exactly.
    if (oracle.search(query).length > 0) expect((await engine.search(query)).mode).toBe("exact");
  });

  test("splitting the files to the limit changes no answer: same articles, order and scores", async () => {
    const answer = async (from: typeof engine, query: string, sort: "relevance" | "latest") => {
      const outcome = await from.search(query, { correct: false, sort });
      const instant = await from.instant(query);
      return {
        hits: outcome.hits.map((h) => [h.id, h.score, h.updated, h.category.path]),
        counts: [...outcome.categoryCounts],
        mode: outcome.mode,
        instant: [instant.hits.map((h) => h.id), instant.total],
      };
    };
    await fc.assert(
      fc.asyncProperty(queries, fc.boolean(), async (query, latest) => {
        const sort = latest ? "latest" : "relevance";
        expect(await answer(splitToTheLimit, query, sort)).toEqual(await answer(engine, query, sort));
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  test("a one-syllable query finds well over a hundred demo articles", async () => {
    expect((await engine.search("주")).hits.length).toBeGreaterThan(100);
  });
});
