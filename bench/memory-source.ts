/** A SearchSource over files held in memory: for tests and benchmarks, and to count what a query loads. */
import { sourceOver, type SearchSource } from "../src/search/engine";
import { decodeMeta } from "../src/search/format/codec";
import type { SearchMeta } from "../src/search/format/files";

interface FileSet {
  readonly meta: { readonly name: string; readonly body: string };
  /** Every other file (the build's `upFront` and `others` together). */
  readonly others: readonly { readonly name: string; readonly body: string }[];
}

/** Build output (`upFront` + `others`) or files read from a folder (`others` only). */
type Files = FileSet | (FileSet & { readonly upFront: FileSet["others"] });

export class MemorySource implements SearchSource {
  readonly meta: SearchMeta;
  /** Names of the files read so far, meta first. */
  readonly loaded: string[];
  readonly text: SearchSource["text"];

  constructor(files: Files) {
    this.meta = decodeMeta(files.meta.body, files.meta.name);
    this.loaded = [files.meta.name];
    const all = [...("upFront" in files ? files.upFront : []), ...files.others];
    const bodies = new Map(all.map((file) => [file.name, file.body]));
    const read = (name: string): Promise<string> => {
      const body = bodies.get(name);
      if (body === undefined) return Promise.reject(new Error(`no search file ${name}`));
      this.loaded.push(name);
      return Promise.resolve(body);
    };
    this.text = sourceOver(this.meta, read).text;
  }
}
