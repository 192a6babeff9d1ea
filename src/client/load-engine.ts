/**
 * Opens the search engine over the search files on the server: the meta and stats files first
 * (fetched here, on the page, while the worker starts), the rest as queries need them. The engine
 * runs in a Web Worker (search-worker.ts) so a search never blocks typing; where a worker cannot
 * start, it runs on the page with the same answers.
 */
import type { EngineAnswer, EngineApi, EngineCall } from "./engine-api";
import { fetchUpFront, type UpFront } from "./up-front";

/** The engine on the page: loaded only where a worker cannot run, so pages with one never download it twice. */
async function openHere(metaUrl: string, upFront: Promise<UpFront>): Promise<EngineApi> {
  const [{ openEngineAt }, files] = await Promise.all([import("./open-engine"), upFront]);
  return openEngineAt(metaUrl, files);
}

// Distributes a union over its members, so each call keeps its own method and arguments.
type CallOf<C> = C extends EngineCall ? Omit<C, "id"> : never;

async function openInWorker(metaUrl: string, upFront: Promise<UpFront>): Promise<EngineApi> {
  const worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.addEventListener("message", (event: MessageEvent<EngineAnswer>) => {
    const { id, result, error } = event.data;
    const call = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) call?.resolve(result);
    else call?.reject(new Error(error));
  });
  worker.addEventListener("error", (event) => {
    for (const call of waiting.values()) call.reject(new Error(event.message || "search worker failed"));
    waiting.clear();
  });
  const call = <T>(request: CallOf<EngineCall>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ ...request, id });
    });
  await call({ method: "open", args: [metaUrl, await upFront] });
  return {
    search: (...args) => call({ method: "search", args }),
    instant: (...args) => call({ method: "instant", args }),
    load: (ids) => call({ method: "load", args: [[...ids]] }),
    suggest: (...args) => call({ method: "suggest", args }),
  };
}

let opening: Promise<EngineApi> | undefined;

export function openEngine(metaUrl: string): Promise<EngineApi> {
  opening ??= (async () => {
    const url = new URL(metaUrl, location.href).href;
    const upFront = fetchUpFront(url);
    upFront.catch(() => undefined);
    if (typeof Worker !== "function") return openHere(url, upFront);
    try {
      return await openInWorker(url, upFront);
    } catch {
      // A worker that cannot start or fails to open (an old browser, a policy): search on the page.
      return openHere(url, upFront);
    }
  })();
  opening.catch(() => (opening = undefined));
  return opening;
}
