// Results while typing: the last syllable is half-typed (`챗보` on the way to `챗봇`, `장박` on the way
// to `장바구니`), while submitted searches keep the exact contract.
import { describe, expect, test } from "vitest";
import { completionPatterns, completions } from "../../src/search/complete";
import { toTerm } from "../../src/search/query";
import { engineFor } from "./helpers";

const term = (text: string) => toTerm(text)!;

/** A fixed list of index pairs with document counts, standing in for the shards. */
const pairs = (list: Record<string, number>) => ({
  pairsStartingWith: (first: string) => Promise.resolve(Object.entries(list).filter(([pair]) => [...pair][0] === first)),
});

describe("completions of a half-typed last syllable", () => {
  const index = pairs({ 챗봇: 9, 챗보: 1, 챗방: 4, 바구: 3, 바로: 7, 바게: 2, 박스: 5, 장박: 1, 닭갈: 1, 달걀: 2 });
  const texts = async (typed: string) => (await completions(term(typed), index)).map((form) => form.text);

  test("a syllable without a final may take one: 챗보 → 챗봇 (not the 챗보 typed, not 챗방)", async () => {
    expect(await texts("챗보")).toEqual(["챗봇"]);
  });
  test("a final may start the next syllable: 장박 → 장바구, 장바게 (and 장바로 is not a ㄱ)", async () => {
    expect(await texts("장박")).toEqual(["장바구", "장바게"]);
  });
  test("a lone consonant after a syllable starts the next one: 장바ㄱ → 장바구, 장바게", async () => {
    expect(await texts("장바ㄱ")).toEqual(["장바구", "장바게"]);
  });
  test("a compound vowel or final takes two keys: 회고 may become 회관 or 회과, 회갑 may become 회값", async () => {
    const index = pairs({ 회관: 6, 회과: 1, 회고: 2, 회갑: 1, 회값: 4, 회계: 3 });
    const on = async (typed: string) => (await completions(term(typed), index)).map((form) => form.text);
    expect(await on("회고")).toEqual(["회관", "회과"]);
    expect(await on("회갑")).toEqual(["회값"]);
  });
  test("a compound final splits: 닭 after 치 keeps ㄹ and moves ㄱ (치닭 → 치달걀 pattern)", () => {
    const [, moved] = completionPatterns(term("치닭"));
    expect(moved?.first).toBe("달");
    expect(moved?.accepts("걀")).toBe(true);
    expect(moved?.accepts("랄")).toBe(false);
  });
  test("one syllable, initials and Latin words have none (a one-syllable query already matches inside words)", () => {
    for (const text of ["챗", "ㅊㅂ", "webhook", "v1.2", "30KB"]) expect(completionPatterns(term(text))).toEqual([]);
  });
  test("the most frequent forms first, at most the limit", async () => {
    const many = pairs(Object.fromEntries([..."곡곤곧골곰곱곳공곶"].map((ch, i) => [`가${ch}`, i + 1])));
    const forms = (await completions(term("가고"), many, 3)).map((form) => form.text);
    expect(forms).toEqual(["가곶", "가공", "가곳"]);
  });
});

describe("engine.instant: the dropdown's articles and the search page's count", () => {
  const engine = engineFor([
    { title: "챗봇 만들기", body: "새 챗봇을 만드는 방법입니다." },
    { title: "챗봇 삭제하기", body: "더 이상 쓰지 않는 챗봇을 지웁니다." },
    { title: "장바구니 알림 보내기", body: "장바구니에 담긴 상품을 알려 줍니다." },
    { title: "보안 설정", body: "관리자 보안을 설정합니다." },
  ]);
  const titles = async (typed: string) => {
    const { hits } = await engine.instant(typed);
    return (await engine.load(hits.map((hit) => hit.id))).map((record) => record.title).sort();
  };

  test("챗보 lists the 챗봇 articles", async () => {
    expect(await titles("챗보")).toEqual(["챗봇 만들기", "챗봇 삭제하기"]);
  });
  test("장박 and 장바ㄱ list 장바구니", async () => {
    expect(await titles("장박")).toEqual(["장바구니 알림 보내기"]);
    expect(await titles("장바ㄱ")).toEqual(["장바구니 알림 보내기"]);
  });
  test("ㅊㅂ lists the titles with those initials", async () => {
    expect(await titles("ㅊㅂ")).toEqual(["챗봇 만들기", "챗봇 삭제하기"]);
  });
  test("only the last word is half-typed: 챗봇 삭 lists 챗봇 삭제하기", async () => {
    expect(await titles("챗봇 삭")).toEqual(["챗봇 삭제하기"]);
  });
  test("the count is the submitted search's, which keeps the exact contract", async () => {
    const typing = await engine.instant("챗봇");
    expect(typing.total).toBe(2);
    const exact = await engine.search("장박", { correct: false });
    expect(exact.hits).toHaveLength(0);
    expect((await engine.instant("장박")).total).toBe((await engine.search("장박")).hits.length);
  });
  test("at most eight articles", async () => {
    const many = engineFor(Array.from({ length: 12 }, (_, i) => ({ title: `챗봇 도움말 ${i}`, body: "챗봇" })));
    const outcome = await many.instant("챗보");
    expect(outcome.hits).toHaveLength(8);
    // The count is the search page's for the whole list (챗보 read there as 챗봇): all twelve.
    expect(outcome.total).toBe(12);
  });
  test("the highlight marks the completed form", async () => {
    const { highlight } = await engine.instant("챗보");
    expect(highlight.map((form) => form.text)).toContain("챗봇");
  });
});
