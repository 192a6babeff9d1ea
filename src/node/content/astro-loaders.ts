/** Astro content-layer loaders over `loadContent`: one validation pass feeds all three collections. */
import type { Loader } from "astro/loaders";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContent, type LoadedContent } from "./load-content";
import { headingsOf, htmlToText } from "./html-to-text";
import type { StoredArticle } from "./schema";

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || "content");
}

let pending: Promise<LoadedContent> | undefined;
let pendingDir = "";

/** All collections load in one build; read and validate the folder once. */
function loadOnce(): Promise<LoadedContent> {
  const dir = contentDir();
  if (!pending || pendingDir !== dir) {
    pendingDir = dir;
    pending = loadContent(dir);
  }
  return pending;
}

export function articlesLoader(): Loader {
  return {
    name: "help-articles",
    load: async ({ store, renderMarkdown, generateDigest, watcher }) => {
      // The whole folder, so `categories.yaml` and `synonyms.yaml` (even one created later) are watched too.
      watcher?.add(contentDir());
      pending = undefined;
      const { articles } = await loadOnce();
      store.clear();
      for (const article of articles) {
        // With the file's URL, relative images resolve next to the article and Astro fingerprints them.
        const rendered = await renderMarkdown(article.body, { fileURL: pathToFileURL(path.resolve(article.file)) });
        const data: StoredArticle = {
          title: article.title,
          file: article.file,
          categoryLabels: [...article.categoryLabels],
          categoryPath: article.categoryPath,
          updated: article.updated,
          keywords: [...article.keywords],
          promoted: article.promoted,
          text: htmlToText(rendered.html),
          headings: headingsOf(rendered.html),
        };
        const imagePaths = rendered.metadata?.imagePaths ?? [];
        store.set({
          id: article.slug,
          data,
          body: article.body,
          filePath: path.relative(process.cwd(), path.resolve(article.file)),
          rendered,
          digest: generateDigest({ ...data, body: article.body }),
          ...(imagePaths.length > 0 ? { assetImports: imagePaths } : {}),
        });
      }
    },
  };
}

export function categoriesLoader(): Loader {
  return {
    name: "help-categories",
    load: async ({ store }) => {
      const { categories } = await loadOnce();
      store.clear();
      categories.forEach((node, order) => {
        store.set({ id: node.path, data: { ...node, labels: [...node.labels], children: [...node.children], order } });
      });
    },
  };
}

/** One entry per group of `synonyms.yaml`; the id is the group's index, so file order survives. */
export function synonymsLoader(): Loader {
  return {
    name: "help-synonyms",
    load: async ({ store }) => {
      const { synonyms } = await loadOnce();
      store.clear();
      synonyms.forEach((terms, index) => {
        store.set({ id: String(index), data: { terms: [...terms] } });
      });
    },
  };
}
