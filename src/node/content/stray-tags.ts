/**
 * Text that looks like a tag but is not lower-case HTML (`Mono<String>`, `List<T>`, `<Button />`)
 * stays visible: Markdown would pass it on as HTML and the reader would see nothing. Real HTML
 * elements written in an article (`<kbd>`, `<br>`) still work. Code spans, fenced code and indented
 * code are left alone (they show their text as written anyway).
 */
import { htmlTagNames } from "html-tag-names";

const ELEMENTS = new Set(htmlTagNames);
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// A start or end tag: `<Name ...>`, `</Name>`, `<Name/>`.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9._-]*)(\s[^<>]*)?\/?>/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

function escapeInText(text: string): [string, number] {
  let escaped = 0;
  const out = text.replace(TAG, (tag: string, _slash: string, name: string) => {
    // HTML as people write it in a document is lower case; `<Button />` names a component.
    if (name === name.toLowerCase() && ELEMENTS.has(name)) return tag;
    escaped++;
    return `&lt;${tag.slice(1)}`;
  });
  return [out, escaped];
}

export function escapeStrayTags(markdown: string): { markdown: string; escaped: number } {
  let open: string | null = null;
  let escaped = 0;
  const lines = markdown.split("\n").map((line) => {
    const fence = FENCE.exec(line);
    if (open !== null) {
      if (fence && fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === "") open = null;
      return line;
    }
    if (fence) {
      open = fence[1]!;
      return line;
    }
    if (/^( {4}|\t)/.test(line)) return line;
    // Outside code spans only.
    let result = "";
    let last = 0;
    for (const span of line.matchAll(CODE_SPAN)) {
      const [text, n] = escapeInText(line.slice(last, span.index));
      result += text + span[0];
      escaped += n;
      last = span.index + span[0].length;
    }
    const [rest, n] = escapeInText(line.slice(last));
    escaped += n;
    return result + rest;
  });
  return { markdown: lines.join("\n"), escaped };
}
