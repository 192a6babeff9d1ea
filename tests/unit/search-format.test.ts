/**
 * The search files' codec (src/search/format/codec.ts): what the build encodes the engine decodes
 * unchanged, for every kind of file, and a file that is not what its name says is refused by name,
 * by the engine too, instead of failing later inside scoring.
 */
import { describe, expect, test } from "vitest";
import {
  decodeFile,
  decodeMeta,
  encodeFile,
  encodeMeta,
  encodeTermEntry,
  encodeTokenPositions,
  joinPositionShard,
  joinTermShard,
  pairPositions,
  SearchFileError,
  type FileContents,
} from "../../src/search/format/codec";
import { dayNumber, isoDate, SEARCH_FILES_VERSION, type FileKind, type SearchMeta } from "../../src/search/format/files";
import { SearchEngine } from "../../src/search/engine";
import { MemorySource } from "../../bench/memory-source";
import { buildSearchData } from "../../src/node/search/search-data";
import { buildSearchFiles } from "../../src/node/search/search-files";

const SAMPLES: { readonly [K in FileKind]: FileContents[K] } = {
  stats: {
    day: [20_000, 20_100],
    trouble: [1],
  },
  terms: { entries: [["연결", { "0": [0, 1], "1": [0, 2, 1, 1] }]] },
  positions: { 연결: { "1": [0, 2, 3, 10, 1, 1, 0] }, 채널: { "0": [2, 1, 0] } },
  prefixes: { entries: [["연", { score: [0, 130, 4, 95], title: [4, 1] }]] },
  docs: [
    { slug: "a", title: "채널 연결", keywords: ["연결"], body: '봇을 "배포"해야\n연결됩니다 · 표' },
    { slug: "b", title: "긴 안내", keywords: [], body: "앞부분", rest: 0 },
  ],
  rests: [[1, " 뒷부분"]],
  titles: [
    ["a", "채널 연결"],
    ["b", '"배포" 전에'],
  ],
  initials: ["ㅊㄴㅇㄱ", ""],
  vocabulary: [
    ["연결", 12],
    ["채널", 3],
  ],
  words: [
    ["연결", 12],
    ["getuserlist", 1],
  ],
  pairs: { declared: [["상태", "state"]], related: [["지우", ["삭제", "제거"]]] },
};

const KINDS = Object.keys(SAMPLES) as FileKind[];

describe("every kind of search file reads back as it was written", () => {
  test.each(KINDS)("%s", (kind) => {
    expect(decodeFile(kind, encodeFile(kind, SAMPLES[kind]))).toEqual(SAMPLES[kind]);
  });

  test("postings, positions and dates are written as gaps between ascending ids, and read back", () => {
    const terms = joinTermShard([encodeTermEntry(["연결", { "0": { "48213": 7, "48200": 3, "50000": 9 } }])]);
    expect(terms).toBe('{"entries":[["연결",{"0":[48200,3,13,7,1787,9]}]]}');
    const positions = joinPositionShard([encodeTokenPositions("연결", { "1": { "120": [4, 30], "7": [0] } })]);
    expect(positions).toBe('{"연결":{"1":[7,1,0,113,2,4,30]}}');
    expect(pairPositions(decodeFile("positions", positions)["연결"]!)).toEqual({ "1": { "7": [0], "120": [4, 30] } });
    const stats = encodeFile("stats", { day: [20_500, 20_498, 20_498], trouble: [0, 2] });
    expect(stats).toBe('{"day":[20500,-2,0],"trouble":[0,2]}');
    expect(decodeFile("stats", stats)).toEqual({ day: [20_500, 20_498, 20_498], trouble: [0, 2] });
  });

  test("term and position shards joined from their items' texts are the shards encoded whole", () => {
    const terms = joinTermShard([encodeTermEntry(["연결", { "0": { "0": 1 }, "1": { "0": 2, "1": 1 } }])]);
    expect(terms).toBe(encodeFile("terms", SAMPLES.terms));
    const positions = joinPositionShard([
      encodeTokenPositions("연결", { "1": { "0": [3, 10], "1": [0] } }),
      encodeTokenPositions("채널", { "0": { "2": [0] } }),
    ]);
    expect(positions).toBe(encodeFile("positions", SAMPLES.positions));
  });
});

