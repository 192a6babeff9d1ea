/**
 * Plain text of rendered article HTML for the search index and snippets: the text a reader sees,
 * with no Markdown or HTML syntax. Input is our own renderer's output, not arbitrary HTML.
 */
import { decodeHTML } from "entities";

// Elements that end a line of text: their boundaries become spaces so words never run together.
const BLOCK =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|pre|blockquote|br|hr|dd|dt|dl|figure|figcaption)\b[^>]*>/gi;
// Pieces that stand apart without a sentence mark of their own: a table's cells and rows, list
// items, headings, terms. A snippet keeps them apart (`항목 · 규격 / 형식 · JPG, PNG`), and a
// spacing-insensitive match never runs from one cell into the next.
const PIECE_END = /<\/(?:td|th|li|h[1-6]|dt|dd|figcaption)\s*>/gi;
const ROW_END = /<\/tr\s*>/gi;
const PIECE = "\uE000";
const ROW = "\uE001";
/** A run of separators and spaces: the strongest one is written once. */
const SEPARATOR_RUN = /[\s\uE000\uE001]*[\uE000\uE001][\s\uE000\uE001]*/gu;
const PIECE_TEXT = " · ";
const ROW_TEXT = " / ";

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
    .replace(/[\uE000\uE001]/g, " ")
    .replace(ROW_END, ROW)
    .replace(PIECE_END, PIECE)
    .replace(BLOCK, " ")
    .replace(/<[^>]+>/g, "");
  // Entities are decoded piece by piece, so a decoded `&#1;` can never pass for a separator.
  const plain = text
    .split(/([\uE000\uE001])/)
    .map((part) => (part === PIECE || part === ROW ? part : decodeHTML(part).replace(/[\uE000\uE001]/g, " ")))
    .join("");
  return plain
    .replace(/\s+/gu, " ")
    .trim()
    .replace(SEPARATOR_RUN, (run, at: number, whole: string) => {
      // At the start or end of the text a separator separates nothing.
      if (at === 0 || at + run.length === whole.length) return "";
      if (run.includes(ROW)) return ROW_TEXT;
      // A list item or paragraph that ends its sentence is already apart from the next.
      return /[.?!。]["')\]]*$/u.test(whole.slice(Math.max(0, at - 3), at)) ? " " : PIECE_TEXT;
    })
    .normalize("NFC");
}
