/**
 * Loading and caching the split search files (format/files.ts), each decoded by codec.ts and read
 * at most once per page: term shards give a token's or a prefix's postings (scored by bm25.ts),
 * position shards a pair's positions, vocabulary files the pairs a half-typed syllable may
 * become, and text blocks fill a per-document record table. A failed read is forgotten so the next
 * query retries.
 */
import type { Postings, Scored } from "./bm25";
import { decodeFile, eachPosting, pairPositions, type FileContents } from "./format/codec";
import {
  fileName,
  PREFIX_SCALE,
  PREFIX_SCORE,
  PREFIX_TITLE,
  type ByFieldByDoc,
  type DocHead,
  type DocRecord,
  type Excerpt,
  type StoredDocRecord,
  type FileKind,
  type PairPositions,
  type PositionShard,
  type PostingLists,
  type SearchMeta,
  type TermShard,
} from "./format/files";
import { blockOf, filesHolding, shardsHolding, shardsWithPrefix, type ShardRange } from "./format/shard-lookup";

/** Where the engine gets the files (the meta file decoded by codec.ts); `text` is called at most once per file. */
export interface SearchSource {
  readonly meta: SearchMeta;
  readonly text: (kind: FileKind, index: number) => Promise<string>;
}

/** A source that reads the meta file's named files through `read` (fetch in the page, a map in tests). */
export function sourceOver(meta: SearchMeta, read: (name: string) => Promise<string>): SearchSource {
  return { meta, text: (kind, index) => read(fileName(meta, kind, index)) };
}

/** Every article's statistics, joined from the stats files. */
interface AllStats {
  readonly category: number[];
  readonly day: number[];
  /** Articles whose title describes a failure (symptom.ts). */
  readonly trouble: ReadonlySet<number>;
}

/**
 * One token's values from several shards (a token split over them) as one, read in shard order:
 * the first shard's value is kept as it is until a second arrives; then it gets one copy, which
 * the others are added to (copying the whole so far for each shard was quadratic: at 10,000
 * articles, most of a keystroke's time for a common syllable).
 */
class Joiner<V> {
  readonly joined = new Map<string, ByFieldByDoc<V>>();
  private readonly copied = new Set<string>();

  add(token: string, byField: ByFieldByDoc<V>): void {
    let into = this.joined.get(token);
    if (!into) {
      this.joined.set(token, byField);
      return;
    }
    if (!this.copied.has(token)) {
      this.copied.add(token);
      const copy: ByFieldByDoc<V> = {};
      for (const field in into) copy[field] = { ...into[field] };
      this.joined.set(token, (into = copy));
    }
    for (const field in byField) Object.assign((into[field] ??= {}), byField[field]);
  }
}

/**
 * One token's postings from the shards it was cut into by article id (in id order) as one: each
 * later part's lists start from id 0, so their first gap becomes a gap from the part before's last id.
 */
function joinPostings(parts: readonly PostingLists[]): PostingLists {
  const joined: PostingLists = {};
  const lastId: Record<string, number> = {};
  for (const part of parts) {
    for (const field in part) {
      const list = part[field]!;
      const into = (joined[field] ??= []);
      let id = 0;
      for (let i = 0; i < list.length; i += 2) {
        const gap = i === 0 ? list[0]! - (lastId[field] ?? 0) : list[i]!;
        id += list[i]!;
        into.push(gap, list[i + 1]!);
      }
      if (list.length > 0) lastId[field] = id;
    }
  }
  return joined;
}

