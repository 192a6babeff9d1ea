/**
 * The one writer and reader of the search files' text (files.ts says what each holds): the build
 * encodes with these functions and the engine decodes with them, so the two cannot drift apart.
 * Decoding checks each file's shape as far as it is cheap (the top level, and every item of the
 * small files): a file from another build or a proxy's error page is refused with its name, rather
 * than failing later inside scoring.
 */
import {
  SEARCH_FILES_VERSION,
  type ByFieldByDoc,
  type DocStats,
  type FileKind,
  type IndexEntry,
  type PairCounts,
  type PairPositions,
  type PositionLists,
  type PositionShard,
  type PostingLists,
  type QuestionPairs,
  type RestBlock,
  type SearchMeta,
  type StoredDocRecord,
  type TermShard,
  type TitleBlock,
  type WordCounts,
  dayNumber,
  isoDate,
} from "./files";
import type { SearchCategory } from "../types";
import type { Hit } from "../rank";
import type { BoxAnswer, FirstKeys } from "../first-keys";

/** What each kind of file holds, once decoded. */
export interface FileContents {
  readonly stats: DocStats;
  readonly terms: TermShard;
  readonly positions: PositionShard;
  /** Prefix lists, in a term shard's shape (files.ts PREFIX_SCORE, PREFIX_TITLE). */
  readonly prefixes: TermShard;
  readonly docs: readonly StoredDocRecord[];
  readonly rests: RestBlock;
  readonly titles: TitleBlock;
  readonly initials: readonly string[];
  readonly vocabulary: PairCounts;
  readonly words: WordCounts;
  readonly pairs: QuestionPairs;
}

/** A search file that is not what its name says. */
export class SearchFileError extends Error {
  override name = "SearchFileError";
}

/**
 * The meta file's text. Doc and title blocks are written as their sizes, not their first ids: nearly
 * all hold the same number of articles, so the sizes compress to almost nothing (the first ids were
 * 11 KB brotli of the meta file every search loads at 50,000 articles).
 */
export function encodeMeta(meta: SearchMeta): string {
  const { docBlockStarts, titleBlockStarts, ...files } = meta.files;
  const sizes = (starts: readonly number[]) => starts.map((start, i) => (starts[i + 1] ?? meta.documentCount) - start);
  return JSON.stringify({
    ...meta,
    files: { ...files, docBlockSizes: sizes(docBlockStarts), titleBlockSizes: sizes(titleBlockStarts) },
  });
}

/** Block sizes back to each block's first id. */
function startsOf(sizes: readonly number[]): number[] {
  let next = 0;
  return sizes.map((size) => {
    const start = next;
    next += size;
    return start;
  });
}

export function encodeFile<K extends FileKind>(kind: K, value: FileContents[K]): string {
  if (kind !== "stats") return JSON.stringify(value);
  const { day, trouble } = value as DocStats;
  return JSON.stringify({ day: differences(day), trouble: differences(trouble) });
}

/*
 * Postings, positions and stats are lists of numbers by ascending article id, written as each id's
 * difference from the one before (the first from 0): a long list of large ids (`"48213":`) becomes
 * short gaps, and a flat array parses faster than an object keyed by id. Term shards 30 % smaller
 * brotli, position shards 21 %, stats 22 % (10,000 and 50,000 generated articles).
 */

/** `[a, b, c]` → `[a, b - a, c - b]`. */
function differences(values: readonly number[]): number[] {
  return values.map((value, i) => (i === 0 ? value : value - values[i - 1]!));
}

/** `[a, b - a, c - b]` → `[a, b, c]`. */
function sums(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}

const ascendingIds = (byDoc: Record<string, unknown>): number[] =>
  Object.keys(byDoc)
    .map(Number)
    .sort((a, b) => a - b);

/** `{ field: { id: value } }` as flat lists by field, ids ascending, each article's `items` from its id's gap and its value. */
function listsOf<V>(byField: ByFieldByDoc<V>, items: (gap: number, value: V) => number[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const field in byField) {
    const byDoc = byField[field]!;
    const list: number[] = [];
    let previous = 0;
    for (const id of ascendingIds(byDoc)) {
      list.push(...items(id - previous, byDoc[id]!));
      previous = id;
    }
    out[field] = list;
  }
  return out;
}

/** MiniSearch's `{ field: { id: impact } }` as a term shard writes it (PostingLists). */
export const postingLists = (byField: ByFieldByDoc<number>): PostingLists => listsOf(byField, (gap, impact) => [gap, impact]);

/** `{ field: { id: [p…] } }` as a position shard writes it (PositionLists). */
const positionLists = (byField: PairPositions): PositionLists =>
  listsOf(byField, (gap, positions) => [gap, positions.length, ...positions]);

/** Visits a field's PostingLists in order, each article's id (summed back from the gaps) with its value. */
export function eachPosting(list: readonly number[], visit: (id: number, value: number) => void): void {
  for (let i = 0, id = 0; i < list.length; i += 2) visit((id += list[i]!), list[i + 1]!);
}

