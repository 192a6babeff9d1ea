/**
 * The search engine in a Web Worker: queries are answered off the page's main thread, so typing
 * and scrolling never wait for a search (at 10,000 articles one can take tens of milliseconds).
 * open-engine.ts talks to it; the engine is the same DOM-free core the build and tests use.
 */
import type { SearchEngine } from "../search/engine";
import { callMethod, ENGINE_METHODS, type EngineCall } from "./engine-api";
import { engineOverHttp } from "./engine-over-http";
import type { UpFront } from "./up-front";

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<EngineCall>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let engine: Promise<SearchEngine> | undefined;

function open(metaUrl: string, upFront: UpFront): Promise<SearchEngine> {
  engine ??= Promise.resolve().then(() => engineOverHttp(metaUrl, upFront));
  engine.catch(() => (engine = undefined));
  return engine;
}

async function answer(call: EngineCall): Promise<unknown> {
  if (call.method === "open") {
    await open(...call.args);
    return null;
  }
  const opened = await (engine ?? Promise.reject(new Error("the search engine is not open")));
  if (!(ENGINE_METHODS as readonly string[]).includes(call.method)) throw new Error(`no method ${String(call.method)}`);
  return callMethod(opened, call);
}

scope.onmessage = (event) => {
  const call = event.data;
  answer(call).then(
    (result) => scope.postMessage({ id: call.id, result }),
    (error: unknown) => scope.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
