/** The category tree, articles and synonyms as pages use them, read from the content collections. */
import { getCollection, type CollectionEntry } from "astro:content";

export type Article = CollectionEntry<"articles">;
export type Category = CollectionEntry<"categories">["data"];

export interface SiteData {
  readonly categories: readonly Category[];
  readonly byPath: ReadonlyMap<string, Category>;
  readonly articles: readonly Article[];
  /** Articles filed directly under each category path, in display order. */
  readonly articlesIn: ReadonlyMap<string, readonly Article[]>;
  /** Number of articles in each category and all below it. */
  readonly countBelow: ReadonlyMap<string, number>;
  /** Groups of equivalent search words from `synonyms.yaml`, in file order; empty without the file. */
  readonly synonyms: string[][];
}

const collator = new Intl.Collator("ko");

/** Within a category: newest first, then by title, so fresh answers come first. */
export function articleOrder(a: Article, b: Article): number {
  return a.data.updated < b.data.updated
    ? 1
    : a.data.updated > b.data.updated
      ? -1
      : collator.compare(a.data.title, b.data.title);
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const categories = (await getCollection("categories")).map((e) => e.data).sort((a, b) => a.order - b.order);
    const articles = (await getCollection("articles")).sort(articleOrder);
    const synonyms = (await getCollection("synonyms")).sort((a, b) => Number(a.id) - Number(b.id)).map((e) => [...e.data.terms]);
    const articlesIn = new Map<string, Article[]>();
    const countBelow = new Map<string, number>();
    for (const article of articles) {
      const path = article.data.categoryPath;
      articlesIn.set(path, [...(articlesIn.get(path) ?? []), article]);
      const parts = path.split("/");
      parts.forEach((_, i) => {
        const ancestor = parts.slice(0, i + 1).join("/");
        countBelow.set(ancestor, (countBelow.get(ancestor) ?? 0) + 1);
      });
    }
    return { categories, byPath: new Map(categories.map((c) => [c.path, c])), articles, articlesIn, countBelow, synonyms };
  })();
  return cached;
}

/** The category and its ancestors, service first. */
export function trail(data: SiteData, path: string): Category[] {
  const parts = path.split("/");
  return parts.map((_, i) => data.byPath.get(parts.slice(0, i + 1).join("/"))).filter((c): c is Category => c !== undefined);
}
