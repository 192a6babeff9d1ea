/**
 * Plain text of rendered article HTML for the search index and snippets: the text a reader sees,
 * with no Markdown or HTML syntax. Input is our own renderer's output, not arbitrary HTML.
 */
import { decodeHTML } from "entities";

// Elements that end a line of text: their boundaries become spaces so words never run together.
const BLOCK =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|pre|blockquote|br|hr|dd|dt|dl|figure|figcaption)\b[^>]*>/gi;

/**
 * The text of the section headings (h2–h6) of rendered article HTML, in order: indexed as their own
 * field, since a docs page's headings name what its sections answer.
 */
export function headingsOf(html: string): string[] {
  const headings: string[] = [];
  for (const match of html.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) {
    const text = htmlToText(match[2]!);
    if (text) headings.push(text);
  }
  return headings;
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(BLOCK, " ")
    .replace(/<[^>]+>/g, "");
  return decodeHTML(text).replace(/\s+/gu, " ").trim().normalize("NFC");
}
