/**
 * The search files of a build (format/files.ts says what each holds): the MiniSearch index, cut
 * into term shards, its pairs' vocabulary, and the articles' text, titles, statistics, initials and words, each written by a small
 * writer and held within the budget.
 */
import MiniSearch from "minisearch";
import { createHash } from "node:crypto";
import { miniSearchOptions, type IndexedDoc } from "../../search/index-options";
import { compact } from "../../search/normalize";
import { titleChoseong } from "../../search/field-match";
import { countWords } from "../../search/suggest";
import {
  dayNumber,
  FILE_BUDGET_BYTES,
  fileName,
  SEARCH_FILES_VERSION,
  LEAD_CHARS,
  type FileKind,
  type IndexEntry,
  type StoredDocRecord,
  type PairCounts,
  type SearchMeta,
  type WordCounts,
} from "../../search/format/files";
import { encodeFile, encodeMeta, type FileContents } from "../../search/format/codec";
import { describesTrouble } from "../../search/symptom";
import type { SearchData } from "../../search/types";
import { brotliBytes, checkBudget, jsonBytes } from "./file-size";
import { minePairs } from "./mine-pairs";
import { relatedWordsIn } from "./related-in-articles";
import { prefixListsOf } from "./prefix-lists";
import { wordListsOf, wordsToList } from "./word-lists";
import { pack } from "./pack";
import { pairPositions } from "./pair-positions";
import { oneSyllableWords } from "./short-words";
import { articlesOf, positionShardsOf, termShardsOf } from "./term-shards";
import { withImpacts } from "./impacts";

function buildIndex(data: SearchData): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(data.docs.map((doc, id) => ({ id, doc })));
  return index;
}

export interface SearchAsset {
  /** File name with a content hash, e.g. `terms-3.3f2a9c1b0d.json`. */
  readonly name: string;
  readonly body: string;
}

const contentHash = (bodies: readonly string[]) => {
  const hash = createHash("sha256");
  for (const body of bodies) hash.update(body).update("\0");
  return hash.digest("hex").slice(0, 10);
};

export function fingerprinted(stem: string, body: string): SearchAsset {
  return { name: `${stem}.${contentHash([body])}.json`, body };
}

export interface SplitOptions {
  /** Term shards hold at most this many bytes of JSON (before compression). */
  readonly shardBytes?: number;
  /** Position shards hold at most this many bytes of JSON. */
  readonly positionBytes?: number;
  /** At most this many articles per doc block. */
  readonly docBlockSize?: number;
  /** Doc blocks hold at most this many bytes of JSON, unless one article alone is larger. */
  readonly docBytes?: number;
  /** Title blocks hold at most this many bytes of JSON, unless one article's title alone is larger. */
  readonly titleBytes?: number;
  /** A body longer than this many characters keeps this many (at most) in its doc block, the rest in a rests file. */
  readonly leadChars?: number;
  /** Doc blocks, stats and initials files hold at most this many bytes of JSON, unless one article alone is larger. */
  readonly blockBytes?: number;
  /** At most this many words in the spelling-suggestion list (fewer if they would not fit the budget). */
  readonly maxWords?: number;
  /** No file may be larger than this, brotli-compressed. */
  readonly budgetBytes?: number;
}

const DEFAULT_SPLIT: Required<SplitOptions> = {
  // Postings and positions apart, in shards of 16 and 8 KB: a prefix or a two-syllable term reads
  // postings alone, a longer term one small position shard a pair. Measured over 20 queries at
  // 10,000 articles (first search, brotli, summed; files a query reads p50 / p90): combined 24 KB
  // shards 2,850 KB; apart 8 + 8 KB 2,446 KB (37 / 80 files); 16 + 8 KB 2,485 KB (28 / 68 files),
  // kept for fewer requests; 16 + 16 KB 2,474 KB but 98 KB p90 at 2,000 articles (80 KB with 16 + 8).
  shardBytes: 16_000,
  positionBytes: 8_000,
  docBlockSize: 8,
  // A results page loads the blocks of its ten articles, with every other article in them: up to
  // eight short articles share a block, a long one has its own. First search in Node, brotli, the
  // bench's queries: on the Korean React docs (long pages) 64 KB blocks 138 KB p50, 16 KB 104 KB,
  // 8 KB 96 KB, files read the same (19 p50); generated corpora of short articles unchanged.
  docBytes: 8_000,
  // A dropdown's rows read the title blocks they fall in. Typing queries key by key (five of the
  // typing bench's at 10,000 generated articles, short; five questions on the Korean React docs,
  // long pages), the rows' bytes per query (brotli) and requests: at 10,000 2 KB blocks 12-26 KB
  // and 21-45 requests, 4 KB 20-40 KB and 21-42, 16 KB 52-82 KB and 19-30, the rows' doc blocks
  // 30-66 KB and 22-47; on the React docs 2 KB 4 KB and 7, 4 KB 4 KB and 4, doc blocks 130-247 KB
  // and 30-43.
  titleBytes: 4_000,
  leadChars: LEAD_CHARS,
  blockBytes: FILE_BUDGET_BYTES,
  maxWords: 20_000,
  budgetBytes: FILE_BUDGET_BYTES,
};

