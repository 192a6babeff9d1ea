/**
 * Which page numbers a paged list shows, for the category pages (built in Node) and the search
 * page (in the browser) alike: the one place both read, so neither imports the other's code.
 */

/** Page numbers to show around the current one, e.g. 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, last: number, radius = 2): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  const from = Math.max(1, current - radius);
  const to = Math.min(last, current + radius);
  if (from > 1) pages.push(1);
  if (from > 2) pages.push("gap");
  for (let p = from; p <= to; p++) pages.push(p);
  if (to < last - 1) pages.push("gap");
  if (to < last) pages.push(last);
  return pages;
}
