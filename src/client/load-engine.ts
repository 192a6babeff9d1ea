/** Downloads the prebuilt index and documents once and deserialises them; never re-indexes. */
import MiniSearch from "minisearch";
import { SearchEngine } from "../search/engine";
import { miniSearchOptions } from "../search/index-options";
import type { SearchData } from "../search/types";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

let loading: Promise<SearchEngine> | undefined;

export function loadEngine(indexUrl: string, docsUrl: string): Promise<SearchEngine> {
  loading ??= (async () => {
    const [indexJson, docsJson] = await Promise.all([fetchText(indexUrl), fetchText(docsUrl)]);
    const index = await MiniSearch.loadJSONAsync(indexJson, miniSearchOptions);
    return new SearchEngine(index, JSON.parse(docsJson) as SearchData);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