export interface SearchFiles {
  /** The file the page loads first; it names all the others. */
  readonly meta: SearchAsset;
  /** Files the page loads with the meta file, before any query (the stats blocks). */
  readonly upFront: readonly SearchAsset[];
  readonly others: readonly SearchAsset[];
}

/** The first article id of each category; throws if the articles are not in category order. */
function categoryStarts(data: SearchData): number[] {
  const starts: number[] = [];
  data.docs.forEach((doc, id) => {
    if (id > 0 && doc.category < data.docs[id - 1]!.category)
      throw new Error(`search files: articles must be in category order (${doc.slug})`);
    while (starts.length <= doc.category) starts.push(id);
  });
  while (starts.length < data.categories.length) starts.push(data.docs.length);
  return starts;
}

const ids = (data: SearchData) => data.docs.map((_, id) => id);

/** The bytes a file of `kind` has with no items: what its items share the block's bytes with. */
const frameBytes = <K extends FileKind>(kind: K, empty: FileContents[K]) => Buffer.byteLength(encodeFile(kind, empty));

/** The kinds that hold one item per article, in id order. */
type ArticleBlockKind = "docs" | "titles" | "initials";

/**
 * One item per article packed into blocks of consecutive ids, each within `blockBytes` of JSON and
 * `maxItems` items (an item larger than that alone): the groups of ids and each block's text.
 */
function articleBlocks<K extends ArticleBlockKind>(
  kind: K,
  items: readonly FileContents[K][number][],
  blockBytes: number,
  maxItems = Infinity,
) {
  const empty = [] as unknown as FileContents[K];
  const groups = pack(
    items.map((_, id) => id),
    (id) => jsonBytes(items[id]),
    blockBytes - frameBytes(kind, empty),
    maxItems,
  );
  return { groups, bodies: groups.map((group) => encodeFile(kind, group.map((id) => items[id]!) as unknown as FileContents[K])) };
}

/**
 * A long body as its lead and the rest (`lead + rest` is the body): cut at the last space within
 * `leadChars`, so no word is cut in two, or at `leadChars` where the lead has no space after its
 * first half (never inside a surrogate pair); null for a body that fits.
 */
export function leadAndRest(body: string, leadChars = LEAD_CHARS): [lead: string, rest: string] | null {
  if (body.length <= leadChars) return null;
  const space = body.lastIndexOf(" ", leadChars);
  let cut = space > leadChars / 2 ? space : leadChars;
  const code = body.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut--;
  return [body.slice(0, cut), body.slice(cut)];
}

/**
 * Doc blocks: the text records of consecutive articles, for snippets and to verify long terms; a
 * long article's record holds its lead, and the rest of its body is in a rests file (files.ts
 * StoredDocRecord), whose articles are packed the same way.
 */
function writeDocBlocks(data: SearchData, blockBytes: number, docBlockSize: number, leadChars: number) {
  const split = data.docs.map((doc) => leadAndRest(doc.body, leadChars));
  const long = ids(data).filter((id) => split[id]);
  const restGroups = pack(long, (id) => jsonBytes([id, split[id]![1]]), blockBytes - frameBytes("rests", []));
  const restFile = new Map(restGroups.flatMap((group, n) => group.map((id) => [id, n] as const)));
  const docs = articleBlocks(
    "docs",
    data.docs.map(({ slug, title, keywords, body }, id): StoredDocRecord => {
      const rest = restFile.get(id);
      return rest === undefined ? { slug, title, keywords, body } : { slug, title, keywords, body: split[id]![0], rest };
    }),
    blockBytes,
    docBlockSize,
  );
  const rests = restGroups.map((group) =>
    encodeFile(
      "rests",
      group.map((id): [number, string] => [id, split[id]![1]]),
    ),
  );
  return { ...docs, rests, restGroups };
}

