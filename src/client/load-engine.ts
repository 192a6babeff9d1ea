/** Opens the engine over the search files on the server: the meta file first, the rest as queries need them. */
import { SearchEngine, type SearchSource } from "../search/engine";
import type { DocRecord, SearchMeta, TermShard, WordCounts } from "../search/payload";

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

class HttpSource implements SearchSource {
  constructor(
    readonly meta: SearchMeta,
    private readonly base: URL,
  ) {}
  private get<T>(name: string): Promise<T> {
    return fetchJson<T>(new URL(name, this.base).href);
  }
  termShard(index: number): Promise<TermShard> {
    return this.get(this.meta.files.termShards[index]!);
  }
  docBlock(index: number): Promise<DocRecord[]> {
    return this.get(this.meta.files.docBlocks[index]!);
  }
  initials(): Promise<string[]> {
    return this.get(this.meta.files.initials);
  }
  words(): Promise<WordCounts> {
    return this.get(this.meta.files.words);
  }
}

let opening: Promise<SearchEngine> | undefined;

export function openEngine(metaUrl: string): Promise<SearchEngine> {
  opening ??= (async () => {
    const url = new URL(metaUrl, location.href);
    return new SearchEngine(new HttpSource(await fetchJson<SearchMeta>(url.href), url));
  })();
  opening.catch(() => (opening = undefined));
  return opening;
}
