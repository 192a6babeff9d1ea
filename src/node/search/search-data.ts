/**
 * The articles as search sees them: text in NFC (macOS files are NFD), categories by index, and the
 * articles in category order. Every search file is written from this (search-files.ts).
 */
import type { SearchData, SearchDoc } from "../../search/types";

export interface ArticleForSearch {
  readonly slug: string;
  readonly title: string;
  readonly categoryPath: string;
  readonly updated: string;
  readonly keywords: readonly string[];
  /** Plain text of the body (see html-to-text.ts). */
  readonly text: string;
  /** Text of the body's section headings, in order (also part of `text`). */
  readonly headings?: readonly string[];
}

export interface CategoryForSearch {
  readonly path: string;
  readonly labels: readonly string[];
}

export function buildSearchData(
  articles: readonly ArticleForSearch[],
  categories: readonly CategoryForSearch[],
  synonyms: readonly (readonly string[])[] = [],
): SearchData {
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
      headings: (article.headings ?? []).map((h) => h.normalize("NFC")),
    };
  });
  return {
    version: 1,
    categories: categories.map((c) => ({ path: c.path, labels: [...c.labels] })),
    // In category order (a stable sort): each category's articles are then one range of ids, which
    // the search files store as one number per category instead of one per article.
    docs: docs.sort((a, b) => a.category - b.category),
    synonyms: synonyms.map((group) => group.map((member) => member.normalize("NFC"))),
  };
}