/** Title blocks: each article's slug and title, for the rows of a search box's dropdown. */
const writeTitles = (data: SearchData, blockBytes: number) =>
  articleBlocks(
    "titles",
    data.docs.map(({ slug, title }): [string, string] => [slug, title]),
    blockBytes,
  );

/** Initials blocks: each title's initial consonants (`ㅊㅂ` queries). */
const writeInitials = (data: SearchData, blockBytes: number): string[] =>
  articleBlocks(
    "initials",
    data.docs.map((doc) => titleChoseong(doc.title)),
    blockBytes,
  ).bodies;

/** Stats blocks: each article's date and whether its title describes a failure. */
function writeStats(data: SearchData, blockBytes: number): string[] {
  const day = data.docs.map((doc) => dayNumber(doc.updated));
  const trouble = data.docs.map((doc) => describesTrouble(compact(doc.title)));
  // An article's bytes in its block: its day's difference from the article before (the codec
  // writes the gaps) and, if in trouble, its position's gap (at most its id). A block's first day
  // is written whole.
  const bytesOf = (id: number) => String(day[id]! - (day[id - 1] ?? 0)).length + 1 + (trouble[id] ? String(id).length + 1 : 0);
  const firstDay = day.reduce((most, d) => Math.max(most, String(d).length), 0);
  return pack(ids(data), bytesOf, blockBytes - frameBytes("stats", { day: [], trouble: [] }) - firstDay).map((group) =>
    encodeFile("stats", {
      day: group.map((id) => day[id]!),
      trouble: group.flatMap((id, position) => (trouble[id] ? [position] : [])),
    }),
  );
}

/** The first items (the most frequent words or pairs) whose file fits the budget once compressed. */
export function firstWithin<T>(items: readonly T[], encode: (items: readonly T[]) => string, budgetBytes: number): string {
  let kept = items.length;
  let body = encode(items);
  while (kept > 0 && brotliBytes(body) > budgetBytes) {
    kept = Math.floor(kept * 0.9);
    body = encode(items.slice(0, kept));
  }
  return body;
}

/** The words file (the most frequent whole words) and the one-syllable words the meta file lists. */
function writeWords(data: SearchData, maxWords: number, budgetBytes: number) {
  const counts = countWords(data.docs.flatMap((doc) => [doc.title, doc.body, ...doc.keywords]));
  const words: WordCounts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxWords);
  const body = firstWithin(words, (kept) => encodeFile("words", [...kept]), budgetBytes);
  return { body, shortWords: oneSyllableWords(counts), counts };
}

/**
 * Vocabulary blocks: every two-character token (a syllable pair) with how many articles have it,
 * in token order, cut at `blockBytes`; and the first pair of each block.
 */
