/**
 * Loading and caching the split search files (payload.ts): each file is read at most once per
 * page, term shards are deserialised into MiniSearch with the whole index's statistics, and text
 * blocks fill a per-document record table. A failed read is forgotten so the next query retries.
 */
import MiniSearch from "minisearch";
import { INDEX_FIELDS, miniSearchOptions, type IndexedDoc } from "./index-options";
import {
  SEARCH_FILES_VERSION,
  shardOf,
  type DocRecord,
  type IndexEntry,
  type PairPositions,
  type SearchMeta,
  type TermShard,
  type WordCounts,
} from "./payload";

/** Where the engine gets the files; each method is called at most once per file. */
export interface SearchSource {
  readonly meta: SearchMeta;
  readonly termShard: (index: number) => Promise<TermShard>;
  readonly docBlock: (index: number) => Promise<DocRecord[]>;
  readonly initials: () => Promise<string[]>;
  readonly words: () => Promise<WordCounts>;
}

/** A source that reads the meta file's named files through `read` (fetch in the page, a map in tests). */
export function sourceOver(meta: SearchMeta, read: (name: string) => Promise<unknown>): SearchSource {
  const { files } = meta;
  return {
    meta,
    termShard: (index) => read(files.termShards[index]!) as Promise<TermShard>,
    docBlock: (index) => read(files.docBlocks[index]!) as Promise<DocRecord[]>,
    initials: () => read(files.initials) as Promise<string[]>,
    words: () => read(files.words) as Promise<WordCounts>,
  };
}

export interface LoadedShard {
  readonly index: MiniSearch<IndexedDoc>;
  readonly positions: Readonly<Record<string, PairPositions>>;
  /** The shard's pair tokens starting with `first`, with how many documents have each (half-typed syllables, complete.ts). */
  pairsStartingWith(first: string): readonly (readonly [pair: string, documents: number])[];
}

/** Groups a shard's two-character tokens by their first character, on first use: only typing-ahead needs it. */
function pairLister(entries: readonly IndexEntry[]): LoadedShard["pairsStartingWith"] {
  let byFirst: Map<string, [string, number][]> | undefined;
  return (first) => {
    if (!byFirst) {
      byFirst = new Map();
      for (const [token, byField] of entries) {
        const chars = [...token];
        if (chars.length !== 2) continue;
        const documents = new Set<string>();
        for (const field in byField) for (const id in byField[field]) documents.add(id);
        const list = byFirst.get(chars[0]!) ?? [];
        list.push([token, documents.size]);
        byFirst.set(chars[0]!, list);
      }
    }
    return byFirst.get(first) ?? [];
  };
}

const FIELD_IDS = Object.fromEntries(INDEX_FIELDS.map((field, i) => [field, i]));

/** Caches a promise per key and drops it if it fails. */
function remember<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let found = cache.get(key);
  if (!found) {
    found = load();
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

export class FileCache {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly blocks = new Map<number, Promise<DocRecord[]>>();
  private readonly singles = new Map<"initials" | "words", Promise<unknown>>();
  private readonly records: (DocRecord | undefined)[] = [];

  constructor(readonly source: SearchSource) {
    // A meta file from another build (a stale cache beside new shards) would fail obscurely later.
    if (source.meta.version !== SEARCH_FILES_VERSION) {
      throw new Error(
        `search files are version ${String(source.meta.version)}, this page reads version ${String(SEARCH_FILES_VERSION)}: reload the page`,
      );
    }
  }

  get meta(): SearchMeta {
    return this.source.meta;
  }

  get documentCount(): number {
    return this.meta.category.length;
  }

  /** The term shard holding `token`, as a MiniSearch index with the whole index's statistics. */
  shardFor(token: string): Promise<LoadedShard> {
    const index = shardOf(token, this.meta.files.termShards.length);
    return remember(this.shards, index, () => this.source.termShard(index).then((shard) => this.deserialise(shard)));
  }

  private deserialise({ entries, positions }: TermShard): LoadedShard {
    // MiniSearch needs each document's id and field lengths only for documents in the shard's
    // postings; giving it just those keeps loading a shard proportional to the shard.
    const documentIds: Record<string, number> = {};
    const fieldLength: Record<string, readonly number[]> = {};
    for (const [, byField] of entries) {
      for (const field in byField) {
        for (const id in byField[field]) {
          if (documentIds[id] === undefined) {
            documentIds[id] = Number(id);
            fieldLength[id] = this.meta.fieldLength[Number(id)]!;
          }
        }
      }
    }
    const serialised = {
      documentCount: this.documentCount,
      nextId: this.documentCount,
      documentIds,
      fieldIds: FIELD_IDS,
      fieldLength,
      averageFieldLength: this.meta.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: entries,
      serializationVersion: 2,
    };
    const index = MiniSearch.loadJS<IndexedDoc>(
      serialised as unknown as Parameters<typeof MiniSearch.loadJS>[0],
      miniSearchOptions,
    );
    return { index, positions, pairsStartingWith: pairLister(entries) };
  }

  /** Pair tokens starting with `first`, from the shard that holds them (complete.ts). */
  async pairsStartingWith(first: string): Promise<readonly (readonly [string, number])[]> {
    return (await this.shardFor(first)).pairsStartingWith(first);
  }

  private block(index: number): Promise<DocRecord[]> {
    return remember(this.blocks, index, () =>
      this.source.docBlock(index).then((records) => {
        records.forEach((record, i) => (this.records[index * this.meta.docBlockSize + i] = record));
        return records;
      }),
    );
  }

  /** The documents' text records, loading the blocks that hold them. */
  async load(ids: Iterable<number>): Promise<DocRecord[]> {
    const wanted = [...ids];
    await Promise.all([...new Set(wanted.map((id) => Math.floor(id / this.meta.docBlockSize)))].map((b) => this.block(b)));
    return wanted.map((id) => this.records[id]!);
  }

  /** A record already loaded by `load`. */
  record(id: number): DocRecord {
    return this.records[id]!;
  }

  initials(): Promise<string[]> {
    return remember(this.singles, "initials", () => this.source.initials()) as Promise<string[]>;
  }

  words(): Promise<WordCounts> {
    return remember(this.singles, "words", () => this.source.words()) as Promise<WordCounts>;
  }
}
