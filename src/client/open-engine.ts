/**
 * The search engine over the search files on the server: the meta file first, the rest as queries
 * need them. Run by the worker (search-worker.ts), or on the page where no worker can start.
 */
import { SearchEngine, sourceOver } from "../search/engine";
import type { SearchMeta } from "../search/payload";

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** `metaUrl` is absolute: the other files' names are relative to it. */
export async function openEngineAt(metaUrl: string): Promise<SearchEngine> {
  const meta = await fetchJson<SearchMeta>(metaUrl);
  return new SearchEngine(sourceOver(meta, (name) => fetchJson(new URL(name, metaUrl).href)));
}
