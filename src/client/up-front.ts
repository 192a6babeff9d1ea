/**
 * The files every search needs before its first query: the meta file and the stats files. The page
 * fetches them itself (the search page preloads them with the HTML, and only the page can use a
 * preload) and hands them to the engine, in the worker or on the page; the engine's own code, and
 * the worker that runs it, load meanwhile.
 */
import { decodeMeta } from "../search/format/codec";
import { fileName, type SearchMeta } from "../search/format/files";

export interface UpFront {
  readonly meta: SearchMeta;
  /** The stats files' JSON text, in order (parsed where the engine runs). */
  readonly stats: readonly string[];
}

/** A search file's text; a failed response is an error naming the file. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * `metaUrl` is absolute: the other files' names are relative to it. `statsUrls`, where the page
 * knows them (the search page lists them), are fetched with the meta file rather than after it.
 */
export async function fetchUpFront(metaUrl: string, statsUrls: readonly string[] = []): Promise<UpFront> {
  const early = statsUrls.map((url) => fetchText(new URL(url, metaUrl).href));
  for (const fetching of early) fetching.catch(() => undefined);
  const meta = decodeMeta(await fetchText(metaUrl), metaUrl);
  const named = Array.from({ length: meta.files.stats }, (_, i) => new URL(fileName(meta, "stats", i), metaUrl).href);
  const known = new Map(statsUrls.map((url, i) => [new URL(url, metaUrl).href, early[i]!]));
  const stats = await Promise.all(named.map((url) => known.get(url) ?? fetchText(url)));
  return { meta, stats };
}
