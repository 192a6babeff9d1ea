import { describe, expect, test } from "vitest";
import { compact, compactWithOffsets, foldChar } from "../../src/search/normalize";
import { choseongOf, isChoseongTerm, toJamo } from "../../src/search/hangul";
import { MAX_TERMS, parseQuery } from "../../src/search/query";
import { cleanQuery, MAX_QUERY_LENGTH } from "../../src/search/clean";
import { indexTokens } from "../../src/search/tokens";

describe("compact", () => {
  test.each([
    ["채널 연결", "채널연결"],
    ["API 연동", "api연동"],
    ["ON  OFF", "on off"],
    ["30 KB", "30 kb"],
    ["[설정 > 챗봇 관리]", "[설정>챗봇관리]"],
    ["확인해 주세요", "확인해주세요"],
    ["\t챗봇\n", "챗봇"],
  ])("%j → %j", (input, expected) => {
    expect(compact(input)).toBe(expected);
  });

  test("NFD input becomes NFC; NFKC is never applied", () => {
    expect(compact("챗봇".normalize("NFD"))).toBe("챗봇");
    expect(compact("ㅊㅂ")).toBe("ㅊㅂ");
    expect(compact("①")).toBe("①");
  });

  test("case folding never changes length, so offsets stay true", () => {
    expect(foldChar("İ")).toBe("İ");
    const { text, offsets } = compactWithOffsets("İstanbul 챗 봇");
    expect(text).toBe("İstanbul챗봇");
    expect(offsets[text.indexOf("봇")]).toBe("İstanbul 챗 봇".indexOf("봇"));
  });
});

describe("hangul", () => {
  test("initial consonants", () => {
    expect(choseongOf("챗봇 API")).toBe("ㅊㅂ API");
    expect(isChoseongTerm("ㅊㅂ")).toBe(true);
    expect(isChoseongTerm("ㅊ봇")).toBe(false);
    expect(isChoseongTerm("ㅏ")).toBe(false);
  });
  test("jamo", () => {
    expect(toJamo("챗봇")).toBe("ㅊㅐㅅㅂㅗㅅ");
    expect(toJamo("정산a")).toBe("ㅈㅓㅇㅅㅏㄴa");
  });
});

describe("tokens", () => {
  test("pairs inside each word run plus the run's last character", () => {
    expect(indexTokens("채널 연결")).toEqual(["채널", "널연", "연결", "결"]);
    expect(indexTokens("ON OFF")).toEqual(["on", "n", "of", "ff", "f"]);
    expect(indexTokens("봇, 앱")).toEqual(["봇", "앱"]);
  });
});

describe("parseQuery", () => {
  test("splits on white space, dedupes, drops punctuation-only terms", () => {
    expect(parseQuery("  챗봇   채널 챗봇 ? ").terms.map((t) => t.text)).toEqual(["챗봇", "채널"]);
  });
  test("choseong terms are recognised, also from conjoining jamo", () => {
    expect(parseQuery("ㅊㅂ").terms[0]?.choseong).toBe(true);
    expect(parseQuery("\u110e\u1107").terms[0]).toMatchObject({ text: "ㅊㅂ", choseong: true });
  });
  test("long input is cut and the number of terms bounded", () => {
    expect([...cleanQuery("가".repeat(5000))].length).toBe(MAX_QUERY_LENGTH);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `단어${i}`).join(" ")).terms).toHaveLength(MAX_TERMS);
  });
  test("HTML is just text", () => {
    expect(parseQuery("<img src=x onerror=alert(1)>").terms.map((t) => t.text)).toEqual(["img", "src=x", "onerror=alert", "1"]);
  });
});
