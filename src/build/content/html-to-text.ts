/**
 * Plain text of rendered article HTML for the search index and snippets: the text a reader sees,
 * with no Markdown or HTML syntax. Input is our own renderer's output, not arbitrary HTML.
 */
import { decodeHTML } from "entities";

// Elements that end a line of text: their boundaries become spaces so words never run together.
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|pre|blockquote|br|hr|dd|dt|dl|figure|figcaption)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(BLOCK, " ")
    .replace(/<[^>]+>/g, "");
  return decodeHTML(text).replace(/\s+/gu, " ").trim().normalize("NFC");
}
