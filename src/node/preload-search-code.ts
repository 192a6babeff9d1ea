/**
 * An Astro integration for the search page of the build: a shared link to a result list waits on
 * the search code, so the page asks for all of it at once instead of one import after another.
 * After the build (the file names are only known once Vite has bundled the scripts, after the
 * pages were rendered) it adds to `search/index.html` a `<link rel="modulepreload">` for every
 * chunk the page's module scripts import, statically or through Vite's dynamic-import dependency
 * list, as Vite itself does for the HTML pages it builds (Astro does not). The search worker is not
 * among them (it is started by URL, not imported): a shared link's first search runs on the page,
 * and the worker starts after it.
 */
import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Chunks `file` imports: statically (`from"./x.js"`, `import"./x.js"`) and, with `dynamic`, those
 * listed for its dynamic imports (Vite's `m.f=[…]`).
 */
async function importsOf(assetsDir: string, file: string, dynamic: boolean): Promise<string[]> {
  const code = await readFile(path.join(assetsDir, file), "utf8");
  const found = [...code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
  const listed = dynamic ? (/m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? "") : "";
  for (const m of listed.matchAll(/["'](?:[^"']*\/)?([\w.-]+\.js)["']/g)) found.push(m[1]!);
  return found;
}

/**
 * The chunks the `entries` load at once: their static imports and what their own dynamic imports
 * need, and those chunks' static imports, recursively. Deeper dynamic imports (the engine for
 * browsers without workers) load only when used, so they are not preloaded.
 */
async function moduleGraph(assetsDir: string, entries: readonly string[]): Promise<string[]> {
  const seen = new Set(entries);
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of await importsOf(assetsDir, file, entries.includes(file))) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen].filter((file) => !entries.includes(file));
}

export function preloadSearchCode(): AstroIntegration {
  let base = "/";
  let assets = "_assets";
  return {
    name: "preload-search-code",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assetsDir = path.join(root, assets);
        const page = path.join(root, "search", "index.html");
        const html = await readFile(page, "utf8");
        if (!html.includes("</head>")) throw new Error("preload-search-code: the search page has no </head>");
        const prefix = `${base}${assets}/`;
        const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)]
          .map((m) => m[1]!)
          .filter((src) => src.startsWith(prefix))
          .map((src) => src.slice(prefix.length));
        if (entries.length === 0) throw new Error("preload-search-code: the search page loads no module script");
        const chunks = await moduleGraph(assetsDir, entries);
        const links = chunks.map((file) => `<link rel="modulepreload" href="${prefix}${file}">`).join("");
        await writeFile(page, html.replace("</head>", `${links}</head>`));
        logger.info(`search/index.html preloads ${chunks.length} scripts (${chunks.join(", ")})`);
      },
    },
  };
}
