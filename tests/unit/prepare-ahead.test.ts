/**
 * `prepare()` runs between keystrokes (search-box-controller.ts calls it after the first answer):
 * the tables that rereading a word needs are built then, not on the keystroke that first needs them.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import { engineFor } from "./helpers";

const soundKeys = vi.hoisted(() => ({ latin: 0 }));
vi.mock("../../src/search/transliterate", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/search/transliterate")>();
  return {
    ...actual,
    // Called for each Latin word of the vocabulary as the loanword table is built, and never when it is read.
    latinSoundKey: (word: string) => {
      soundKeys.latin++;
      return actual.latinSoundKey(word);
    },
  };
});

describe("prepare() ahead of the keystroke that needs it", () => {
  const docs = [
    { title: "Docker 이미지 만들기", body: "Dockerfile로 이미지를 빌드합니다. docker build 명령을 씁니다." },
    { title: "Webhook 설정", body: "webhook 주소를 등록합니다." },
    { title: "회의실 예약", body: "예약 목록에서 회의실을 고릅니다." },
  ];
  beforeEach(() => {
    soundKeys.latin = 0;
  });

  test("builds the loanword table: a compound read across scripts (`웹훅설정`) then computes no sound key of the vocabulary", async () => {
    const engine = engineFor(docs);
    await engine.instant("ㄷ");
    await engine.prepare();
    expect(soundKeys.latin).toBeGreaterThan(0);
    soundKeys.latin = 0;
    const { hits } = await engine.instant("웹훅설정");
    expect(hits).toHaveLength(1);
    expect(soundKeys.latin).toBe(0);
  });

  test("without it, the same keystroke builds the table itself, with the same answer", async () => {
    const engine = engineFor(docs);
    const { hits } = await engine.instant("웹훅설정");
    expect(hits).toHaveLength(1);
    expect(soundKeys.latin).toBeGreaterThan(0);
  });

  test("a search that arrives while prepare() runs is answered, and prepare() still completes", async () => {
    const engine = engineFor(docs);
    const preparing = engine.prepare();
    const { hits } = await engine.instant("회의실");
    expect(hits).toHaveLength(1);
    await expect(preparing).resolves.toBeUndefined();
  });
});
