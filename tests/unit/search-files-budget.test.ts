// No search file exceeds the budget (64 KB brotli), whatever the content: long code identifiers
// that share a first letter, a word in every article, a long article. Sizes are measured here with
// zlib, independently of the build's own check.
import { describe, expect, test } from "vitest";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { loadContent } from "../../src/node/content/load-content";
import { buildSearchData } from "../../src/node/search/search-data";
import { buildSearchFiles, type SearchFiles, type SplitOptions } from "../../src/node/search/search-files";
import { FILE_BUDGET_BYTES } from "../../src/search/format/files";
import type { SearchData } from "../../src/search/types";
import { dataFor, engineFor } from "./helpers";
import { firstKeysFile } from "../../src/node/search/first-keys-file";
import { answerFirstKeys, FIRST_KEYS } from "../../src/search/first-keys";
import { decodeFirstKeys, encodeFirstKeys } from "../../src/search/format/codec";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";

// A file whose JSON is within the budget is within it compressed; only larger ones are compressed to check.
const compressedSize = (body: string) =>
  Buffer.byteLength(body) <= FILE_BUDGET_BYTES ? Buffer.byteLength(body) : brotliCompressSync(body).length;

function largestFile(data: SearchData, options?: SplitOptions) {
  const files = buildSearchFiles(data, options);
  const all = [files.meta, ...files.upFront, ...files.others];
  return { count: all.length, largest: Math.max(...all.map((file) => compressedSize(file.body))) };
}

/** Code-heavy documentation: identifiers that all start with `e`, and one word (`설정`) in every article. */
function codeHeavy(articles: number): SearchData {
  const docs = Array.from({ length: articles }, (_, i) => {
    const identifiers = Array.from(
      { length: 40 },
      (_, k) => `e${(i * 7919 + k * 104729).toString(36)}Event${k}Handler.emit${(i + k).toString(36)}`,
    );
    return {
      slug: `api-${i}`,
      title: `API ${i} 설정`,
      category: 0,
      updated: `2025-0${(i % 9) + 1}-1${i % 10}`,
      keywords: [],
      body: `설정 방법입니다. ${identifiers.join(" ")} 예제 코드 enableFeature${i}`,
      headings: [],
    };
  });
  return { version: 1, categories: [{ path: "api", labels: ["API"] }], docs };
}

describe("search files stay within the budget", () => {
  let finelyCut: SearchFiles | undefined;
  let finelyCutStats: SearchFiles | undefined;

  test("the demo help center", async () => {
    const content = await loadContent(path.resolve("content"));
    const data = buildSearchData(
      content.articles.map((a) => ({ ...a, text: a.body })),
      content.categories,
      content.synonyms,
    );
    expect(largestFile(data).largest).toBeLessThanOrEqual(FILE_BUDGET_BYTES);
  });

  test("code-heavy documentation: tokens starting with e, a word in every article", async () => {
    const data = codeHeavy(1_500);
    const { count, largest } = largestFile(data);
    expect(largest).toBeLessThanOrEqual(FILE_BUDGET_BYTES);
    expect(count).toBeGreaterThan(50);
    // Still searchable, exactly: every article has 설정, and one identifier finds its article.
    const engine = engineFor(data);
    expect((await engine.search("설정")).hits).toHaveLength(1_500);
    const { hits } = await engine.search("enableFeature1234");
    expect((await engine.load(hits.map((h) => h.id))).map((r) => r.slug)).toEqual(["api-1234"]);
    expect((await engine.search("e")).hits).toHaveLength(1_500);
  }, 120_000);

  test("a smaller budget is kept too, by cutting more finely", () => {
    const files = buildSearchFiles(codeHeavy(300), { blockBytes: 4_000, budgetBytes: 4_000 });
    const sizes = [files.meta, ...files.upFront, ...files.others].map((file) => brotliCompressSync(file.body).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4_000);
  });

  test.each(["terms", "positions", "prefixes", "stats", "docs", "titles", "initials", "vocabulary"])(
    "%s files hold no more JSON than asked, a word in every article included",
    (kind) => {
      const files = (finelyCut ??= buildSearchFiles(codeHeavy(600), {
        shardBytes: 3_000,
        positionBytes: 3_000,
        blockBytes: 3_000,
        docBlockSize: 100,
      }));
      // Stats write each date as its gap to the one before (a byte or two): 600 articles fill
      // more than one stats file only when the files are smaller.
      const cut =
        kind === "stats" ? (finelyCutStats ??= buildSearchFiles(codeHeavy(600), { blockBytes: 600, docBlockSize: 100 })) : files;
      const limit = kind === "stats" ? 600 : 3_000;
      const sizes = [...cut.upFront, ...cut.others]
        .filter((f) => f.name.startsWith(`${kind}-`))
        .map((f) => Buffer.byteLength(f.body));
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(limit);
    },
  );

  test("an article too long for any file stops the build, naming the article", () => {
    const data = codeHeavy(3);
    const long: SearchData = {
      ...data,
      docs: data.docs.map((doc, i) =>
        i === 1
          ? { ...doc, body: Array.from({ length: 3000 }, (_, k) => `${k.toString(36)}${(k * 7919).toString(36)}`).join(" ") }
          : doc,
      ),
    };
    expect(() => buildSearchFiles(long, { budgetBytes: 4_000 })).toThrow(/the text of api-1 alone is that long/);
  });

  test("the first keys' answers, over titles long and varied enough to fill several files", async () => {
    // Each title's syllables all start with one consonant, chosen at random (seeded) in its block:
    // each consonant's rows are other articles, and they compress badly.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const titled = dataFor(
      Array.from({ length: 19 * 10 }, (_, i) => ({
        slug: `long-title-${i}`,
        title: Array.from({ length: 500 }, () => String.fromCharCode(0xac00 + (i % 19) * 588 + Math.floor(next() * 588))).join(
          "",
        ),
        body: "본문",
      })),
    );
    const files = buildSearchFiles(titled);
    const asset = await firstKeysFile(files);
    expect(brotliCompressSync(asset.body).length).toBeLessThanOrEqual(FILE_BUDGET_BYTES);
    // Not vacuous: every key's answer would not fit.
    const all = await answerFirstKeys(new SearchEngine(new MemorySource(files)));
    expect(brotliCompressSync(encodeFirstKeys(all)).length).toBeGreaterThan(FILE_BUDGET_BYTES);
    // The first keys are kept, the last left out (those are then answered by the engine).
    const kept = [...decodeFirstKeys(asset.body).keys()];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(FIRST_KEYS.slice(0, kept.length));
  });
});
