// @ts-check
import { defineConfig } from "astro/config";
import tailwindcss from "@tailwindcss/vite";
import { preloadSearchCode } from "./src/node/preload-search-code";
import { basePath, optionalAbsoluteUrl } from "./scripts/site-settings.mjs";

/** SITE_URL: absolute origin for canonical links and sitemap.xml; optional. */
const site = optionalAbsoluteUrl("SITE_URL", process.env.SITE_URL, "https://help.example.com")?.origin;

/** True under `astro dev` (the CLI's command), where Astro's trailing-slash handling differs. */
function isDevServer() {
  return process.argv.slice(2).includes("dev");
}

export default defineConfig({
  output: "static",
  base: basePath(process.env.BASE_PATH),
  ...(site ? { site } : {}),
  // "always" for the site. Under `astro dev` an Astro bug makes dynamic file endpoints such as
  // `search-data/[file].ts` answer only with a trailing slash (withastro/astro#17001, #17221), so the
  // search files 404 there; the dev server accepts both forms instead.
  trailingSlash: isDevServer() ? "ignore" : "always",
  build: { format: "directory", assets: "_assets" },
  devToolbar: { enabled: false },
  integrations: [preloadSearchCode()],
  // The default code theme's comment colour fails WCAG AA contrast; this one passes.
  markdown: { shikiConfig: { theme: "github-dark-high-contrast" } },
  // Never inline a script (Astro inlines scripts under the inline limit): the Content-Security-Policy
  // allows scripts from the site's files only.
  // The dev server does not watch `.tmp/`: benchmark corpora and builds (100,000+ files at 50,000
  // articles) slowed its watcher until content edits were no longer picked up in time.
  vite: {
    plugins: [tailwindcss()],
    // SEARCH_LOG_URL for the browser code (src/client/build-constants.d.ts); src/node/settings.ts
    // checks it when pages are built. Unset, the code that sends search events is left out.
    define: { __SEARCH_LOG_URL__: JSON.stringify((process.env.SEARCH_LOG_URL ?? "").trim()) },
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: ["**/.tmp/**"] } },
  },
});
