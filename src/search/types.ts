/**
 * The articles as search sees them at build time (src/node/search/search-data.ts), before they are
 * written into the search files (format/files.ts), and the types both sides share.
 */

export interface SearchCategory {
  /** Slug path, e.g. `chatbot-admin/getting-started/preparation`: the `category` URL parameter. */
  readonly path: string;
  /** Labels from the service down to this node, e.g. `["챗봇 관리자센터", "시작하기", "운영 준비"]`. */
  readonly labels: readonly string[];
}

export interface SearchDoc {
  /** File name without `.md`: the article URL is `articles/<slug>/`. */
  readonly slug: string;
  readonly title: string;
  /** Index into `SearchData.categories` of the article's own (deepest) category. */
  readonly category: number;
  /** `YYYY-MM-DD`. */
  readonly updated: string;
  readonly keywords: readonly string[];
  /** Body as plain text, Markdown syntax removed, white space collapsed. */
  readonly body: string;
  /** The body's section headings (their text is in `body` too): indexed on their own, boosted. */
  readonly headings: readonly string[];
}

export interface SearchData {
  readonly version: 1;
  /** Every category node in display order (parents before children). */
  readonly categories: readonly SearchCategory[];
  /** Position in this array is the MiniSearch document id. */
  readonly docs: readonly SearchDoc[];
  /** Groups of equivalent search words (`content/synonyms.yaml`); a query word in a group matches every member. */
  readonly synonyms?: readonly (readonly string[])[];
}

export type SortOrder = "relevance" | "latest";
