// What the article page adds to rendered article HTML, and code fence languages as authors write them.
import { describe, expect, test } from "vitest";
import { enhanceArticleHtml } from "../../src/node/article-html";
import { normalizeFenceLanguages } from "../../src/node/content/code-fences";
import { escapeStrayTags } from "../../src/node/content/stray-tags";

const labels = { table: (n: number) => `표 ${n}`, sectionLink: (heading: string) => `'${heading}' 섹션 링크` };

describe("enhanceArticleHtml", () => {
  test("each table sits in its own focusable, labelled scroll region", () => {
    const html = enhanceArticleHtml("<p>a</p><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>", labels);
    expect(html).toBe(
      '<p>a</p><div class="table-scroll" tabindex="0" role="region" aria-label="표 1"><table><tbody><tr><td>1</td></tr></tbody></table></div>' +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="표 2"><table><tbody><tr><td>2</td></tr></tbody></table></div>',
    );
  });
  test("section headings with an id get a link to themselves, named after the heading", () => {
    const html = enhanceArticleHtml('<h2 id="기본-정보">기본 <code>정보</code></h2><h4 id="x">x</h4><h3>no id</h3>', labels);
    expect(html).toContain(
      '<h2 id="기본-정보">기본 <code>정보</code><a class="heading-anchor" href="#기본-정보" aria-label="&#x27;기본 정보&#x27; 섹션 링크">#</a></h2>',
    );
    expect(html).toContain('<h4 id="x">x</h4>');
    expect(html).toContain("<h3>no id</h3>");
  });
  test("images open at full size; the first loads at once, the others stay lazy", () => {
    const html = enhanceArticleHtml(
      '<p><img src="/a.svg" alt="A" loading="lazy"></p><p><img src="/b.png" alt="B" loading="lazy"></p>',
      labels,
    );
    expect(html).toBe(
      '<p><a class="image-link" href="/a.svg"><img src="/a.svg" alt="A" loading="eager" fetchpriority="high"></a></p>' +
        '<p><a class="image-link" href="/b.png"><img src="/b.png" alt="B" loading="lazy"></a></p>',
    );
  });
  test("an image that is already a link keeps its link", () => {
    expect(enhanceArticleHtml('<a href="/x/"><img src="/a.svg" alt="A"></a>', labels)).toBe(
      '<a href="/x/"><img src="/a.svg" alt="A" loading="eager" fetchpriority="high"></a>',
    );
  });
  test("text is kept as text", () => {
    expect(enhanceArticleHtml("<p>&lt;script&gt;x&lt;/script&gt; &amp; 주</p>", labels)).toBe(
      "<p>&#x3C;script>x&#x3C;/script> &#x26; 주</p>",
    );
  });
});

describe("code fence languages", () => {
  test("known languages in any case become Shiki's names; meta after the language stays", () => {
    const { markdown, unknown } = normalizeFenceLanguages(
      '```XML\n<a/>\n```\n\n~~~Sql title="q"\nselect 1\n~~~\n\n```json\n{}\n```',
    );
    expect(markdown).toBe('```xml\n<a/>\n```\n\n~~~sql title="q"\nselect 1\n~~~\n\n```json\n{}\n```');
    expect(unknown.size).toBe(0);
  });
  test("an unknown language is plain code and counted once per block; 'text' is plain and not counted", () => {
    const { markdown, unknown } = normalizeFenceLanguages("```JSP\n<%= x %>\n```\n```jsp\ny\n```\n```text\nz\n```");
    expect(markdown).toBe("```\n<%= x %>\n```\n```\ny\n```\n```\nz\n```");
    expect([...unknown]).toEqual([["jsp", 2]]);
  });
  test("fences inside a longer fence, closing fences and indented code are left alone", () => {
    const source = "````md\n```XML\n<a/>\n```\n````\n    ```SQL\n";
    const { markdown } = normalizeFenceLanguages(source);
    expect(markdown).toBe(source);
  });
});

describe("text that looks like a tag but is none", () => {
  test("Mono<String> and List<T> in prose stay visible; HTML elements stay HTML", () => {
    const { markdown, escaped } = escapeStrayTags(
      "`Mono<String>`을 돌려줍니다: Mono<String>, List<T>, <Button />, 줄<br>바꿈, <kbd>Ctrl</kbd>",
    );
    expect(markdown).toBe("`Mono<String>`을 돌려줍니다: Mono&lt;String>, List&lt;T>, &lt;Button />, 줄<br>바꿈, <kbd>Ctrl</kbd>");
    expect(escaped).toBe(3);
  });
  test("fenced and indented code, autolinks and e-mail addresses are left alone", () => {
    const source = "```java\nMono<String> m;\n```\n\n    List<T> x;\n\n<https://example.com> <help@example.com> <설정>";
    expect(escapeStrayTags(source).markdown).toBe(source);
  });
});
