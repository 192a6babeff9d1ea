/**
 * Related words: an everyday word in a question (`지우려면`) also matches the formal word the
 * articles use (`삭제`), from a general table of Korean kept, at build time, to the words the
 * articles use. Examples are this test's own.
 */
import { describe, expect, test } from "vitest";
import { relatedWordsIn } from "../../src/node/search/related-in-articles";
import { RELATED_WORDS } from "../../src/node/search/related-words";
import { RelatedTable } from "../../src/search/related";
import { engineFor, titlesFound, titlesInOrder } from "./helpers";

/** The articles' words, each written once. */
const written = (...words: string[]) => new Map(words.map((word) => [word, 1]));

describe("the table kept for one help center", () => {
  const table = [
    ["지우다", ["삭제", "제거"]],
    ["춥다", ["한파"]],
    ["돈", ["금액"]],
    ["밤", ["야간"]],
  ] as const;

  test("keeps the article words the articles use (as a word or a word's start), verbs keyed by stem", () => {
    expect(relatedWordsIn(written("삭제를", "금액", "한파가"), table)).toEqual([
      ["지우", ["삭제"]],
      ["춥", ["한파"]],
      ["돈", ["금액"]],
    ]);
  });

  test("drops an entry none of whose article words occur", () => {
    expect(relatedWordsIn(written("주간", "야"), table)).toEqual([]);
  });

  test("a Latin article word also stands for the Hangul spelling the articles write", () => {
    expect(relatedWordsIn(written("프로퍼티를", "컴포넌트"), [["속성", ["property"]]])).toEqual([["속성", ["프로퍼티"]]]);
  });
});

describe("a typed word's entry", () => {
  const related = new RelatedTable([
    ["바꾸", ["변경"]],
    ["춥", ["한파"]],
    ["돈", ["금액"]],
  ]);

  test.each([
    ["the word itself", "돈", ["금액"]],
    ["a noun with a particle", "돈을", ["금액"]],
    ["a verb with an auxiliary", "바꿔주세요", ["변경"]],
    ["an ㅂ-irregular verb", "추워요", ["한파"]],
    ["no entry", "바다", []],
  ])("%s: %s", (_, word, expected) => {
    expect(related.of(word)).toEqual(expected);
  });
});

describe("the general table", () => {
  test("has one entry per word, none leading to itself, no spaces", () => {
    const keys = RELATED_WORDS.map(([word]) => word);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [word, articleWords] of RELATED_WORDS) {
      expect(word).not.toMatch(/\s/u);
      expect(articleWords.length).toBeGreaterThan(0);
      for (const other of articleWords) {
        expect(other).not.toMatch(/\s/u);
        expect(other).not.toBe(word);
      }
    }
  });
});

describe("questions in everyday words", () => {
  const engine = engineFor([
    { title: "계정 삭제", body: "설정에서 계정을 삭제하면 기록도 함께 사라집니다." },
    { title: "계정 만들기", body: "이메일 주소로 계정을 만듭니다." },
    { title: "카드 분실 신고", body: "분실한 카드는 바로 정지합니다." },
    { title: "카드 발급", body: "카드를 새로 발급합니다. 카드 디자인과 카드 이름을 고릅니다." },
  ]);

  test("a verb the articles do not use finds the article with their word for it", async () => {
    expect(await titlesFound(engine, "계정 지우고 싶어요")).toEqual(["계정 삭제"]);
  });

  test("an everyday verb puts the article with the formal noun first", async () => {
    expect((await titlesInOrder(engine, "카드 잃어버렸어요"))[0]).toBe("카드 분실 신고");
  });

  test("a keyword the articles write is searched exactly as typed: the contract stands", async () => {
    expect(await titlesFound(engine, "분실")).toEqual(["카드 분실 신고"]);
    expect(await titlesFound(engine, "계정 삭제")).toEqual(["계정 삭제"]);
  });
});
