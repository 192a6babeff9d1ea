/** A SearchSource over files held in memory: for tests and benchmarks, and to count what a query loads. */
import type { SearchSource } from "./engine";
import type { DocRecord, SearchMeta, TermShard, WordCounts } from "./payload";

export interface FileSet {
  readonly meta: { readonly name: string; readonly body: string };
  readonly others: readonly { readonly name: string; readonly body: string }[];
}

export class MemorySource implements SearchSource {
  readonly meta: SearchMeta;
  /** Names of the files read so far, meta first. */
  readonly loaded: string[];
  private readonly bodies: Map<string, string>;

  constructor(files: FileSet) {
    this.meta = JSON.parse(files.meta.body) as SearchMeta;
    this.loaded = [files.meta.name];
    this.bodies = new Map(files.others.map((file) => [file.name, file.body]));
  }

  private read<T>(name: string): Promise<T> {
    const body = this.bodies.get(name);
    if (body === undefined) return Promise.reject(new Error(`no search file ${name}`));
    this.loaded.push(name);
    return Promise.resolve(JSON.parse(body) as T);
  }

  termShard(index: number): Promise<TermShard> {
    return this.read(this.meta.files.termShards[index]!);
  }
  docBlock(index: number): Promise<DocRecord[]> {
    return this.read(this.meta.files.docBlocks[index]!);
  }
  initials(): Promise<string[]> {
    return this.read(this.meta.files.initials);
  }
  words(): Promise<WordCounts> {
    return this.read(this.meta.files.words);
  }
}
