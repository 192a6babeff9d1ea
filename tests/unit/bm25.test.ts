// The engine scores tokens from the shards' postings itself (src/search/bm25.ts), which hold each
// article's impact the build computed (src/node/search/impacts.ts); MiniSearch, which built the
// index, is the oracle: the same articles and, within the impacts' rounding (1 %), the same scores
// for exact and prefix look-ups on the demo content.
import { expect, test } from "vitest";
import MiniSearch from "minisearch";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { buildSearchData } from "../../src/node/search/search-data";
import { miniSearchOptions, type IndexedDoc } from "../../src/search/index-options";
import { scoreToken } from "../../src/search/bm25";
import type { IndexEntry } from "../../src/search/format/files";
import { withImpacts } from "../../src/node/search/impacts";
import { decodeFile, encodeTermEntry, joinTermShard } from "../../src/search/format/codec";

const content = await loadContent(path.resolve("content"));
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
);
const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
index.addAll(data.docs.map((doc, id) => ({ id, doc })));
const serialised = index.toJSON();
const entries = withImpacts(
  (serialised.index as IndexEntry[]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  data.docs.map((_, id) => serialised.fieldLength[id] as number[]),
  serialised.averageFieldLength,
);
// As the engine reads them: the entries written into a term shard and read back (codec.ts).
const shard = decodeFile("terms", joinTermShard(entries.map(encodeTermEntry)));
const postings = { tokens: shard.entries.map(([token]) => token), byToken: new Map(shard.entries) };

test.each([
  ["챗봇", false],
  ["연결", false],
  ["주", true],
  ["설", true],
  ["a", true],
  ["없는말", false],
] as const)("%s (prefix: %s) scores as MiniSearch scores it", (token, prefix) => {
  const ours = scoreToken(postings, token, prefix, data.docs.length);
  const theirs = index.search(token, { prefix });
  expect(ours.scores.size).toBe(theirs.length);
  for (const result of theirs) {
    const score = ours.scores.get(result.id as number)!;
    expect(Math.abs(score - result.score)).toBeLessThanOrEqual(0.01 * result.score);
  }
  const inTitle = index.search(token, { prefix, fields: ["title", "keywords"] }).map((r) => r.id as number);
  expect([...ours.title].sort((a, b) => a - b)).toEqual(inTitle.sort((a, b) => a - b));
});
