/**
 * The search engine over the search files on the server: the up-front files the page fetched
 * (up-front.ts), the rest as queries need them. Run by the worker (search-worker.ts), or on the
 * page where no worker can start.
 */
import { SearchEngine, sourceOver } from "../search/engine";
import { fetchText, type UpFront } from "./up-front";

/** `metaUrl` is absolute: the other files' names are relative to it. */
export function engineOverHttp(metaUrl: string, { meta, stats }: UpFront): SearchEngine {
  const { text } = sourceOver(meta, (name) => fetchText(new URL(name, metaUrl).href));
  return new SearchEngine({
    meta,
    text: (kind, index) => (kind === "stats" && stats[index] !== undefined ? Promise.resolve(stats[index]) : text(kind, index)),
  });
}
