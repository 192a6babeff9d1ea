/**
 * Opens the search engine over the search files on the server: the meta and stats files first
 * (fetched here, on the page, while the worker starts), the rest as queries need them. The engine
 * runs in a Web Worker (search-worker.ts) so a search never blocks typing; where a worker cannot
 * start, it runs on the page with the same answers.
 */
import { callMethod, engineProxy, type EngineAnswer, type EngineApi, type EngineCall } from "./engine-api";
import { fetchUpFront, type UpFront } from "./up-front";

type EngineModule = typeof import("./engine-over-http");

/** The engine on the page: loaded only where a worker cannot run or a search cannot wait for one. */
async function openHere(metaUrl: string, upFront: Promise<UpFront>, module?: EngineModule): Promise<EngineApi> {
  const [{ engineOverHttp }, files] = await Promise.all([module ?? import("./engine-over-http"), upFront]);
  return engineOverHttp(metaUrl, files);
}

/**
 * For a page that searches as it opens (a shared link to a result list): the first search runs on
 * the page, where the engine is ready as soon as its code and the up-front files are, instead of
 * waiting for a worker to start. The worker starts once that first answer is in and takes every
 * call after it is open, so typing never waits on the page.
 */
async function openHereThenInWorker(metaUrl: string, upFront: Promise<UpFront>, module: EngineModule): Promise<EngineApi> {
  const here = await openHere(metaUrl, upFront, module);
  let worker: EngineApi | undefined;
  let starting = false;
  const startWorker = () => {
    if (starting || typeof Worker !== "function") return;
    starting = true;
    openInWorker(metaUrl, upFront).then(
      (opened) => (worker = opened),
      () => undefined, // No worker: the page's engine answers everything.
    );
  };
  // Once the page is idle after the first answer: starting a worker costs the page's main thread too.
  const startWhenIdle = () =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(startWorker, { timeout: 1000 })
      : setTimeout(startWorker, 200);
  const answered = <T>(answer: Promise<T>): Promise<T> => {
    if (!starting) void answer.finally(startWhenIdle).catch(() => undefined);
    return answer;
  };
  return engineProxy((call) => answered(callMethod(worker ?? here, call)));
}

// Distributes a union over its members, so each call keeps its own method and arguments.
type CallOf<C> = C extends EngineCall ? Omit<C, "id"> : never;

/** A search worker a page started before the engine opened (every-page.ts), with what it reported meanwhile. */
export interface StartedWorker {
  readonly worker: Worker;
  /** The error the worker reported before the engine listened (its script failed to load), if any. */
  readonly failure: () => string | undefined;
}

async function openInWorker(metaUrl: string, upFront: Promise<UpFront>, started?: StartedWorker): Promise<EngineApi> {
  // Listened to at once when started here: no event can arrive before this function returns to the event loop.
  const { worker, failure } = started ?? {
    worker: new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" }),
    failure: () => undefined,
  };
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
  const failed = failure();
  if (failed !== undefined) throw new Error(failed);
  const call = <T>(request: CallOf<EngineCall>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ ...request, id });
    });
  await call({ method: "open", args: [metaUrl, await upFront] });
  return engineProxy((request) => call(request));
}

let opening: Promise<EngineApi> | undefined;

export interface OpenOptions {
  /** The stats files, where the page names them (see fetchUpFront). */
  readonly statsUrls?: readonly string[];
  /** The engine's module, bundled with a page that searches as it opens (see openHereThenInWorker). */
  readonly searchFirstHere?: EngineModule;
  /** A worker the page started as a box was focused, so its script loaded with the box's code. */
  readonly worker?: StartedWorker;
}

export function openEngine(metaUrl: string, { statsUrls = [], searchFirstHere, worker }: OpenOptions = {}): Promise<EngineApi> {
  opening ??= (async () => {
    const url = new URL(metaUrl, location.href).href;
    const upFront = fetchUpFront(url, statsUrls);
    upFront.catch(() => undefined);
    if (searchFirstHere) return openHereThenInWorker(url, upFront, searchFirstHere);
    if (typeof Worker !== "function") return openHere(url, upFront);
    try {
      return await openInWorker(url, upFront, worker);
    } catch {
      // A worker that cannot start or fails to open (an old browser, a policy): search on the page.
      return openHere(url, upFront);
    }
  })();
  opening.catch(() => (opening = undefined));
  return opening;
}
