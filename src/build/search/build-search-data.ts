/**
 * Build-time half of search: turns loaded articles into the payload and MiniSearch index the
 * browser downloads. Node only; the shared pieces come from src/search.
 */
import MiniSearch from "minisearch";
import { createHash } from "node:crypto";
import { miniSearchOptions, type IndexedDoc } from "../../search/index-options";
import type { SearchData, SearchDoc } from "../../search/types";

export interface ArticleForSearch {
  readonly slug: string;
  readonly title: string;
  readonly categoryPath: string;
  readonly updated: string;
  readonly keywords: readonly string[];
  /** Plain text of the body (see html-to-text.ts). */
  readonly text: string;
}

export interface CategoryForSearch {
  readonly path: string;
  readonly labels: readonly string[];
}

export function buildSearchData(articles: readonly ArticleForSearch[], categories: readonly CategoryForSearch[]): SearchData {
  const categoryIndex = new Map(categories.map((c, i) => [c.path, i]));
  const docs: SearchDoc[] = articles.map((article) => {
    const category = categoryIndex.get(article.categoryPath);
    if (category === undefined)
      throw new Error(`search data: article ${article.slug} has unknown category ${article.categoryPath}`);
    return {
      slug: article.slug,
      title: article.title.normalize("NFC"),
      category,
      updated: article.updated,
      keywords: article.keywords.map((k) => k.normalize("NFC")),
      body: article.text.normalize("NFC"),
    };
  });
  return { version: 1, categories: categories.map((c) => ({ path: c.path, labels: [...c.labels] })), docs };
}

export function buildIndex(data: SearchData): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(data.docs.map((doc, id) => ({ id, doc })));
  return index;
}

export interface SearchAsset {
  /** File name with a content hash, e.g. `index.3f2a9c1b0d.json`. */
  readonly name: string;
  readonly body: string;
}

export function fingerprinted(stem: string, body: string): SearchAsset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return { name: `${stem}.${hash}.json`, body };
}

/** The two files the search page loads: the serialised index and the documents it shows. */
export function searchAssets(data: SearchData): { index: SearchAsset; docs: SearchAsset } {
  return {
    index: fingerprinted("index", JSON.stringify(buildIndex(data))),
    docs: fingerprinted("docs", JSON.stringify(data)),
  };
}
