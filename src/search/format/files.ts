/**
 * The search files the build writes and the browser reads. The index is split so a query downloads
 * only what it touches, the way Pagefind chunks, and no file exceeds FILE_BUDGET_BYTES compressed,
 * whatever the help center's size or content (long code identifiers included):
 * - one small `meta` file (always): categories, synonyms and the names of the others;
 * - stats blocks (always, fetched together): each article's date and whether its title describes a
 *   failure, by ranges of article ids;
 * - term shards: MiniSearch's serialised index entries in token order, each posting holding the
 *   article's BM25 impact instead of the term frequency (bm25.ts `impact`: no article's field
 *   lengths need loading to score it), as flat lists of article-id gaps (PostingLists), cut into ranges of about
 *   the same size (a B-tree's leaves; Pagefind cuts its index by word ranges too). `termBounds` holds
 *   each shard's first token, so a token or a prefix maps to its shards by binary search. A token
 *   too big for one shard (a word in most articles of a large help center) spans several shards,
 *   each starting with it;
 * - position shards: where each syllable pair stands, in token order like the term shards
 *   (`positionBounds`), in files of their own: only a term of three or more syllables is verified
 *   with them, and they are most of the index's bytes, so a prefix or a two-syllable term never
 *   downloads them;
 * - prefix files: for a character whose tokens fill more than one term shard (`설`: 설정, 설명,
 *   설치… over 23 shards at 50,000 articles), the one-character query's answer as one list: each
 *   article having a token that starts with it, with the score the engine would sum over those
 *   tokens (bm25.ts `scoreToken`, ×100) and whether one stands in the title (PrefixList, in the
 *   term shards' format; split by article id like a term shard); and, in the same files and
 *   format, word lists: for a frequent word of three characters or more whose pairs' positions fill
 *   several position files (`관리자센터`, `usestate`), its look-up's answer, so the engine reads one
 *   list instead of those positions (`listed`);
 * - doc blocks: title, slug, keywords and body text of consecutive articles, loaded for the results
 *   shown (snippets) and to verify candidates of long terms; a long body's lead only, with the
 *   number of its rests file (StoredDocRecord);
 * - rests files: the rest of each long body, `[id, rest]` in id order, loaded where the whole text
 *   is needed (verification, adjacency, a snippet whose words are not in the lead);
 * - title blocks: the slug and title of consecutive articles, for the rows of a search box's
 *   dropdown, which show no snippet: a row no longer loads its article's whole text (on the
 *   Korean React docs a typed query's rows loaded 130 to 250 KB of doc blocks), and one block
 *   serves many rows;
 * - initials blocks: titles' initial consonants, loaded only for queries of three initials or more
 *   (`ㅋㅍㄴㅌ`); one or two (`ㅊ`, `ㅊㅂ`) are read from the term shards, where the titles' initials
 *   are indexed as a field of their own (fields.ts INITIALS_FIELD_ID);
 * - vocabulary blocks: every syllable pair of the index with how many articles have it, in token
 *   order, without postings: what a half-typed last syllable may become (`챗보` → `챗봇`) is read
 *   from one small file instead of every term shard of the syllable before it;
 * - words: the articles' most frequent whole words with counts, to correct a word that finds nothing,
 *   split a compound typed without spaces or find a loanword in the other script (lexicon.ts);
 * - pairs: what a question's words may also match: the synonyms the articles declare in parentheses
 *   (`상태(state)`), and the general Korean related words (`지우다` → `삭제`) whose article side the
 *   articles use.
 * Beside the set, named by its own hash and never read by the engine: the first-keys file, the
 * engine's answers to a box's first key (first-keys.ts; codec.ts `encodeFirstKeys`).
 */
import type { SearchCategory } from "../types";

/** Written into the meta file and checked when it is read: files of another build are refused. */
export const SEARCH_FILES_VERSION = 16;

/** No search file is larger than this, brotli-compressed as a CDN serves it. */
export const FILE_BUDGET_BYTES = 64 * 1024;