/** A pair's positions as read from a position shard, by article: `{ field: { id: [p…] } }`. */
export function pairPositions(lists: PositionLists): PairPositions {
  const out: PairPositions = {};
  for (const field in lists) {
    const list = lists[field]!;
    const byDoc: Record<string, number[]> = {};
    let id = 0;
    for (let i = 0; i < list.length;) {
      id += list[i]!;
      const count = list[i + 1]!;
      byDoc[id] = list.slice(i + 2, i + 2 + count);
      i += 2 + count;
    }
    out[field] = byDoc;
  }
  return out;
}

/**
 * The bytes one article adds to a field's list as the files write it, commas included: `gap` is its
 * id's difference from the article before it in the list; `value` its impact or its positions.
 * Lets the build cut a token's list by article without encoding every part it tries.
 */
export function listItemBytes(gap: number, value: number | readonly number[]): number {
  const digits = (n: number) => String(n).length + 1;
  if (typeof value === "number") return digits(gap) + digits(value);
  return digits(gap) + digits(value.length) + value.reduce((sum, p) => sum + digits(p), 0);
}

/**
 * A term shard's text from its entries' texts (`encodeTermEntry`), and a position shard's from its
 * tokens' texts (`encodeTokenPositions`), so the build can size a shard as it fills it without
 * encoding it twice. `join…([])` is the bytes every shard has besides its items, and each item after
 * the first adds one byte (a comma).
 */
export function joinTermShard(entries: readonly string[]): string {
  return `{"entries":[${entries.join(",")}]}`;
}

export function joinPositionShard(tokens: readonly string[]): string {
  return `{${tokens.join(",")}}`;
}

/** A MiniSearch index entry's text in a term shard (its postings as PostingLists). */
export const encodeTermEntry = ([token, byField]: IndexEntry): string => JSON.stringify([token, postingLists(byField)]);

