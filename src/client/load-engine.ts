/** Opens the engine over the search files on the server: the meta file first, the rest as queries need them. */
import { SearchEngine, sourceOver } from "../search/engine";
import type { SearchMeta } from "../search/payload";

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let opening: Promise<SearchEngine> | undefined;

export function openEngine(metaUrl: string): Promise<SearchEngine> {
  opening ??= (async () => {
    const url = new URL(metaUrl, location.href);
    const meta = await fetchJson<SearchMeta>(url.href);
    return new SearchEngine(sourceOver(meta, (name) => fetchJson(new URL(name, url).href)));
  })();
  opening.catch(() => (opening = undefined));
  return opening;
}