describe("a file that is not what its name says is refused, naming it", () => {
  test.each([
    ["docs", "<html>Bad gateway</html>", "not JSON"],
    ["docs", '{"entries":[]}', "not a valid docs file"],
    ["positions", "[]", "not a valid positions file"],
    ["terms", "[]", "not a valid terms file"],
    ["terms", '{"entries":[["연결",{"0":{"3":1}}]]}', "not a valid terms file"],
    ["positions", '{"연결":{"0":{"3":[1]}}}', "not a valid positions file"],
    ["stats", '{"day":[1],"trouble":["1"]}', "not a valid stats file"],
    ["words", '[["연결","12"]]', "not a valid words file"],
    ["initials", "[1]", "not a valid initials file"],
  ] as const)("%s file holding %s", (kind, text, says) => {
    expect(() => decodeFile(kind, text, `${kind}-0.abc.json`)).toThrow(SearchFileError);
    expect(() => decodeFile(kind, text, `${kind}-0.abc.json`)).toThrow(`${kind}-0.abc.json`);
    expect(() => decodeFile(kind, text, `${kind}-0.abc.json`)).toThrow(says);
  });
});

const files = buildSearchFiles(
  buildSearchData(
    [
      {
        slug: "bot",
        title: "채널 연결",
        categoryPath: "a",
        updated: "2025-01-01",
        keywords: [],
        text: "봇을 채널에 연결합니다.",
      },
    ],
    [{ path: "a", labels: ["A"] }],
  ),
);

describe("the meta file", () => {
  test("reads back as it was written", () => {
    const meta = decodeMeta(files.meta.body);
    expect(decodeMeta(encodeMeta(meta))).toEqual(meta);
    expect(meta.version).toBe(SEARCH_FILES_VERSION);
  });

  test("names each doc block's first article, written as the blocks' sizes", () => {
    const meta = decodeMeta(files.meta.body);
    const starts = meta.files.docBlockStarts;
    expect(starts[0]).toBe(0);
    const written = JSON.parse(files.meta.body) as { files: { docBlockSizes: number[] } };
    expect(written.files.docBlockSizes).toHaveLength(starts.length);
    // Every article is in the block whose range holds it: sizes add up to the article count.
    expect(written.files.docBlockSizes.reduce((a, b) => a + b, 0)).toBe(meta.documentCount);
    written.files.docBlockSizes.forEach((size, i) => expect(starts[i]! + size).toBe(starts[i + 1] ?? meta.documentCount));
  });

  test("of another version of the format is refused with what to do", () => {
    const old = { ...(JSON.parse(files.meta.body) as SearchMeta), version: SEARCH_FILES_VERSION - 1 };
    expect(() => decodeMeta(JSON.stringify(old))).toThrow(/version .*reload the page/);
  });

  test("missing the names of the other files is refused", () => {
    const withoutFiles = { ...(JSON.parse(files.meta.body) as SearchMeta), files: undefined };
    expect(() => decodeMeta(JSON.stringify(withoutFiles), "meta.123.json")).toThrow("meta.123.json is not a valid meta file");
  });
});

test("a search whose term shard is not one fails, naming the file", async () => {
  const [shard, ...rest] = files.others;
  const broken = new MemorySource({ meta: files.meta, others: [...files.upFront, { name: shard!.name, body: "{}" }, ...rest] });
  const engine = new SearchEngine(broken);
  await expect(engine.search("연결")).rejects.toThrow(`${shard!.name} is not a valid terms file`);
  expect(shard!.name).toMatch(/^terms-0\./);
});

describe("article dates as day numbers", () => {
  test("read back as the date written, every day from 1900 to 2199 (Date is the oracle)", () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const written = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(isoDate(day)).toBe(written);
      expect(dayNumber(written)).toBe(day);
    }
  });
});
