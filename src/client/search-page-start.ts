/**
 * The search page's first script. It starts the engine (a Web Worker fetching the meta file) before
 * the rest of the page's code has even been fetched: a shared link to a result list waits on the
 * engine, so the engine must not wait on the page's other modules.
 */
import { openEngine } from "./load-engine";

const opening = openEngine(document.getElementById("search-page")?.dataset["metaUrl"] ?? "");
// Unhandled here: the page shows its own message when the engine fails.
opening.catch(() => undefined);
void import("./search-page").then(({ startSearchPage }) => startSearchPage(opening));
