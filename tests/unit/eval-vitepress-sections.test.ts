import { expect, test } from "vitest";
import { articleHtml, splitIntoSections, textOf } from "../../bench/eval/vitepress";

test("text of HTML: blocks are separated, inline tags are not, entities decoded", () => {
  expect(textOf("<p>발신 <strong>프로필</strong>이 있나요?</p><ul><li>하나</li><li>둘 &amp; 셋</li></ul>")).toBe(
    "발신 프로필이 있나요? 하나 둘 & 셋",
  );
});

test("the article without its breadcrumb and date line", () => {
  const page = `<main><article class="x"><nav aria-label="경로"><ol><li><a href="/c/">[분류]</a></li></ol></nav><h1>제목</h1><p class="d">최종 업데이트 <time datetime="2025-01-01">2025.01.01</time></p><div><p>본문</p></div></article><section><h2>관련 글</h2></section></main>`;
  const html = articleHtml(page);
  expect(html).not.toContain("분류");
  expect(html).not.toContain("2025");
  expect(html).not.toContain("관련 글");
  expect(textOf(html)).toBe("제목 본문");
});

test("sections at headings, with parent titles, as VitePress splits a page", () => {
  const html = `<p>앞글</p><h1>한도 안내</h1><p>소개</p><h2 id="넘으면">한도를 넘으면</h2><p>오류</p><h3 id="e301">E301</h3><p>코드</p><h2 id="빈">빈 절</h2><h2 id="신청">상향 신청</h2><ol><li>누릅니다</li></ol>`;
  expect(splitIntoSections(html)).toEqual([
    { anchor: "", titles: ["한도 안내"], text: "소개" },
    { anchor: "넘으면", titles: ["한도 안내", "한도를 넘으면"], text: "오류" },
    { anchor: "e301", titles: ["한도 안내", "한도를 넘으면", "E301"], text: "코드" },
    // "빈 절" has nothing after it: dropped, like VitePress.
    { anchor: "신청", titles: ["한도 안내", "상향 신청"], text: "누릅니다" },
  ]);
});
