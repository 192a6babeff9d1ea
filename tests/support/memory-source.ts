/** A SearchSource over files held in memory: for tests and benchmarks, and to count what a query loads. */
import { sourceOver, type SearchSource } from "../../src/search/engine";
import type { SearchMeta } from "../../src/search/payload";

export interface FileSet {
  readonly meta: { readonly name: string; readonly body: string };
  readonly others: readonly { readonly name: string; readonly body: string }[];
}

export class MemorySource implements SearchSource {
  readonly meta: SearchMeta;
  /** Names of the files read so far, meta first. */
  readonly loaded: string[];
  readonly termShard: SearchSource["termShard"];
  readonly docBlock: SearchSource["docBlock"];
  readonly initials: SearchSource["initials"];
  readonly words: SearchSource["words"];

  constructor(files: FileSet) {
    this.meta = JSON.parse(files.meta.body) as SearchMeta;
    this.loaded = [files.meta.name];
    const bodies = new Map(files.others.map((file) => [file.name, file.body]));
    const read = (name: string): Promise<unknown> => {
      const body = bodies.get(name);
      if (body === undefined) return Promise.reject(new Error(`no search file ${name}`));
      this.loaded.push(name);
      return Promise.resolve(JSON.parse(body));
    };
    ({
      termShard: this.termShard,
      docBlock: this.docBlock,
      initials: this.initials,
      words: this.words,
    } = sourceOver(this.meta, read));
  }
}
