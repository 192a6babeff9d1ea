// A box's first key (a consonant as the IME starts a syllable, a letter, a digit) is answered from
// answers the build stored, while the engine is still starting; those answers must be the ones the
// engine itself gives, and every other call must still reach the engine.
import { describe, expect, test } from "vitest";
import { buildSearchFiles } from "../../src/node/search/search-files";
import { firstKeysFile } from "../../src/node/search/first-keys-file";
import { SearchEngine, type InstantOutcome } from "../../src/search/engine";
import { decodeFirstKeys, SearchFileError } from "../../src/search/format/codec";
import { FIRST_KEYS, storedAnswer } from "../../src/search/first-keys";
import { answeringFirstKeys, type BoxEngine } from "../../src/client/first-keys-front";
import { MemorySource } from "../../bench/memory-source";
import { brotliBytes } from "../../src/node/search/file-size";
import { dataFor } from "./helpers";

const DATA = dataFor([
  { title: "챗봇 만들기", body: "챗봇을 처음 만드는 순서입니다.", category: 2 },
  { title: "채널 연결하기", body: "카카오톡 채널을 챗봇에 연결합니다.", category: 2, updated: "2025-03-02" },
  { title: "청구서 확인", body: "이번 달 청구 금액을 확인합니다.", category: 5 },
  { title: "Webhook 설정", body: "webhook URL을 등록하면 이벤트를 받습니다. 최대 3개.", category: 5 },
  { title: "API 키 발급", body: "관리자센터에서 API key를 발급합니다. 2단계 인증이 필요합니다.", category: 1 },
  ...Array.from({ length: 12 }, (_, i) => ({
    title: `출금 안내 ${i + 1}`,
    body: `출금 신청은 영업일 기준 ${i + 1}일 걸립니다. 출금 계좌를 확인하세요.`,
    category: 5,
  })),
]);

const files = buildSearchFiles(DATA);
const engine = () => new SearchEngine(new MemorySource(files));

describe("the first keys' answers the build stores", () => {
  test("are, for every first key, the rows, count and reading the engine gives", async () => {
    const table = decodeFirstKeys((await firstKeysFile(files)).body);
    expect([...table.keys()]).toEqual(FIRST_KEYS);
    const fresh = engine();
    for (const key of FIRST_KEYS) {
      const outcome = await fresh.instant(key);
      const heads = await fresh.heads(outcome.hits.map((hit) => hit.id));
      expect(table.get(key), key).toEqual({ outcome, heads });
    }
    // Not vacuous: keys with rows, among them more than one row.
    expect(table.get("ㅊ")!.outcome.hits.length).toBeGreaterThan(1);
    expect(table.get("ㅊ")!.heads.map((head) => head.title)).toContain("챗봇 만들기");
    expect(table.get("w")!.heads.map((head) => head.title)).toContain("Webhook 설정");
    expect(table.get("ㅊ")!.outcome.total).toBeGreaterThan(8);
  });

  test("stay within the file budget: the last keys are left out rather than the file grown", async () => {
    const full = await firstKeysFile(files);
    const budget = Math.floor(brotliBytes(full.body) * 0.6);
    const cut = decodeFirstKeys((await firstKeysFile(files, budget)).body);
    expect(brotliBytes((await firstKeysFile(files, budget)).body)).toBeLessThanOrEqual(budget);
    expect(cut.size).toBeGreaterThan(0);
    expect(cut.size).toBeLessThan(FIRST_KEYS.length);
    expect([...cut.keys()]).toEqual(FIRST_KEYS.slice(0, cut.size));
  });

  test("answer only a box of all categories, with at most the rows stored, for exactly the stored text", async () => {
    const table = decodeFirstKeys((await firstKeysFile(files)).body);
    expect(storedAnswer(table, "ㅊ")).toBe(table.get("ㅊ"));
    expect(storedAnswer(table, "ㅊ", { category: "" })).toBe(table.get("ㅊ"));
    expect(storedAnswer(table, "ㅊ", { category: "bill" })).toBeUndefined();
    expect(storedAnswer(table, "ㅊ", { limit: 20 })).toBeUndefined();
    expect(storedAnswer(table, "챗")).toBeUndefined();
    expect(storedAnswer(table, "W")).toBeUndefined();
    const six = storedAnswer(table, "ㅊ", { limit: 6 })!;
    expect(six.outcome.hits).toEqual(table.get("ㅊ")!.outcome.hits.slice(0, 6));
    expect(six.heads).toEqual(table.get("ㅊ")!.heads.slice(0, 6));
    expect(six.outcome.total).toBe(table.get("ㅊ")!.outcome.total);
  });

  test("a file of another version, or not one at all, is refused naming it", () => {
    expect(() => decodeFirstKeys('{"version":1,"categories":[],"answers":[]}', "first-keys.x.json")).toThrow(
      /first-keys\.x\.json.*version/,
    );
    expect(() => decodeFirstKeys("<html>", "first-keys.y.json")).toThrow(SearchFileError);
    expect(() => decodeFirstKeys("<html>", "first-keys.y.json")).toThrow(/first-keys\.y\.json/);
  });
});