export interface SearchMeta {
  readonly version: typeof SEARCH_FILES_VERSION;
  readonly documentCount: number;
  readonly categories: readonly SearchCategory[];
  /**
   * Articles are numbered in category order, so each category's articles are one id range: this is
   * the first id of each category (index as in `categories`; an empty category starts where the next does).
   */
  readonly categoryStarts: readonly number[];
  /** What names the other files (fileName), all in the meta file's folder. */
  readonly files: {
    /** Content hash of all the other files together: their names change only when they do. */
    readonly id: string;
    /** How many stats files (DocStats of consecutive id ranges). */
    readonly stats: number;
    /** The first token of each term shard, ascending (equal for the shards of one split token). */
    readonly termBounds: readonly string[];
    /** The first token of each position shard, ascending (equal for the shards of one split token). */
    readonly positionBounds: readonly string[];
    /** The first article id of each doc block, ascending (the meta file holds the blocks' sizes: codec.ts). */
    readonly docBlockStarts: readonly number[];
    /** The first article id of each title block, ascending (written as sizes, as docBlockStarts). */
    readonly titleBlockStarts: readonly number[];
    /** How many initials files (titles' initials of consecutive id ranges). */
    readonly initials: number;
    /** The first pair of each vocabulary file, ascending. */
    readonly vocabularyBounds: readonly string[];
    /** The first character of each prefix file, ascending (equal for the files of one split list). */
    readonly prefixBounds: readonly string[];
    /** The characters that have a prefix list, concatenated (PrefixList). */
    readonly prefixed: string;
    /** The words that have a word list in the prefix files, space-separated (word-lists.ts). */
    readonly listed: string;
  };
  /** Groups of equivalent search words from `content/synonyms.yaml`, as written. */
  readonly synonyms: readonly (readonly string[])[];
  /** One-syllable words of the articles (`봇`, `앱`), concatenated: the stems `봇의` may be reduced to. */
  readonly shortWords: string;
}

export type FileKind =
  "stats" | "terms" | "positions" | "prefixes" | "docs" | "rests" | "titles" | "initials" | "vocabulary" | "words" | "pairs";

/** The kinds written as one file each. */
const SINGLE_FILES: ReadonlySet<FileKind> = new Set(["words", "pairs"]);

/**
 * A search file's name. One hash for all of them keeps the meta file small (a hash each would be
 * most of its bytes at 50,000 articles); a CDN may still cache them forever.
 */
export function fileName(meta: Pick<SearchMeta, "files">, kind: FileKind, index = 0): string {
  return SINGLE_FILES.has(kind) ? `${kind}.${meta.files.id}.json` : `${kind}-${index}.${meta.files.id}.json`;
}

/** Per-article statistics of a range of article ids (a stats file). */
export interface DocStats {
  /** `updated` as days since 1970-01-01 (sorting by date needs every match's date). */
  readonly day: readonly number[];
  /** Positions in this block of the articles whose title describes a failure (symptom.ts). */
  readonly trouble: readonly number[];
}

/** A document's displayable and verifiable text. */
export interface DocRecord {
  readonly slug: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly body: string;
}

/**
 * A doc block's record. An article whose body is longer than LEAD_CHARS holds its first part
 * there (cut at a space) and `rest`, the number of the rests file holding the remainder: a results
 * page takes a snippet from the lead when it has every word of the query (most long articles name
 * their subject early), so it need not download a long article's whole text.
 */
export interface StoredDocRecord extends DocRecord {
  readonly rest?: number;
}

/** A record for a results page: whole, or a long article's lead when its rest is not loaded (`more`). */
export interface Excerpt extends DocRecord {
  readonly more: boolean;
}

/** A rests file's items: `[article id, the body after its lead]`, ids ascending. */
export type RestBlock = [id: number, rest: string][];

/** Characters of a long article's body kept in its doc block (at most; cut at a space). */
export const LEAD_CHARS = 2500;