/** One term shard's entries, or several shards' joined (a token split over them, or a prefix's range). */
function joinedEntries(shards: readonly TermShard[]): TermShard["entries"] {
  if (shards.length === 1) return shards[0]!.entries;
  const parts = new Map<string, PostingLists[]>();
  for (const shard of shards)
    for (const [token, lists] of shard.entries) (parts.get(token) ?? parts.set(token, []).get(token)!).push(lists);
  return [...parts].map(([token, lists]) => [token, lists.length === 1 ? lists[0]! : joinPostings(lists)]);
}

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
  private readonly shards = new Map<string, Promise<Postings>>();
  private readonly rawShards = new Map<number, Promise<TermShard>>();
  private readonly prefixShards = new Map<number, Promise<TermShard>>();
  private readonly prefixLists = new Map<string, Promise<Scored>>();
  private readonly positionShards = new Map<number, Promise<PositionShard>>();
  private readonly pairPositions = new Map<string, Promise<PairPositions | undefined>>();
  private readonly blocks = new Map<number, Promise<readonly StoredDocRecord[]>>();
  private readonly rests = new Map<number, Promise<FileContents["rests"]>>();
  private readonly titleBlocks = new Map<number, Promise<FileContents["titles"]>>();
  private readonly vocabulary = new Map<number, Promise<FileContents["vocabulary"]>>();
  /** The files read whole, once (key 0: one promise each). */
  private readonly statsLoad = new Map<0, Promise<AllStats>>();
  private readonly initialsLoad = new Map<0, Promise<string[]>>();
  private readonly wordsLoad = new Map<0, Promise<FileContents["words"]>>();
  private readonly pairsLoad = new Map<0, Promise<FileContents["pairs"]>>();
  /** Doc blocks' records as stored: a long article's holds its lead (files.ts StoredDocRecord). */
  private readonly stored: (StoredDocRecord | undefined)[] = [];
  /** Whole records: the stored one, or for a long article its lead joined with its rest. */
  private readonly records: (DocRecord | undefined)[] = [];
  /** The rests of long articles' bodies read so far (rests files). */
  private readonly restTexts: (string | undefined)[] = [];
  private allStats: AllStats | undefined;
  private wordsListed: ReadonlySet<string> | undefined;

  constructor(readonly source: SearchSource) {}

  /** One file, decoded and checked (codec.ts). */
  private async file<K extends FileKind>(kind: K, index: number): Promise<FileContents[K]> {
    return decodeFile(kind, await this.source.text(kind, index), fileName(this.meta, kind, index));
  }

  get meta(): SearchMeta {
    return this.source.meta;
  }

  get documentCount(): number {
    return this.meta.documentCount;
  }

  /** Every article's category, date and whether its title describes a failure: the stats files, fetched together once. */
  stats(): Promise<AllStats> {
    return remember(this.statsLoad, 0, async () => {
      const blocks = await Promise.all(Array.from({ length: this.meta.files.stats }, (_, i) => this.file("stats", i)));
      const { categoryStarts } = this.meta;
      const category: number[] = [];
      categoryStarts.forEach((start, index) => {
        const end = categoryStarts[index + 1] ?? this.documentCount;
        for (let id = start; id < end; id++) category[id] = index;
      });
      const trouble = new Set<number>();
      let first = 0;
      for (const block of blocks) {
        for (const position of block.trouble) trouble.add(first + position);
        first += block.day.length;
      }
      this.allStats = {
        category,
        day: blocks.flatMap((b) => b.day),
        trouble,
      };
      return this.allStats;
    });
  }

  /** Statistics already loaded by `stats()`. */
  get loadedStats(): AllStats {
    if (!this.allStats) throw new Error("search stats are not loaded");
    return this.allStats;
  }

  /** The term shards holding `token` (or, with `prefix`, every token starting with it) as one MiniSearch index. */
  shardFor(token: string, prefix = false): Promise<Postings> {
    const bounds = this.meta.files.termBounds;
    const [first, last] = prefix ? shardsWithPrefix(bounds, token) : shardsHolding(bounds, token);
    return remember(this.shards, `${first}-${last}`, async () => {
      const entries = joinedEntries(await this.range(this.rawShards, "terms", [first, last]));
      // Builders write each shard's entries in token order, and shards in order: joined, they stay so.
      return { tokens: entries.map(([token]) => token), byToken: new Map(entries) };
    });
  }

  /**
   * A look-up's scores and title matches read from its list in the prefix files: a one-character
   * prefix's (prefix lists) or a frequent word's (word lists); undefined when the build wrote none
   * for it (a character whose tokens fit one term shard, a word verified from few position files).
   */
  listedScores(key: string): Promise<Scored> | undefined {
    const listed = [...key].length === 1 ? this.meta.files.prefixed.includes(key) : this.listedWords().has(key);
    if (!listed) return undefined;
    return remember(this.prefixLists, key, async () => {
      const shards = await this.range(this.prefixShards, "prefixes", shardsHolding(this.meta.files.prefixBounds, key));
      const lists = joinedEntries(shards).find(([token]) => token === key)?.[1] ?? {};
      const scored: Scored = { scores: new Map(), title: new Set() };
      eachPosting(lists[PREFIX_SCORE] ?? [], (id, score) => scored.scores.set(id, score / PREFIX_SCALE));
      eachPosting(lists[PREFIX_TITLE] ?? [], (id) => scored.title.add(id));
      return scored;
    });
  }

  private listedWords(): ReadonlySet<string> {
    return (this.wordsListed ??= new Set(this.meta.files.listed.split(" ").filter(Boolean)));
  }

  /** How many position files hold the positions of `pairs`. */
  positionFiles(pairs: readonly string[]): number {
    return filesHolding(this.meta.files.positionBounds, pairs);
  }

  /** Where the syllable pair `pair` stands, from the position shards holding it (undefined: nowhere). */
  positionsOf(pair: string): Promise<PairPositions | undefined> {
    // Joined once per pair: a common pair's positions span several shards.
    return remember(this.pairPositions, pair, async () => {
      const shards = await this.range(this.positionShards, "positions", shardsHolding(this.meta.files.positionBounds, pair));
      const parts = shards.flatMap((shard) => (shard[pair] ? [pairPositions(shard[pair])] : []));
      if (parts.length <= 1) return parts[0];
      const joiner = new Joiner<number[]>();
      for (const part of parts) joiner.add(pair, part);
      return joiner.joined.get(pair);
    });
  }

  /** Files `first` to `last` of a kind cut by token ranges, each read once. */
  private range<K extends "terms" | "positions" | "prefixes" | "vocabulary">(
    cache: Map<number, Promise<FileContents[K]>>,
    kind: K,
    [first, last]: ShardRange,
  ): Promise<FileContents[K][]> {
    const wanted: Promise<FileContents[K]>[] = [];
    for (let i = first; i <= last; i++) wanted.push(remember(cache, i, () => this.file(kind, i)));
    return Promise.all(wanted);
  }

  /**
   * Pair tokens starting with `first`, with how many articles have each (half-typed syllables,
   * complete.ts): from the vocabulary files, which hold no postings.
   */
  async pairsStartingWith(first: string): Promise<readonly (readonly [string, number])[]> {
    const [from, to] = shardsWithPrefix(this.meta.files.vocabularyBounds, first);
    const files = await Promise.all(
      Array.from({ length: to - from + 1 }, (_, i) =>
        remember(this.vocabulary, from + i, () => this.file("vocabulary", from + i)),
      ),
    );
    return files.flat().filter(([pair]) => pair.startsWith(first));
  }

  private blockIndex(id: number): number {
    return blockOf(this.meta.files.docBlockStarts, id);
  }

  private block(index: number): Promise<readonly StoredDocRecord[]> {
    return remember(this.blocks, index, () =>
      this.file("docs", index).then((records) => {
        const start = this.meta.files.docBlockStarts[index]!;
        records.forEach((record, i) => {
          this.stored[start + i] = record;
          if (record.rest === undefined) this.records[start + i] = record;
          else this.join(start + i);
        });
        return records;
      }),
    );
  }

  private async docBlocks(ids: readonly number[]): Promise<void> {
    await Promise.all([...new Set(ids.map((id) => this.blockIndex(id)))].map((b) => this.block(b)));
  }

  /** A long article's whole record, once both its lead (doc block) and its rest (rests file) are loaded. */
  private join(id: number): void {
    const stored = this.stored[id];
    const rest = this.restTexts[id];
    if (!stored || rest === undefined || this.records[id]) return;
    this.records[id] = { slug: stored.slug, title: stored.title, keywords: stored.keywords, body: stored.body + rest };
  }

  /** The documents' whole text records, loading the doc blocks that hold them and the rests of long ones. */
  async load(ids: Iterable<number>): Promise<DocRecord[]> {
    const wanted = [...ids];
    await this.docBlocks(wanted);
    const partial = wanted.filter((id) => !this.records[id]);
    await Promise.all(
      [...new Set(partial.map((id) => this.stored[id]!.rest!))].map((index) =>
        remember(this.rests, index, () =>
          this.file("rests", index).then((rests) => {
            // A rests file holds the rests of several long articles, not all of whose doc blocks may be loaded yet.
            for (const [id, rest] of rests) {
              this.restTexts[id] = rest;
              this.join(id);
            }
            return rests;
          }),
        ),
      ),
    );
    return wanted.map((id) => this.records[id]!);
  }

  /**
   * The documents' records as a results page first needs them: whole, or for a long article
   * whose rest is not loaded, its lead (`more`), from the doc blocks alone.
   */
  async excerpts(ids: Iterable<number>): Promise<Excerpt[]> {
    const wanted = [...ids];
    await this.docBlocks(wanted);
    return wanted.map((id) => {
      const whole = this.records[id];
      if (whole) return { ...whole, more: false };
      const { slug, title, keywords, body } = this.stored[id]!;
      return { slug, title, keywords, body, more: true };
    });
  }

  /**
   * The slug and title of each of `ids`, for a dropdown's rows: from a doc block already loaded
   * (a candidate checked against its text), otherwise from the title blocks, which hold no text.
   */
  async heads(ids: Iterable<number>): Promise<DocHead[]> {
    const wanted = [...ids];
    const { titleBlockStarts } = this.meta.files;
    const missing = new Set(wanted.filter((id) => !this.stored[id]).map((id) => blockOf(titleBlockStarts, id)));
    const blocks = new Map(
      await Promise.all(
        [...missing].map(
          async (index) => [index, await remember(this.titleBlocks, index, () => this.file("titles", index))] as const,
        ),
      ),
    );
    return wanted.map((id) => {
      const record = this.stored[id];
      if (record) return { slug: record.slug, title: record.title };
      const index = blockOf(titleBlockStarts, id);
      const [slug, title] = blocks.get(index)![id - titleBlockStarts[index]!]!;
      return { slug, title };
    });
  }

  /** A record already loaded by `load`. */
  record(id: number): DocRecord {
    return this.records[id]!;
  }

  /** Every title's initial consonants, by article id. */
  initials(): Promise<string[]> {
    return remember(this.initialsLoad, 0, async () =>
      (await Promise.all(Array.from({ length: this.meta.files.initials }, (_, i) => this.file("initials", i)))).flat(),
    );
  }

  words(): Promise<FileContents["words"]> {
    return remember(this.wordsLoad, 0, () => this.file("words", 0));
  }

  /** The synonyms the articles declare in parentheses (`상태(state)`). */
  pairs(): Promise<FileContents["pairs"]> {
    return remember(this.pairsLoad, 0, () => this.file("pairs", 0));
  }
}
