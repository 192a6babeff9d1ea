/** The category tree, articles and synonyms as pages use them, read from the content collections. */
import { getCollection, type CollectionEntry } from "astro:content";
import { pendingContentError } from "./content/astro-loaders";

export type Article = CollectionEntry<"articles">;
export type Category = CollectionEntry<"categories">["data"];

export interface SiteData {
  readonly categories: readonly Category[];
  readonly byPath: ReadonlyMap<string, Category>;
  /** Every article, newest first. */
  readonly articles: readonly Article[];
  /** Every article by id (its slug): an article page finds its own in constant time, not by a scan of all. */
  readonly byId: ReadonlyMap<string, Article>;
  /** Articles filed directly under each category path, in display order. */
  readonly articlesIn: ReadonlyMap<string, readonly Article[]>;
  /** Number of articles in each category and all below it. */
  readonly countBelow: ReadonlyMap<string, number>;
  /** Articles in each category and all below it, in display order (pinned first, then newest). */
  readonly articlesBelow: ReadonlyMap<string, readonly Article[]>;
  /** Articles the authors pinned (`promoted: true`), in display order. */
  readonly promoted: readonly Article[];
  /** Groups of equivalent search words from `synonyms.yaml`, in file order; empty without the file. */
  readonly synonyms: string[][];
}

const collator = new Intl.Collator("ko");

/** Within a category: pinned articles first, then newest first. */
function displayOrder(a: Article, b: Article): number {
  if (a.data.promoted !== b.data.promoted) return a.data.promoted ? -1 : 1;
  return newestFirst(a, b);
}

/** Newest first, then by title, so fresh answers come first. */
function newestFirst(a: Article, b: Article): number {
  return a.data.updated < b.data.updated
    ? 1
    : a.data.updated > b.data.updated
      ? -1
      : collator.compare(a.data.title, b.data.title);
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  // In `astro dev`, an edit that broke the content shows in the overlay (naming file and field) until fixed.
  const contentError = pendingContentError();
  if (contentError) return Promise.reject(contentError);
  cached ??= (async () => {
    const categories = (await getCollection("categories")).map((e) => e.data).sort((a, b) => a.order - b.order);
    const articles = (await getCollection("articles")).sort(newestFirst);
    const synonyms = (await getCollection("synonyms")).sort((a, b) => Number(a.id) - Number(b.id)).map((e) => [...e.data.terms]);
    const articlesIn = new Map<string, Article[]>();
    const countBelow = new Map<string, number>();
    const articlesBelow = new Map<string, Article[]>();
    for (const article of articles) {
      const path = article.data.categoryPath;
      let own = articlesIn.get(path);
      if (!own) articlesIn.set(path, (own = []));
      own.push(article);
      const parts = path.split("/");
      parts.forEach((_, i) => {
        const ancestor = parts.slice(0, i + 1).join("/");
        countBelow.set(ancestor, (countBelow.get(ancestor) ?? 0) + 1);
        let below = articlesBelow.get(ancestor);
        if (!below) articlesBelow.set(ancestor, (below = []));
        below.push(article);
      });
    }
    for (const list of [...articlesIn.values(), ...articlesBelow.values()]) list.sort(displayOrder);
    const promoted = articles.filter((article) => article.data.promoted);
    const byPath = new Map(categories.map((c) => [c.path, c]));
    const byId = new Map(articles.map((a) => [a.id, a]));
    return { categories, byPath, articles, byId, articlesIn, countBelow, articlesBelow, promoted, synonyms };
  })();
  return cached;
}

/** The category and its ancestors, service first. */
export function trail(data: SiteData, path: string): Category[] {
  const parts = path.split("/");
  return parts.map((_, i) => data.byPath.get(parts.slice(0, i + 1).join("/"))).filter((c): c is Category => c !== undefined);
}
