import { expect, test } from "vitest";
import { htmlToText } from "../../src/node/content/html-to-text";

test("rendered Markdown becomes plain text without syntax", () => {
  const html = `<h2>설정 방법</h2><ol><li><strong>[설정 &gt; 채널]</strong>로 이동</li><li>저장</li></ol><table><tr><td>30KB</td><td>최대</td></tr></table><pre><code class="language-json">{"a": 1}</code></pre><p>자세한 내용은 <a href="../x/">다른 도움말</a>을 참고해 주세요.</p>`;
  expect(htmlToText(html)).toBe(
    `설정 방법 [설정 > 채널]로 이동 저장 30KB 최대 {"a": 1} 자세한 내용은 다른 도움말을 참고해 주세요.`,
  );
});
