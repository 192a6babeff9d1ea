/**
 * The search page's first script. It opens the engine before the page draws anything: a shared
 * link to a result list waits on the engine. With a query in the URL, the first search runs on the
 * page (no worker to start first); the worker takes over for typing (open-engine.ts).
 *
 * The engine and the page's code are imported statically, so the bundler puts them in this
 * script's own file instead of one file per dynamic import: the page asks for five scripts, not
 * nine, which over HTTP/1.1's six connections per host no longer queue behind the up-front search
 * files. The page preloads them all anyway.
 */
import { openEngine } from "./open-engine";
import * as engineOnThePage from "./engine-over-http";
import { startSearchPage } from "./search-page";

const root = document.getElementById("search-page");
const searchesNow = (new URLSearchParams(location.search).get("q") ?? "").trim() !== "";
const opening = openEngine(root?.dataset["metaUrl"] ?? "", {
  statsUrls: (root?.dataset["statsUrls"] ?? "").split(" ").filter(Boolean),
  ...(searchesNow ? { searchFirstHere: engineOnThePage } : {}),
});
// Unhandled here: the page shows its own message when the engine fails.
opening.catch(() => undefined);
startSearchPage(opening);
