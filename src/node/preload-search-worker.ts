/**
 * An Astro integration: after the build, the search page preloads the search worker's script.
 * A shared link to a result list waits on the worker (search-worker.ts), and the worker's file name
 * is only known once Vite has bundled it, after the pages were rendered. A module worker cannot use
 * the page's module map, but the preloaded response lands in the HTTP cache (`_assets/` is
 * immutable), so the worker starts without waiting for the network.
 */
import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WORKER_FILE = /^search-worker-[\w-]+\.js$/;

export function preloadSearchWorker(): AstroIntegration {
  let base = "/";
  let assets = "_assets";
  return {
    name: "preload-search-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const worker = (await readdir(path.join(root, assets))).find((name) => WORKER_FILE.test(name));
        if (!worker) throw new Error(`preload-search-worker: no search-worker-*.js in ${assets}/ of the build`);
        const page = path.join(root, "search", "index.html");
        const html = await readFile(page, "utf8");
        if (!html.includes("</head>")) throw new Error("preload-search-worker: the search page has no </head>");
        const link = `<link rel="modulepreload" href="${base}${assets}/${worker}">`;
        await writeFile(page, html.replace("</head>", `${link}</head>`));
        logger.info(`search/index.html preloads ${assets}/${worker}`);
      },
    },
  };
}
