/**
 * MiniSearch set up as VitePress's local search, over this site's built article HTML: the options its
 * client searches with and its way of splitting a page into sections (read from the VitePress source
 * named below, re-implemented here).
 */
import { decodeHTML } from "entities";
import type { SearchOptions } from "minisearch";

/** The VitePress source the MiniSearch engine follows (options and section splitting). */
export const VITEPRESS = {
  commit: "ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260",
  version: "2.0.0-alpha.19",
  files: "src/node/plugins/localSearchPlugin.ts, src/client/theme-default/components/VPLocalSearchBox.vue",
};
export const VITEPRESS_SEARCH: SearchOptions = { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } };

/** Elements whose boundaries end a run of text: replaced by a space so words never run together. */
const BLOCK_TAG =
  /<\/?(?:p|div|section|article|aside|h[1-6]|li|ul|ol|table|thead|tbody|tfoot|tr|td|th|pre|blockquote|br|hr|dd|dt|dl|figure|figcaption|details|summary)\b[^>]*>/gi;

/** Plain text of rendered HTML: block boundaries become spaces, other tags vanish, entities decoded. */
export function textOf(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, "")
    .replace(BLOCK_TAG, " ")
    .replace(/<[^>]*>/g, "");
  return decodeHTML(text).replace(/\s+/g, " ").trim();
}

/** The article's own content: the <article> element without the breadcrumb <nav> and the "updated" line. */
export function articleHtml(page: string): string {
  const start = page.search(/<article\b/i);
  const end = page.lastIndexOf("</article>");
  const body = start >= 0 && end > start ? page.slice(start, end) : (/<main\b[\s\S]*?<\/main>/i.exec(page)?.[0] ?? page);
  return body
    .replace(/<nav\b[\s\S]*?<\/nav>/gi, "")
    .replace(/<p\b[^>]*>[^<]*<time\b[^>]*>[\s\S]*?<\/time>[^<]*<\/p>/i, "")
    .replace(/^<article\b[^>]*>/i, "");
}

export interface Section {
  readonly anchor: string;
  readonly titles: string[];
  readonly text: string;
}

/**
 * VitePress's `splitPageIntoSections`: a section per heading (its title, its parent headings, the text
 * up to the next heading); what stands before the first heading is dropped, as are headings with no
 * text after them. VitePress finds headings by their `<a href="#…">` permalink, which this site's
 * headings do not have, so any h1–h6 counts here, its anchor being its id.
 */
export function splitIntoSections(html: string): Section[] {
  const headings = [...html.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi)];
  const sections: Section[] = [];
  let parentTitles: string[] = [];
  headings.forEach((match, i) => {
    const level = Number(match[1]) - 1;
    const anchor = /\bid="([^"]*)"/.exec(match[2] ?? "")?.[1] ?? "";
    const title = textOf(match[3] ?? "");
    const contentStart = match.index + match[0].length;
    const content = html.slice(contentStart, headings[i + 1]?.index ?? html.length);
    if (!title || !content) return;
    let titles = parentTitles.slice(0, level);
    titles[level] = title;
    titles = titles.filter(Boolean);
    sections.push({ anchor: decodeHTML(anchor), titles, text: textOf(content) });
    if (level === 0) parentTitles = [title];
    else parentTitles[level] = title;
  });
  return sections;
}
