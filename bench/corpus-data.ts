/** A generated corpus as the search payload, without an Astro build (for engine-only benchmarks). */
import { buildSearchData } from "../src/node/search/search-data";
import type { SearchData } from "../src/search/types";
import type { Corpus, GeneratedCategory } from "./corpus";

export function flattenCategories(
  nodes: readonly GeneratedCategory[],
  parentPath = "",
  parentLabels: string[] = [],
): { path: string; labels: string[] }[] {
  return nodes.flatMap((node) => {
    const path = parentPath ? `${parentPath}/${node.slug}` : node.slug;
    const labels = [...parentLabels, node.label];
    return [{ path, labels }, ...flattenCategories(node.children ?? [], path, labels)];
  });
}

export function corpusSearchData(corpus: Corpus): SearchData {
  const categories = flattenCategories(corpus.categories);
  const byLabels = new Map(categories.map((c) => [c.labels.join("\u0000"), c.path]));
  return buildSearchData(
    corpus.articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      categoryPath: byLabels.get(a.category.join("\u0000"))!,
      updated: a.updated,
      keywords: a.keywords,
      text: a.text,
    })),
    categories,
  );
}