function writeVocabulary(entries: readonly IndexEntry[], blockBytes: number) {
  const pairs: PairCounts = [];
  for (const [token, byField] of entries) {
    if ([...token].length === 2) pairs.push([token, articlesOf(byField).size]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const groups = pack(pairs, (pair) => jsonBytes(pair), blockBytes - frameBytes("vocabulary", []));
  return { bounds: groups.map((group) => group[0]![0]), bodies: groups.map((group) => encodeFile("vocabulary", group)) };
}

/** Splits the index and documents into the files described in src/search/format/files.ts. */
export function buildSearchFiles(data: SearchData, options: SplitOptions = {}): SearchFiles {
  const settings = { ...DEFAULT_SPLIT, ...options };
  const { docBlockSize, maxWords, budgetBytes } = settings;
  // JSON within the budget is within it compressed: only files holding one article too long can exceed it.
  const shardBytes = Math.min(settings.shardBytes, budgetBytes);
  const blockBytes = Math.min(settings.blockBytes, budgetBytes);
  const serialised = buildIndex(data).toJSON();
  // MiniSearch's short ids are the positions in `data.docs`: the documents are added in order to a fresh index.
  const postings = withImpacts(
    serialised.index,
    ids(data).map((id) => serialised.fieldLength[id]!),
    serialised.averageFieldLength,
  );
  const shards = termShardsOf(postings, shardBytes);
  const termShards = shards.map(({ body }) => body);
  const positionShards = positionShardsOf(pairPositions(data), Math.min(settings.positionBytes, budgetBytes));
  const words = writeWords(data, maxWords, budgetBytes);
  const prefixLists = prefixListsOf(
    postings,
    shards.map((s) => s.bound),
    data.docs.length,
  );
  // Words whose positions fill several position files get their answer stored beside the prefix lists.
  const listed = wordsToList(
    words.counts,
    positionShards.map((s) => s.bound),
    data.docs.length,
  );
  const wordLists = wordListsOf(listed, postings, data);
  const prefixShards = termShardsOf(
    [...prefixLists, ...wordLists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    shardBytes,
  );
  const docBlocks = writeDocBlocks(data, Math.min(settings.docBytes, blockBytes), docBlockSize, settings.leadChars);
  const titles = writeTitles(data, Math.min(settings.titleBytes, blockBytes));
  const initials = writeInitials(data, blockBytes);
  const vocabulary = writeVocabulary(postings, shardBytes);
  const stats = writeStats(data, blockBytes);
  // The related words this help center's articles use (a few KB at most); the declared pairs fill the rest.
  const related = relatedWordsIn(words.counts);
  const declared = minePairs(data.docs.flatMap((doc) => [doc.title, doc.body]));
  const pairs = firstWithin(declared, (kept) => encodeFile("pairs", { declared: [...kept], related }), budgetBytes);

  const files: SearchMeta["files"] = {
    id: contentHash([
      ...stats,
      ...termShards,
      ...positionShards.map((s) => s.body),
      ...prefixShards.map((s) => s.body),
      ...docBlocks.bodies,
      ...docBlocks.rests,
      ...titles.bodies,
      ...initials,
      ...vocabulary.bodies,
      words.body,
      pairs,
    ]),
    stats: stats.length,
    termBounds: shards.map((s) => s.bound),
    positionBounds: positionShards.map((s) => s.bound),
    docBlockStarts: docBlocks.groups.map((group) => group[0]!),
    titleBlockStarts: titles.groups.map((group) => group[0]!),
    initials: initials.length,
    vocabularyBounds: vocabulary.bounds,
    prefixBounds: prefixShards.map((s) => s.bound),
    prefixed: prefixLists.map(([first]) => first).join(""),
    listed: wordLists
      .map(([word]) => word)
      .sort()
      .join(" "),
  };
  const named = (kind: FileKind, bodies: readonly string[]) =>
    bodies.map((body, i): SearchAsset => ({ name: fileName({ files }, kind, i), body }));
  const meta: SearchMeta = {
    version: SEARCH_FILES_VERSION,
    documentCount: data.docs.length,
    categories: data.categories,
    categoryStarts: categoryStarts(data),
    files,
    synonyms: data.synonyms ?? [],
    shortWords: words.shortWords,
  };
  const docsFiles = named("docs", docBlocks.bodies);
  const restsFiles = named("rests", docBlocks.rests);
  const assets: SearchFiles = {
    meta: fingerprinted("meta", encodeMeta(meta)),
    upFront: named("stats", stats),
    others: [
      ...named("terms", termShards),
      ...named(
        "positions",
        positionShards.map((s) => s.body),
      ),
      ...named(
        "prefixes",
        prefixShards.map((s) => s.body),
      ),
      ...docsFiles,
      ...restsFiles,
      ...named("titles", titles.bodies),
      ...named("initials", initials),
      ...named("vocabulary", vocabulary.bodies),
      ...named("words", [words.body]),
      ...named("pairs", [pairs]),
    ],
  };
  // Only a doc block or a rests file can outgrow the budget: it holds at least one article's text.
  const docsFile = new Map([
    ...docsFiles.map((asset, i) => [asset.name, docBlocks.groups[i]!] as const),
    ...restsFiles.map((asset, i) => [asset.name, docBlocks.restGroups[i]!] as const),
  ]);
  checkBudget([assets.meta, ...assets.upFront, ...assets.others], budgetBytes, (name) => {
    const slugs = docsFile.get(name)?.map((id) => data.docs[id]!.slug);
    return slugs ? `: the text of ${slugs.join(", ")} alone is that long; split the article into several` : "";
  });
  return assets;
}
