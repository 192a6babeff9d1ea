// The matching contract in README.md, one describe block per line.
import { describe, expect, test } from "vitest";
import { engineFor, titlesFound, titlesInOrder } from "./helpers";

describe("compared after Unicode NFC and case folding", () => {
  const engine = engineFor([
    { title: "API 키 관리", body: "REST API 호출" },
    { title: "NFD 제목", body: "챗봇 연결".normalize("NFD") },
  ]);
  test("NFD text is found by an NFC query and vice versa", async () => {
    expect(await titlesFound(engine, "챗봇")).toEqual(["NFD 제목"]);
    expect(await titlesFound(engine, "챗봇".normalize("NFD"))).toEqual(["NFD 제목"]);
  });
  test("case does not matter", async () => {
    expect(await titlesFound(engine, "api")).toEqual(["API 키 관리"]);
    expect(await titlesFound(engine, "Rest")).toEqual(["API 키 관리"]);
  });
});

describe("terms are split on white space and all must occur (AND)", () => {
  const engine = engineFor([
    { title: "채널 연결 방법", body: "설정에서 연결합니다." },
    { title: "채널 삭제", body: "채널을 지웁니다." },
    { title: "봇 연결", body: "봇을 연결합니다." },
  ]);
  test("every term must occur", async () => {
    expect(await titlesFound(engine, "채널 삭제")).toEqual(["채널 삭제"]);
    expect(await titlesFound(engine, "연결 봇")).toEqual(["봇 연결"]);
    expect((await engine.search("채널 삭제")).mode).toBe("exact");
  });
  test("when no article has every term, the list is relaxed and says so", async () => {
    const outcome = await engine.search("채널 없는단어", { correct: false });
    expect(outcome.mode).toBe("relaxed");
    expect(outcome.fullMatches).toBe(0);
  });
  test("title, body and keywords all count", async () => {
    const withKeywords = engineFor([{ title: "환불", body: "선불 캐시 환불", keywords: ["돈 돌려받기"] }]);
    expect(await titlesFound(withKeywords, "돌려받기 환불")).toEqual(["환불"]);
  });
  test("a term made only of punctuation is ignored", async () => {
    expect(await titlesFound(engine, "채널 ?")).toEqual(await titlesFound(engine, "채널"));
  });
});

describe("a term matches anywhere inside a word, at the syllable level", () => {
  const engine = engineFor([
    { title: "도와주는 기능", body: "챗봇이 도와주는 일" },
    { title: "확인 요청", body: "확인해주세요." },
    { title: "주문 내역", body: "주문을 확인합니다." },
    { title: "세금계산서 안내", body: "전자세금계산서를 발행합니다." },
    { title: "영수증", body: "카드 영수증" },
    { title: "API 안내", body: "Open API 사용" },
  ]);
  test("one syllable matches inside words", async () => {
    expect(await titlesFound(engine, "주")).toEqual(["도와주는 기능", "주문 내역", "확인 요청"]);
  });
  test("a noun matches at the end of a compound", async () => {
    expect(await titlesFound(engine, "계산서")).toEqual(["세금계산서 안내"]);
  });
  test("Latin text matches regardless of case", async () => {
    expect(await titlesFound(engine, "api")).toEqual(["API 안내"]);
    expect(await titlesFound(engine, "pi")).toEqual(["API 안내"]);
  });
});

describe("spacing does not matter inside a term", () => {
  const engine = engineFor([
    { title: "채널 연결이 안 돼요", body: "연결 설정" },
    { title: "채널연결 해제", body: "해제 방법" },
    { title: "채널 목록", body: "목록 연결" },
    { title: "ON OFF 설정", body: "알림을 ON 또는 OFF" },
  ]);
  test("`채널연결` matches both `채널 연결` and `채널연결`", async () => {
    expect(await titlesFound(engine, "채널연결")).toEqual(["채널 연결이 안 돼요", "채널연결 해제"]);
  });
  test("a space between two Latin words still separates them", async () => {
    expect(await titlesFound(engine, "no")).toEqual([]);
    expect(await titlesFound(engine, "onoff")).toEqual([]);
    expect(await titlesFound(engine, "on")).toEqual(["ON OFF 설정"]);
  });
});

