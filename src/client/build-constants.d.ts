/**
 * Constants the build writes into the browser code (astro.config.mjs, `vite.define`). A falsy one
 * lets the bundler drop the code behind it, so a site built without a feature ships none of it.
 */

/** SEARCH_LOG_URL as set at build time, "" when unset (src/client/search-log.ts). */
declare const __SEARCH_LOG_URL__: string;