/** An engine that never opens, counting the calls that reached it. */
function neverOpening() {
  const calls: string[] = [];
  let opens = 0;
  const open = (): Promise<BoxEngine> => {
    opens++;
    return new Promise<BoxEngine>(() => {
      /* the worker is still starting */
    }).then((opened) => {
      calls.push("reached");
      return opened;
    });
  };
  return { open, opens: () => opens, calls };
}

const settled = <T>(promise: Promise<T>) =>
  Promise.race([
    promise.then((value) => ({ value })),
    new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 20)),
  ]);

describe("a box's engine with the stored answers", () => {
  test("answers a first key and its rows' titles while the engine has not opened, and starts opening it", async () => {
    const table = decodeFirstKeys((await firstKeysFile(files)).body);
    const real = neverOpening();
    const box = await answeringFirstKeys(real.open, Promise.resolve(table))();
    expect(real.opens()).toBeGreaterThan(0);
    const outcome: InstantOutcome = await box.instant("ㅊ", { category: "" });
    expect(outcome).toBe(table.get("ㅊ")!.outcome);
    expect(await box.heads(outcome.hits.map((hit) => hit.id))).toEqual(table.get("ㅊ")!.heads);
  });

  test("still has the engine search the first key, so the next key finds it started", async () => {
    const table = decodeFirstKeys((await firstKeysFile(files)).body);
    const real = engine();
    const searched: string[] = [];
    const recording: BoxEngine = {
      instant: (q, request) => {
        searched.push(q);
        return real.instant(q, request);
      },
      heads: (ids) => real.heads(ids),
      prepare: () => real.prepare(),
    };
    const box = await answeringFirstKeys(() => Promise.resolve(recording), Promise.resolve(table))();
    expect(await box.instant("ㅊ")).toBe(table.get("ㅊ")!.outcome);
    await expect.poll(() => searched).toEqual(["ㅊ"]);
  });

  test("waits for the engine for any other text, a category box, titles it was not given, and preparing", async () => {
    const table = decodeFirstKeys((await firstKeysFile(files)).body);
    const real = neverOpening();
    const box = await answeringFirstKeys(real.open, Promise.resolve(table))();
    expect(await settled(box.instant("챗"))).toBe("pending");
    expect(await settled(box.instant("ㅊ", { category: "bill" }))).toBe("pending");
    expect(await settled(box.heads([0, 1]))).toBe("pending");
    expect(await settled(box.prepare())).toBe("pending");
  });

  test("without stored answers (none built, or unreadable) the engine answers the first key too", async () => {
    const real = engine();
    const box = await answeringFirstKeys(() => Promise.resolve(real), Promise.resolve(null))();
    const outcome = await box.instant("ㅊ");
    expect(outcome).toEqual(await engine().instant("ㅊ"));
    expect(await box.heads(outcome.hits.map((hit) => hit.id))).toEqual(await real.heads(outcome.hits.map((hit) => hit.id)));
  });
});