/** What a row of the search box's dropdown shows of an article: its link and its title. */
export interface DocHead {
  readonly slug: string;
  readonly title: string;
}

/** A title block's items: `[slug, title]` per article, ids ascending from the block's first. */
export type TitleBlock = [slug: string, title: string][];

/** A token's values by field id and article id: its postings (BM25 impacts, bm25.ts) or its positions. */
export type ByFieldByDoc<V> = Record<string, Record<string, V>>;

/** MiniSearch's serialised index entry: `[token, { fieldId: { shortId: termFrequency } }]`. */
export type IndexEntry = [string, ByFieldByDoc<number>];

/**
 * Where a syllable pair occurs: `{ fieldId: { docId: positions } }`, positions being offsets in the
 * field's compact text, delta-encoded. With them a term of three or more syllables is verified from
 * the index alone: `abcd` occurs where `ab`, `bc` and `cd` stand at p, p+1, p+2.
 */
export type PairPositions = ByFieldByDoc<number[]>;

/**
 * A token's postings as a term shard writes them and the engine scores them, per field id:
 * `[idGap, impact, idGap, impact, …]`, article ids ascending, each written as its difference from
 * the one before (the first from 0). Gaps are short where ids are long (`"48213":` per posting),
 * and a flat array is read without building an object per token.
 */
export type PostingLists = Record<string, number[]>;

/** A syllable pair's positions as a position shard writes them, per field id: `[idGap, count, positions…, idGap, …]` (see PostingLists; PairPositions once read). */
export type PositionLists = Record<string, number[]>;

export interface TermShard {
  readonly entries: [token: string, postings: PostingLists][];
}

/**
 * A one-character prefix look-up's answer, precomputed: `PREFIX_SCORE` holds each article's score ×
 * PREFIX_SCALE (articles ascending, as PostingLists), `PREFIX_TITLE` the articles where a token
 * starting with the character stands in the title or keywords (`[idGap, 1, …]`).
 */
export const PREFIX_SCORE = "score";
export const PREFIX_TITLE = "title";
export const PREFIX_SCALE = 100;
/**
 * Position files a word's verification must read for the build to list the word (word-lists.ts),
 * and for the engine to wait for an unlisted form's candidates before fetching them (match.ts).
 */
export const MIN_POSITION_FILES = 3;

/** Positions of the syllable pairs of a token range (a position shard), by token. */
export type PositionShard = Record<string, PositionLists>;

export type WordCounts = [word: string, count: number][];

/** Syllable pairs of the index with how many articles have each, in token order (a vocabulary file). */
export type PairCounts = [pair: string, documents: number][];

/** Terms the articles write together with their original in parentheses, `[korean, latin]` compacted: `["상태", "state"]`. */
type DeclaredPairs = [korean: string, latin: string][];

/**
 * Words people type with the words articles use for them (`["지우", ["삭제", "제거"]]`), compacted,
 * verbs as stems: directed, from the typed word to the article's.
 */
export type RelatedWords = [word: string, articleWords: string[]][];

/** The pairs file: both kinds of word a question's word may also match. */
export interface QuestionPairs {
  readonly declared: DeclaredPairs;
  readonly related: RelatedWords;
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` of a day number, by arithmetic (the proleptic Gregorian calendar's days from
 * civil, inverted: H. Hinnant's `civil_from_days`). A query gives every matching article its date,
 * thousands at a time: a `Date` and `toISOString` each cost five times as long.
 */
export function isoDate(day: number): string {
  const shifted = day + 719_468; // days from 0000-03-01: leap days fall at the end of each year
  const era = Math.floor(shifted / 146_097);
  const ofEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (ofEra - Math.floor(ofEra / 1460) + Math.floor(ofEra / 36_524) - Math.floor(ofEra / 146_096)) / 365,
  );
  const ofYear = ofEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * ofYear + 2) / 153);
  const date = ofYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(date)}`;
}
