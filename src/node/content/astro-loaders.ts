/**
 * Astro content-layer loaders over `loadContent`: one validation pass feeds all three collections.
 *
 * Why not Astro's `glob()` loader: it validates one entry at a time against a schema, while authors
 * get every problem of every file at once here, category paths checked against `categories.yaml`,
 * and text normalised to NFC (macOS writes NFD) before anything reads it. What `glob()` gives in
 * `astro dev` is kept: the content folder is watched, and an edit reloads all three collections.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContent, type LoadedContent } from "./load-content";
import { headingsOf, htmlToText } from "./html-to-text";
import type { StoredArticle } from "./schema";
import { normalizeFenceLanguages } from "./code-fences";
import { escapeStrayTags } from "./stray-tags";

function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || "content");
}

let pending: Promise<LoadedContent> | undefined;
let pendingDir = "";

/** Where a dev-time content error waits for the next page render (site-data.ts throws it into the overlay). */
const ERROR_KEY = Symbol.for("help-center.content-error");
type ErrorSlot = { [ERROR_KEY]?: Error | undefined };

/** The content error of the last reload in `astro dev`, if it failed. */
export function pendingContentError(): Error | undefined {
  return (globalThis as ErrorSlot)[ERROR_KEY];
}

type Watcher = NonNullable<LoaderContext["watcher"]>;
const reloaders = new WeakMap<Watcher, Map<string, () => Promise<void>>>();

/**
 * In `astro dev`: watch the content folder and, on any change to an article or YAML file, read and
 * validate the folder again and re-fill every collection. A content error is logged and kept for
 * the overlay until an edit fixes it.
 */
function watchContent(context: LoaderContext, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  let byCollection = reloaders.get(watcher);
  if (!byCollection) {
    const all = new Map<string, () => Promise<void>>();
    reloaders.set(watcher, all);
    byCollection = all;
    const dir = contentDir();
    watcher.add(dir);
    const onEvent = async (file: string) => {
      if (!path.resolve(file).startsWith(dir + path.sep) || !/\.(md|ya?ml)$/.test(file)) return;
      pending = undefined;
      try {
        await Promise.all([...all.values()].map((run) => run()));
        (globalThis as ErrorSlot)[ERROR_KEY] = undefined;
      } catch (error) {
        (globalThis as ErrorSlot)[ERROR_KEY] = error instanceof Error ? error : new Error(String(error));
        logger.error(error instanceof Error ? error.message : String(error));
      }
    };
    for (const event of ["add", "change", "unlink"] as const) watcher.on(event, (file: string) => void onEvent(file));
  }
  // A collection loaded again (the config changed) replaces its reloader.
  byCollection.set(context.collection, reload);
}

/** All collections load in one build; read and validate the folder once. */
function loadOnce(): Promise<LoadedContent> {
  const dir = contentDir();
  if (!pending || pendingDir !== dir) {
    pendingDir = dir;
    pending = loadContent(dir);
  }
  return pending;
}

/**
 * A loader that fills its collection from the validated content folder, and fills it again on every
 * edit in `astro dev` (watchContent). `fill` gets an empty store. With `rereadFolder`, each load reads
 * the folder afresh rather than taking a previous load's result.
 */
function contentLoader(
  name: string,
  fill: (context: LoaderContext, content: LoadedContent) => void | Promise<void>,
  rereadFolder = false,
): Loader {
  return {
    name,
    load: async (context) => {
      if (rereadFolder) pending = undefined;
      const sync = async () => {
        const content = await loadOnce();
        context.store.clear();
        await fill(context, content);
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

export function articlesLoader(): Loader {
  // The articles collection loads first: it reads the folder afresh, the other two share its result.
  return contentLoader(
    "help-articles",
    async (context, { articles }) => {
      const plain = new Map<string, number>();
      for (const article of articles) {
        const { markdown, unknown } = normalizeFenceLanguages(escapeStrayTags(article.body).markdown);
        for (const [lang, n] of unknown) plain.set(lang, (plain.get(lang) ?? 0) + n);
        // With the file's URL, relative images resolve next to the article and Astro fingerprints them.
        const rendered = await context.renderMarkdown(markdown, { fileURL: pathToFileURL(path.resolve(article.file)) });
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
        // No `body`: nothing reads the Markdown once it is rendered, and the store is serialised,
        // bundled and loaded again by every build (a quarter of it, at 50,000 articles).
        context.store.set({
          id: article.slug,
          data,
          filePath: path.relative(process.cwd(), path.resolve(article.file)),
          rendered,
          digest: context.generateDigest({ ...data, body: article.body }),
          ...(imagePaths.length > 0 ? { assetImports: imagePaths } : {}),
        });
      }
      if (plain.size > 0) {
        const list = [...plain].map(([lang, n]) => `${lang} (${n})`).join(", ");
        context.logger.info(`code blocks shown as plain code (no highlighting for their language): ${list}`);
      }
    },
    true,
  );
}

export function categoriesLoader(): Loader {
  return contentLoader("help-categories", (context, { categories }) => {
    categories.forEach((node, order) => {
      context.store.set({ id: node.path, data: { ...node, labels: [...node.labels], children: [...node.children], order } });
    });
  });
}

/** One entry per group of `synonyms.yaml`; the id is the group's index, so file order survives. */
export function synonymsLoader(): Loader {
  return contentLoader("help-synonyms", (context, { synonyms }) => {
    synonyms.forEach((terms, index) => {
      context.store.set({ id: String(index), data: { terms: [...terms] } });
    });
  });
}