describe("a term of initial consonants matches titles' initials", () => {
  const engine = engineFor([
    { title: "챗봇 만들기", body: "처음 만드는 봇" },
    { title: "채널연결이 안 돼요", body: "채널 설정" },
    { title: "차별화된 봇", body: "ㅊㅂ 라는 글자가 본문에 있어요" },
  ]);
  test("`ㅊㅂ` finds titles with 챗봇 and 차별 but not body text", async () => {
    expect(await titlesFound(engine, "ㅊㅂ")).toEqual(["차별화된 봇", "챗봇 만들기"]);
  });
  test("`ㅊㄴㅇㄱ` finds 채널연결, spacing ignored", async () => {
    expect(await titlesFound(engine, "ㅊㄴㅇㄱ")).toEqual(["채널연결이 안 돼요"]);
  });
  test("combined with an ordinary term", async () => {
    expect(await titlesFound(engine, "ㅊㅂ 처음")).toEqual(["챗봇 만들기"]);
  });
});

describe("the count is exact; spelling help never adds silent matches", () => {
  const engine = engineFor([
    { title: "챗봇 만들기", body: "챗봇을 처음 만들 때" },
    { title: "정산 일정", body: "매월 정산합니다." },
    { title: "연결 가이드", body: "연결하기 전에 확인하세요." },
    { title: "따로 쓰는 말", body: "연결 그리고 하기" },
  ]);
  test("syllable pairs are verified: `연결하기` does not match text with `연결` and `하기` apart", async () => {
    expect(await titlesFound(engine, "연결하기")).toEqual(["연결 가이드"]);
  });
  test("searched exactly as typed, a misspelling finds nothing, and a suggestion is offered", async () => {
    expect((await engine.search("쳇봇", { correct: false })).hits).toHaveLength(0);
    expect(await engine.suggest("쳇봇")).toBe("챗봇");
    expect(await engine.suggest("졍산")).toBe("정산");
  });
  test("otherwise the correction is searched at once and named", async () => {
    const outcome = await engine.search("쳇봇");
    expect(outcome.corrected).toBe("챗봇");
    expect(await titlesFound(engine, "쳇봇")).toEqual(["챗봇 만들기"]);
  });
  test("the suggestion keeps terms that already match", async () => {
    expect(await engine.suggest("쳇봇 처음")).toBe("챗봇 처음");
  });
  test("no suggestion when the query finds something or nothing is close", async () => {
    expect(await engine.suggest("챗봇")).toBeNull();
    expect(await engine.suggest("블록체인")).toBeNull();
  });
});

describe("ranking for 정확도순", () => {
  const engine = engineFor([
    { title: "결제 수단", body: "카드와 계좌", updated: "2024-01-01" },
    { title: "요금 안내", body: "결제는 매월 자동결제로 진행됩니다. 결제 결제", updated: "2026-01-01" },
    { title: "카드 변경", body: "결제 카드를 바꾸려면", updated: "2025-06-01" },
    { title: "채널 연결 안내", body: "설명", updated: "2024-01-01" },
    { title: "채널 목록과 연결", body: "설명", updated: "2026-01-01" },
  ]);
  test("title matches come before body-only matches", async () => {
    expect((await titlesInOrder(engine, "결제"))[0]).toBe("결제 수단");
  });
  test("adjacent terms come before scattered ones", async () => {
    expect(await titlesInOrder(engine, "채널 연결")).toEqual(["채널 연결 안내", "채널 목록과 연결"]);
  });
  test("ties go to the newest article", async () => {
    const tied = engineFor([
      { title: "같은 제목", updated: "2024-05-01", body: "본문" },
      { title: "같은 제목", updated: "2026-05-01", body: "본문" },
    ]);
    expect((await tied.search("같은")).hits.map((h) => h.updated)).toEqual(["2026-05-01", "2024-05-01"]);
  });
  test("최신순 sorts by updated date, newest first", async () => {
    const hits = (await engine.search("결제", { sort: "latest" })).hits.map((h) => h.updated);
    expect(hits).toEqual(["2026-01-01", "2025-06-01", "2024-01-01"]);
  });
});

describe("category filter and counts", () => {
  const engine = engineFor([
    { title: "정산 일정", category: 5 },
    { title: "정산 내역", category: 5 },
    { title: "정산하는 봇", category: 2 },
  ]);
  test("counts every level of each match's breadcrumb", async () => {
    const { categoryCounts, totalAll } = await engine.search("정산");
    expect(totalAll).toBe(3);
    expect(categoryCounts.get("bill")).toBe(2);
    expect(categoryCounts.get("bill/money/settle")).toBe(2);
    expect(categoryCounts.get("bot/start")).toBe(1);
  });
  test("a category restricts results to its subtree", async () => {
    expect((await engine.search("정산", { category: "bill" })).hits).toHaveLength(2);
    expect((await engine.search("정산", { category: "bot/start/prep" })).hits).toHaveLength(1);
    expect((await engine.search("정산", { category: "bil" })).hits).toHaveLength(0);
  });
});
