/**
 * The search engine in a Web Worker: queries are answered off the page's main thread, so typing
 * and scrolling never wait for a search (at 10,000 articles one can take tens of milliseconds).
 * load-engine.ts talks to it; the engine is the same DOM-free core the build and tests use.
 */
import { SearchEngine, sourceOver } from "../search/engine";
import type { SearchMeta } from "../search/payload";
import type { EngineCall } from "./engine-api";

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<EngineCall>) => void) | null;
}
const scope = self as unknown as WorkerScope;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let engine: Promise<SearchEngine> | undefined;

function open(metaUrl: string): Promise<SearchEngine> {
  engine ??= fetchJson<SearchMeta>(metaUrl).then(
    (meta) => new SearchEngine(sourceOver(meta, (name) => fetchJson(new URL(name, metaUrl).href))),
  );
  engine.catch(() => (engine = undefined));
  return engine;
}

async function answer(call: EngineCall): Promise<unknown> {
  if (call.method === "open") {
    await open(call.args[0]);
    return null;
  }
  const opened = await (engine ?? Promise.reject(new Error("the search engine is not open")));
  switch (call.method) {
    case "search":
      return opened.search(...call.args);
    case "instant":
      return opened.instant(...call.args);
    case "load":
      return opened.load(...call.args);
    case "suggest":
      return opened.suggest(...call.args);
  }
}

scope.onmessage = (event) => {
  const call = event.data;
  answer(call).then(
    (result) => scope.postMessage({ id: call.id, result }),
    (error: unknown) => scope.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
