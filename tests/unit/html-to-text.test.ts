import { expect, test } from "vitest";
import { htmlToText } from "../../src/node/content/html-to-text";

test("rendered Markdown becomes plain text without syntax; headings and list items stand apart", () => {
  const html = `<h2>설정 방법</h2><ol><li><strong>[설정 &gt; 채널]</strong>로 이동</li><li>저장</li></ol><pre><code class="language-json">{"a": 1}</code></pre><p>자세한 내용은 <a href="../x/">다른 도움말</a>을 참고해 주세요.</p>`;
  expect(htmlToText(html)).toBe(`설정 방법 · [설정 > 채널]로 이동 · 저장 · {"a": 1} 자세한 내용은 다른 도움말을 참고해 주세요.`);
});

test("a table's cells are kept apart, its rows more so (issue 17: no run-on line of cells)", () => {
  const html = `<table><thead><tr><th>항목</th><th>규격</th></tr></thead><tbody><tr><td>형식</td><td>JPG, PNG</td></tr><tr><td>최대 용량</td><td>장당 20MB</td></tr></tbody></table>`;
  expect(htmlToText(html)).toBe("항목 · 규격 / 형식 · JPG, PNG / 최대 용량 · 장당 20MB");
});

test("text cannot forge a separator, and none is left at either end", () => {
  expect(htmlToText("<ul><li>하나&#xE000;둘</li></ul><p>끝</p>")).toBe("하나 둘 · 끝");
  expect(htmlToText("<h2>제목</h2>")).toBe("제목");
});

test("an item that ends its sentence needs no separator after it", () => {
  expect(htmlToText("<ul><li><p>저장합니다.</p></li><li><p>닫기</p></li></ul>")).toBe("저장합니다. 닫기");
});
