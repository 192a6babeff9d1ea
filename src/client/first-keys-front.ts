/**
 * A box's engine that answers the first key from the build's stored answers (src/search/first-keys.ts)
 * while the real engine (a worker, its files) is still starting, and hands every other call to it.
 */
import type { EngineApi } from "./engine-api";
import { decodeFirstKeys } from "../search/format/codec";
import { storedAnswer, type FirstKeys } from "../search/first-keys";
import type { DocHead } from "../search/format/files";
import { fetchText } from "./up-front";

export type BoxEngine = Pick<EngineApi, "instant" | "heads" | "prepare">;

/** The stored answers at `url`; null when there are none (no URL) or they cannot be read: the engine answers instead. */
export async function fetchFirstKeys(url: string | undefined): Promise<FirstKeys | null> {
  if (!url) return null;
  try {
    return decodeFirstKeys(await fetchText(url), url);
  } catch {
    return null;
  }
}

/**
 * `open` opens the real engine (once: it is called again for each call it answers). The returned
 * function starts it and gives an engine at once: a first key whose answer is stored is answered
 * without waiting for it, as are the rows' titles of that answer.
 */
export function answeringFirstKeys(open: () => Promise<BoxEngine>, table: Promise<FirstKeys | null>): () => Promise<BoxEngine> {
  // The titles of the stored answers given out, for the `heads` call that follows each.
  const known = new Map<number, DocHead>();
  const engine: BoxEngine = {
    async instant(q, request = {}) {
      const stored = storedAnswer((await table) ?? new Map(), q, request);
      if (!stored) return (await open()).instant(q, request);
      // The engine still searches the key, its answer unused: the first search in a new worker
      // compiles the engine's code and loads the files a next key most often reads too. Left to
      // the second key, that made later keys' p95 at 10,000 articles 125 ms (75 to 103 ms with this).
      open()
        .then((opened) => opened.instant(q, request))
        .catch(() => undefined);
      stored.outcome.hits.forEach((hit, i) => known.set(hit.id, stored.heads[i]!));
      return stored.outcome;
    },
    async heads(ids) {
      const wanted = [...ids];
      if (wanted.every((id) => known.has(id))) return wanted.map((id) => known.get(id)!);
      return (await open()).heads(wanted);
    },
    async prepare() {
      return (await open()).prepare();
    },
  };
  return () => {
    open().catch(() => undefined);
    return Promise.resolve(engine);
  };
}
