/**
 * The search files the build writes and the browser reads. The index is split so a query downloads
 * only what it touches, the way Pagefind chunks:
 * - one small `meta` file (always): categories, per-article category and date, BM25 statistics and
 *   the names of the other files;
 * - term shards: MiniSearch's own serialised index entries, grouped by the token's first character,
 *   so a query loads one shard per distinct first character of its tokens;
 * - doc blocks: title, slug, keywords and body text of consecutive articles, loaded for the results
 *   shown (snippets) and to verify candidates of long terms;
 * - initials: titles' initial consonants, loaded only for queries like `ㅊㅂ`;
 * - words: the articles' whole words with counts, loaded only to correct a word that finds nothing.
 */
import type { SearchCategory } from "./types";

/** Written into the meta file and checked when it is read: files of another build are refused. */
export const SEARCH_FILES_VERSION = 3;

export interface SearchMeta {
  readonly version: typeof SEARCH_FILES_VERSION;
  readonly categories: readonly SearchCategory[];
  /** Per article (index = document id): its category index. */
  readonly category: readonly number[];
  /** Per article: `updated` as days since 1970-01-01 (sorting by date needs every match's date). */
  readonly day: readonly number[];
  /** MiniSearch statistics, shared by every shard so scores equal those of one whole index. */
  readonly fieldLength: readonly (readonly number[])[];
  readonly averageFieldLength: readonly number[];
  /** File names, relative to the meta file. */
  readonly files: {
    readonly termShards: readonly string[];
    readonly docBlocks: readonly string[];
    readonly initials: string;
    readonly words: string;
  };
  readonly docBlockSize: number;
  /** Groups of equivalent search words from `content/synonyms.yaml`, as written. */
  readonly synonyms: readonly (readonly string[])[];
  /** One-syllable words of the articles (`봇`, `앱`), concatenated: the stems `봇의` may be reduced to. */
  readonly shortWords: string;
}

/** A document's displayable and verifiable text. */
export interface DocRecord {
  readonly slug: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly body: string;
}

/** MiniSearch's serialised index entry: `[token, { fieldId: { shortId: termFrequency } }]`. */
export type IndexEntry = [string, Record<string, Record<string, number>>];

/**
 * Where a syllable pair occurs: `{ fieldId: { docId: positions } }`, positions being offsets in the
 * field's compact text, delta-encoded. With them a term of three or more syllables is verified from
 * the index alone: `abcd` occurs where `ab`, `bc` and `cd` stand at p, p+1, p+2.
 */
export type PairPositions = Record<string, Record<string, number[]>>;

export interface TermShard {
  readonly entries: IndexEntry[];
  /** Positions of the pair tokens among `entries`, by token. */
  readonly positions: Record<string, PairPositions>;
}

export type WordCounts = [word: string, count: number][];

export function shardOf(token: string, shardCount: number): number {
  return (token.codePointAt(0) ?? 0) % shardCount;
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
