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
import { buildSearchData } from "../../src/node/search/build-search-data";
import type { SearchDoc } from "../../src/search/types";
import { engineFor } from "./helpers";

const content = await loadContent(path.resolve("content"));
// The raw Markdown stands in for the rendered text here: the property is about index vs. scan on the same text.
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
  content.synonyms,
);

// --- The oracle: the contract in a few plain lines. ---
const SPACE_KEPT_BETWEEN = /[\p{Script=Latin}\p{Nd}]/u;
const fold = (ch: string) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch);
/** NFC, case folded character by character, white space dropped unless between two Latin letters or digits. */
function oracleCompact(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    if (!/\s/u.test(chars[i]!)) {
      out += fold(chars[i]!);
      continue;
    }
    let j = i;
    while (j < chars.length && /\s/u.test(chars[j]!)) j++;
    const before = chars[i - 1];
    const after = chars[j];
    if (before && after && SPACE_KEPT_BETWEEN.test(before) && SPACE_KEPT_BETWEEN.test(after)) out += " ";
    i = j - 1;
  }
  return out;
}
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const oracleInitials = (text: string) =>
  [...text].map((ch) => (ch >= "가" && ch <= "힣" ? INITIALS[Math.floor((ch.codePointAt(0)! - 0xac00) / 588)] : ch)).join("");
/** The README's clean stage: sentence punctuation, quotes and brackets separate words; punctuation around a word is dropped. */
function oracleWords(query: string): string[] {
  return query
    .normalize("NFC")
    .split(/[\s,?!"'`“”‘’()[\]{}~…·;「」『』【】《》〈〉？！，。、]+/u)
    .map((piece) => {
      const keep = /[A-Za-z]([+#]+)$/u.exec(piece)?.[1] ?? "";
      const core = piece.slice(0, piece.length - keep.length).replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");
      return core === "" ? "" : core + keep;
    })
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}
const groups = content.synonyms.map((group) => group.map(oracleCompact));
/**
 * Whether the query is keywords by the contract (README, rule 3), decided here without the engine:
 * no word is a question's filler (the contract's closed list: words that only shape a question),
 * and no word that ends like grammar (`-는`, `-된`, `-요`) has a shorter form, the same word cut
 * anywhere, in more articles (`번호는`: `번호` is; `납부해주세요`: `납부` is). That is stricter than
 * the contract (it sets aside `메시지`, since `메` is in more articles): what it calls keywords
 * certainly are, and those must be answered exactly.
 */
const FILLERS = new Set(
  "어떻게 안 못 왜 뭐 무엇 어디 언제 방법 하나요 되나요 있나요 돼요 좀 혹시 그냥 다시 계속 자꾸 너무 정말 진짜 제발 갑자기 아직 이미 벌써 또".split(
    " ",
  ),
);
const ENDS_LIKE_GRAMMAR = /[은는이가을를에의로도만요다죠까니고며면서게해지야나데랑과와께된한인될할던했됐었았겠세]$/u;
const articleTexts = data.docs.map((doc) =>
  [oracleCompact(doc.title), oracleCompact(doc.body), ...doc.keywords.map(oracleCompact)].join("\u0000"),
);
const articlesWith = (form: string) => articleTexts.filter((text) => text.includes(form)).length;
function carriesGrammar(word: string): boolean {
  const form = oracleCompact(word);
  if (!ENDS_LIKE_GRAMMAR.test(form)) return false;
  const syllables = [...form];
  const asTyped = articlesWith(form);
  for (let cut = 1; cut < syllables.length; cut++) {
    if (articlesWith(syllables.slice(0, -cut).join("")) > asTyped) return true;
  }
  return false;
}
function oracleIsKeywords(query: string): boolean {
  return oracleWords(query).every((word) => !FILLERS.has(word) && !carriesGrammar(word));
}

function oracleSearch(docs: readonly SearchDoc[], query: string): number[] {
  const terms = [...new Set(oracleWords(query).map(oracleCompact))].slice(0, 10);
  if (terms.length === 0) return [];
  const alternatives = terms.map((term) => [term, ...groups.filter((g) => g.includes(term)).flat()]);
  const hits: number[] = [];
  docs.forEach((doc, id) => {
    const title = oracleCompact(doc.title);
    const text = [title, oracleCompact(doc.body), ...doc.keywords.map(oracleCompact)].join("\u0000");
    const all = terms.every((term, i) =>
      /^[ㄱ-ㅎ]+$/u.test(term) ? oracleInitials(title).includes(term) : alternatives[i]!.some((alt) => text.includes(alt)),
    );
    if (all) hits.push(id);
  });
  return hits;
}
// --- End of the oracle. ---

const engine = engineFor(data);
// The same content split into many small files, so most queries cross shard and block boundaries.
const finelySplit = engineFor(data, { shardBytes: 2_000, docBlockSize: 3 });
// And split to the limit: most tokens' postings cut over several shards, one article per block.
const splitToTheLimit = engineFor(data, { shardBytes: 200, blockBytes: 100 });
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
  const expected = oracleSearch(data.docs, query);
  // Corrections only run for words that find nothing, where the oracle finds nothing either.
  const outcome = await from.search(query, { correct: false });
  const found = outcome.hits.map((h) => h.id).sort((a, b) => a - b);
  if (oracleIsKeywords(query) && expected.length > 0) expect(found, query).toEqual(expected);
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
    if (oracleSearch(data.docs, query).length > 0) expect((await engine.search(query)).mode).toBe("exact");
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
