/**
 * The search page's first script. It opens the engine before the rest of the page's code has even
 * been fetched: a shared link to a result list waits on the engine, so the engine must not wait on
 * the page's other modules. With a query in the URL, the first search runs on the page (no worker
 * to start first); the worker takes over for typing (open-engine.ts).
 */
import { openEngine } from "./open-engine";

const root = document.getElementById("search-page");
const searchesNow = (new URLSearchParams(location.search).get("q") ?? "").trim() !== "";
const opening = openEngine(
  root?.dataset["metaUrl"] ?? "",
  (root?.dataset["statsUrls"] ?? "").split(" ").filter(Boolean),
  searchesNow ? import("./engine-over-http") : undefined,
);
// Unhandled here: the page shows its own message when the engine fails.
opening.catch(() => undefined);
void import("./search-page").then(({ startSearchPage }) => startSearchPage(opening));
