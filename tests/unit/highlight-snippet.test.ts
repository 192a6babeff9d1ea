import { describe, expect, test } from "vitest";
import { findRanges, highlight } from "../../src/search/highlight";
import { MAX_MARKS, makeSnippet, SNIPPET_LENGTH } from "../../src/search/snippet";
import { parseQuery } from "../../src/search/query";

const terms = (q: string) => parseQuery(q).terms;
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("highlight", () => {
  test("every occurrence of every term is marked", () => {
    expect(marked(highlight("주문을 확인해 주세요. 주소", terms("주")))).toEqual(["주", "주", "주"]);
    expect(marked(highlight("챗봇 채널과 챗봇", terms("채널 챗봇")))).toEqual(["챗봇", "채널", "챗봇"]);
  });
  test("a spacing-insensitive match marks the text with its space", () => {
    expect(marked(highlight("카카오 채널 연결 방법", terms("채널연결")))).toEqual(["채널 연결"]);
  });
  test("case-insensitive marks keep the original case", () => {
    expect(marked(highlight("REST Api 호출", terms("api")))).toEqual(["Api"]);
  });
  test("ranges stay right after characters whose lower case is longer", () => {
    const text = "İİ 챗봇";
    const [range] = findRanges(text, terms("챗봇"));
    expect(text.slice(range![0], range![1])).toBe("챗봇");
  });
  test("overlapping matches merge into one mark", () => {
    expect(marked(highlight("채널연결", terms("채널 널연")))).toEqual(["채널연"]);
  });
  test("choseong marks the syllables in titles only when asked", () => {
    expect(marked(highlight("챗봇 만들기", terms("ㅊㅂ"), true))).toEqual(["챗봇"]);
    expect(marked(highlight("챗봇 만들기", terms("ㅊㅂ")))).toEqual([]);
  });
  test("text with HTML stays text", () => {
    const parts = highlight("<b>굵게</b> 챗봇", terms("챗봇"));
    expect(joined(parts)).toBe("<b>굵게</b> 챗봇");
  });
});

describe("snippet", () => {
  const long = `${"앞부분 설명입니다. ".repeat(20)}여기서 정산 일정을 확인해 주세요. ${"뒷부분 안내입니다. ".repeat(20)}`;
  const words = (n: number, word = "가나다라") => `${word} `.repeat(n).trim();

  test("a short body is shown whole", () => {
    const parts = makeSnippet("짧은 본문에 정산이 있어요.", terms("정산"));
    expect(joined(parts)).toBe("짧은 본문에 정산이 있어요.");
    expect(marked(parts)).toEqual(["정산"]);
  });
  test("a long body starts at the match's sentence and ends at a sentence's end, with no ellipsis after it", () => {
    const parts = makeSnippet(long, terms("정산"));
    const text = joined(parts);
    expect(text.startsWith("여기서 정산 일정을 확인해 주세요.")).toBe(true);
    expect(text).toMatch(/\.$/);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(marked(parts)).toEqual(["정산"]);
  });
  test("text without sentences is cut at spaces, with ellipses where words were left out", () => {
    const body = `${words(40)} 정산 ${words(40)}`;
    const text = joined(makeSnippet(body, terms("정산")));
    expect(text).toMatch(/^…가나다라 .*정산.* 가나다라…$/);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });
  test("a number, a code word or a URL is never cut", () => {
    const url = "https://help.example.com/articles/very-long-path/";
    const body = `정산 ${words(27)} 02-1234-5678 ${url} ${words(30)}`;
    const text = joined(makeSnippet(body, terms("정산")));
    const cut = text.replace(/…$/, "").split(" ").at(-1)!;
    expect(["가나다라", "02-1234-5678", url]).toContain(cut);
  });
  test("the window with the most different words wins over the first match", () => {
    const body = `${"정산 ".repeat(1)}${"앞부분 설명입니다. ".repeat(20)}환불 정산은 영업일 기준 3일 안에 끝납니다. ${"뒷부분 안내입니다. ".repeat(20)}`;
    const parts = makeSnippet(body, terms("환불 정산"));
    expect(joined(parts).startsWith("환불 정산은")).toBe(true);
    expect(marked(parts)).toEqual(["환불", "정산"]);
  });
  test("a few marks at most: the first of each word, then the next in order", () => {
    const parts = makeSnippet("채널 연결 채널 연결 채널 연결 채널 연결 채널.", terms("채널 연결"));
    expect(marked(parts)).toHaveLength(MAX_MARKS);
    expect(marked(parts).slice(0, 2)).toEqual(["채널", "연결"]);
  });
  test("a table cell or list item starts the excerpt like a sentence (html-to-text.ts's separators)", () => {
    const body = `${"앞부분 설명입니다. ".repeat(20)}항목 · 규격 / 형식 · JPG, PNG / 최대 용량 · 장당 20MB / ${"뒷부분 안내입니다. ".repeat(20)}`;
    const text = joined(makeSnippet(body, terms("용량")));
    expect(text).toMatch(/^(항목|형식|최대 용량) /);
    expect(text).not.toMatch(/[·/]…?$/);
  });
  test("without a body match the snippet is the beginning", () => {
    const text = joined(makeSnippet(long, terms("없는말")));
    expect(text.startsWith("앞부분")).toBe(true);
  });
  test("a match near the end shows a full window ending at the text's end", () => {
    const body = `${"가나다라 ".repeat(60)}마지막 정산`;
    const text = joined(makeSnippet(body, terms("정산")));
    expect(text.endsWith("마지막 정산")).toBe(true);
    expect(text.length).toBeGreaterThan(SNIPPET_LENGTH - 15);
  });
  test("never splits a surrogate pair", () => {
    const body = "😀".repeat(200) + " 정산";
    const text = joined(makeSnippet(body, terms("정산")));
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
