/**
 * The search files' format, pinned: the files the build writes for three small articles are
 * compared byte for byte with a committed copy (golden/search-files.json), so any change to what
 * the browser reads (a field, an order, an encoding) shows in review and goes with a new
 * SEARCH_FILES_VERSION. After an intended change: `UPDATE_GOLDEN=1 npm run test:unit --
 * tests/unit/search-files-golden.test.ts`, then read the diff.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { buildSearchData } from "../../src/node/search/search-data";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { SEARCH_FILES_VERSION } from "../../src/search/format/files";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";

const GOLDEN = path.join(import.meta.dirname, "golden", "search-files.json");

const data = buildSearchData(
  [
    {
      slug: "bot-connect",
      title: "챗봇과 채널 연결이 되지 않아요",
      categoryPath: "chatbot-admin/start",
      updated: "2025-08-14",
      keywords: ["채널 연결"],
      text: "봇을 1회 이상 배포해야 채널에 연결할 수 있습니다. 항목 · 규격 / API · v2",
      headings: ["연결 전 준비"],
    },
    {
      slug: "invoice",
      title: "세금계산서는 언제 발행되나요?",
      categoryPath: "biz-message",
      updated: "2025-03-02",
      keywords: [],
      text: "세금계산서는 매월 5일에 발행됩니다. 상태(state)는 설정에서 봅니다.",
      headings: [],
    },
    {
      slug: "webhook",
      title: "Webhook으로 결과 받기",
      categoryPath: "biz-message",
      updated: "2026-01-20",
      keywords: ["웹훅"],
      text: "getUserList 호출 결과를 webhook URL로 보냅니다.",
      headings: ["설정 방법"],
    },
  ],
  [
    { path: "chatbot-admin", labels: ["챗봇 관리자센터"] },
    { path: "chatbot-admin/start", labels: ["챗봇 관리자센터", "시작하기"] },
    { path: "biz-message", labels: ["비즈 메시지"] },
  ],
  [["웹훅", "webhook"]],
);

/** Leads of 40 characters: the first article's body is longer, so a rests file is pinned too. */
const SPLIT = { leadChars: 40 };

test("the search files for three small articles are the committed ones", () => {
  const files = buildSearchFiles(data, SPLIT);
  const written = Object.fromEntries(
    [files.meta, ...files.upFront, ...files.others].map((asset) => [asset.name, JSON.parse(asset.body) as unknown]),
  );
  const text = `${JSON.stringify({ version: SEARCH_FILES_VERSION, files: written }, null, 1)}\n`;
  if (process.env["UPDATE_GOLDEN"]) writeFileSync(GOLDEN, text);
  expect(text).toBe(readFileSync(GOLDEN, "utf8"));
});

test("what the build writes, the engine reads back: every article, by its words", async () => {
  const engine = new SearchEngine(new MemorySource(buildSearchFiles(data, SPLIT)));
  for (const [query, slug] of [
    ["채널연결", "bot-connect"],
    ["세금계산서", "invoice"],
    ["웹훅", "webhook"],
    ["getuserlist", "webhook"],
  ] as const) {
    const { hits } = await engine.search(query);
    const records = await engine.load(hits.map((hit) => hit.id));
    expect(
      records.map((record) => record.slug),
      query,
    ).toContain(slug);
  }
});
