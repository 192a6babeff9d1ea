/**
 * A category's articles in pages of a fixed size at stable URLs: `categories/<path>/` is page 1,
 * `categories/<path>/page/2/` page 2, and so on. Every page's HTML stays small however many articles
 * a category holds.
 */
import { categoryHref } from "./urls";
// The URL part before a page number; the content checks reserve it as a category slug.
import { PAGE_SEGMENT } from "./content/schema";

const CATEGORY_PAGE_SIZE = 20;
/** How many articles each child category shows on its parent's page. */
export const CHILD_PREVIEW = 3;
/** How many other articles of the topic an article page lists. */
export const MORE_IN_TOPIC = 8;

export function pageCountOf(articles: number): number {
  return Math.max(1, Math.ceil(articles / CATEGORY_PAGE_SIZE));
}

/** The URL of page `page` (1-based) of a category's list. */
export function categoryPageHref(path: string, page: number): string {
  return page <= 1 ? categoryHref(path) : `${categoryHref(path)}${PAGE_SEGMENT}/${page}/`;
}

/** The route parameter of a category page: its slug path, plus `page/N` after page 1. */
export function categoryRoute(path: string, page: number): string {
  return page <= 1 ? path : `${path}/${PAGE_SEGMENT}/${page}`;
}

/** The slice of `items` on page `page`. */
export function pageOf<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * CATEGORY_PAGE_SIZE, page * CATEGORY_PAGE_SIZE);
}
