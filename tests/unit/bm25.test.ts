// The engine scores tokens from the shards' postings itself (src/search/bm25.ts); MiniSearch, which
// built the index, is the oracle: the same scores for exact and prefix look-ups on the demo content.
import { expect, test } from "vitest";
import MiniSearch from "minisearch";
import path from "node:path";
import { loadContent } from "../../src/node/content/load-content";
import { buildSearchData } from "../../src/node/search/search-data";
import { miniSearchOptions, type IndexedDoc } from "../../src/search/index-options";
import { scoreToken } from "../../src/search/bm25";
import type { IndexEntry } from "../../src/search/format/files";

const content = await loadContent(path.resolve("content"));
const data = buildSearchData(
  content.articles.map((a) => ({ ...a, text: a.body })),
  content.categories,
);
const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
index.addAll(data.docs.map((doc, id) => ({ id, doc })));
const serialised = index.toJSON();
const entries = (serialised.index as IndexEntry[]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const postings = { tokens: entries.map(([token]) => token), byToken: new Map(entries) };
const stats = {
  documentCount: data.docs.length,
  averageFieldLength: serialised.averageFieldLength,
  fieldLength: data.docs.map((_, id) => serialised.fieldLength[id] as number[]),
};

test.each([
  ["챗봇", false],
  ["연결", false],
  ["주", true],
  ["설", true],
  ["a", true],
  ["없는말", false],
] as const)("%s (prefix: %s) scores as MiniSearch scores it", (token, prefix) => {
  const ours = scoreToken(postings, token, prefix, stats);
  const theirs = index.search(token, { prefix });
  expect(ours.scores.size).toBe(theirs.length);
  for (const result of theirs) expect(ours.scores.get(result.id as number)).toBeCloseTo(result.score, 9);
  const inTitle = index.search(token, { prefix, fields: ["title", "keywords"] }).map((r) => r.id as number);
  expect([...ours.title].sort((a, b) => a - b)).toEqual(inTitle.sort((a, b) => a - b));
});