/** A pair's positions' text in a position shard (as PositionLists). */
export const encodeTokenPositions = (token: string, positions: PairPositions): string =>
  `${JSON.stringify(token)}:${JSON.stringify(positionLists(positions))}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number";
const isArrayOf =
  <T>(item: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);
const isPair =
  <A, B>(first: (value: unknown) => value is A, second: (value: unknown) => value is B) =>
  (value: unknown): value is [A, B] =>
    Array.isArray(value) && value.length === 2 && first(value[0]) && second(value[1]);

/** PostingLists or PositionLists: number arrays by field id (the first field's checked). */
const isListsByField = (value: unknown): value is Record<string, number[]> =>
  isObject(value) && Object.values(value).slice(0, 1).every(isArrayOf(isNumber));

const isTermShard = (value: unknown): boolean =>
  isObject(value) &&
  Array.isArray(value["entries"]) &&
  (value["entries"].length === 0 || isPair(isString, isListsByField)(value["entries"][0]));

const isDocRecord = (value: unknown): value is StoredDocRecord =>
  isObject(value) &&
  isString(value["slug"]) &&
  isString(value["title"]) &&
  isString(value["body"]) &&
  isArrayOf(isString)(value["keywords"]) &&
  (value["rest"] === undefined || isNumber(value["rest"]));

/** Per kind, whether a parsed file has its shape (large lists are checked at the top level only). */
const SHAPES: { readonly [K in FileKind]: (value: unknown) => boolean } = {
  stats: (value) => isObject(value) && Array.isArray(value["day"]) && isArrayOf(isNumber)(value["trouble"]),
  terms: isTermShard,
  positions: (value) => isObject(value) && Object.values(value).slice(0, 1).every(isListsByField),
  prefixes: isTermShard,
  docs: isArrayOf(isDocRecord),
  rests: isArrayOf(isPair(isNumber, isString)),
  titles: isArrayOf(isPair(isString, isString)),
  initials: isArrayOf(isString),
  vocabulary: isArrayOf(isPair(isString, isNumber)),
  words: isArrayOf(isPair(isString, isNumber)),
  pairs: (value) =>
    isObject(value) &&
    isArrayOf(isPair(isString, isString))(value["declared"]) &&
    isArrayOf(isPair(isString, isArrayOf(isString)))(value["related"]),
};

function parse(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SearchFileError(`search file ${name} is not JSON (${JSON.stringify(text.slice(0, 40))}…)`);
  }
}

/** A search file's contents; `name` (its file name) only names it in an error. */
export function decodeFile<K extends FileKind>(kind: K, text: string, name: string = kind): FileContents[K] {
  const value = parse(text, name);
  if (!SHAPES[kind](value)) throw new SearchFileError(`search file ${name} is not a valid ${kind} file`);
  if (kind !== "stats") return value as FileContents[K];
  const { day, trouble } = value as DocStats;
  const stats: DocStats = { day: sums(day), trouble: sums(trouble) };
  return stats as FileContents[K];
}

/** The meta file; one from another version of the format is refused (a page cached across a deploy). */
export function decodeMeta(text: string, name = "meta"): SearchMeta {
  const value = parse(text, name);
  if (!isObject(value)) throw new SearchFileError(`search file ${name} is not a valid meta file`);
  if (value["version"] !== SEARCH_FILES_VERSION)
    throw new SearchFileError(
      `search files are version ${String(value["version"])}, this page reads version ${SEARCH_FILES_VERSION}: reload the page`,
    );
  const files = value["files"];
  if (
    !isNumber(value["documentCount"]) ||
    !Array.isArray(value["categories"]) ||
    !Array.isArray(value["categoryStarts"]) ||
    !isObject(files) ||
    !isString(files["id"]) ||
    !isNumber(files["stats"]) ||
    !isArrayOf(isString)(files["termBounds"]) ||
    !isArrayOf(isString)(files["positionBounds"]) ||
    !isArrayOf(isNumber)(files["docBlockSizes"]) ||
    !isArrayOf(isNumber)(files["titleBlockSizes"]) ||
    !isNumber(files["initials"]) ||
    !isArrayOf(isString)(files["vocabularyBounds"]) ||
    !isArrayOf(isString)(files["prefixBounds"]) ||
    !isString(files["prefixed"]) ||
    !isString(files["listed"])
  )
    throw new SearchFileError(`search file ${name} is not a valid meta file`);
  const { docBlockSizes, titleBlockSizes, ...rest } = files;
  return {
    ...value,
    files: { ...rest, docBlockStarts: startsOf(docBlockSizes), titleBlockStarts: startsOf(titleBlockSizes) },
  } as unknown as SearchMeta;
}

/** A hit as stored with a first key's answer: its category as an index into the file's own list, its date as a day. */
type StoredHit = [
  id: number,
  category: number,
  day: number,
  complete: number,
  symptom: number,
  titleTerms: number,
  coverage: number,
  adjacent: number,
  score: number,
];
type StoredAnswer = [key: string, outcome: Omit<BoxAnswer["outcome"], "hits">, hits: StoredHit[], heads: TitleBlock];

/**
 * The first keys' answers (first-keys.ts) as one file: each hit an array, its category an index
 * into the categories listed once (8 rows of about 50 keys share a few dozen), which takes it from
 * 9 to 7 KB brotli at 10,000 articles.
 */
export function encodeFirstKeys(answers: FirstKeys): string {
  const categories: SearchCategory[] = [];
  const index = new Map<string, number>();
  const categoryOf = (category: SearchCategory) => {
    if (!index.has(category.path)) index.set(category.path, categories.push(category) - 1);
    return index.get(category.path)!;
  };
  const stored = [...answers].map(([key, { outcome, heads }]): StoredAnswer => {
    const { hits, ...rest } = outcome;
    const rows = hits.map((hit): StoredHit => [
      hit.id,
      categoryOf(hit.category),
      dayNumber(hit.updated),
      hit.complete,
      hit.symptom,
      hit.titleTerms,
      hit.coverage,
      hit.adjacent,
      hit.score,
    ]);
    return [key, rest, rows, heads.map((head) => [head.slug, head.title])];
  });
  return JSON.stringify({ version: SEARCH_FILES_VERSION, categories, answers: stored });
}

const isCategory = (value: unknown): value is SearchCategory =>
  isObject(value) && isString(value["path"]) && isArrayOf(isString)(value["labels"]);
const isStoredHit = (value: unknown): value is StoredHit => isArrayOf(isNumber)(value) && value.length === 9;
const isStoredAnswer = (value: unknown): value is StoredAnswer =>
  Array.isArray(value) &&
  value.length === 4 &&
  isString(value[0]) &&
  isObject(value[1]) &&
  isNumber(value[1]["total"]) &&
  isObject(value[1]["query"]) &&
  isString(value[1]["query"]["display"]) &&
  Array.isArray(value[1]["highlight"]) &&
  isArrayOf(isStoredHit)(value[2]) &&
  isArrayOf(isPair(isString, isString))(value[3]) &&
  value[2].length === value[3].length;

/** The first keys' answers; a file of another format version, or not one, is refused naming it. */
export function decodeFirstKeys(text: string, name = "first-keys"): FirstKeys {
  const value = parse(text, name);
  if (!isObject(value) || value["version"] !== SEARCH_FILES_VERSION)
    throw new SearchFileError(`search file ${name} is not a first-keys file of version ${SEARCH_FILES_VERSION}`);
  const categories = value["categories"];
  const answers = value["answers"];
  if (!isArrayOf(isCategory)(categories) || !isArrayOf(isStoredAnswer)(answers))
    throw new SearchFileError(`search file ${name} is not a valid first-keys file`);
  const table = new Map<string, BoxAnswer>();
  for (const [key, rest, rows, heads] of answers) {
    const hits = rows.map(([id, category, day, complete, symptom, titleTerms, coverage, adjacent, score]): Hit => {
      if (!categories[category]) throw new SearchFileError(`search file ${name} names no category ${category}`);
      return {
        id,
        category: categories[category],
        updated: isoDate(day),
        complete,
        symptom,
        titleTerms,
        coverage,
        adjacent,
        score,
      };
    });
    table.set(key, { outcome: { ...rest, hits }, heads: heads.map(([slug, title]) => ({ slug, title })) });
  }
  return table;
}
