/**
 * Build-time half of search: turns loaded articles into the payload and MiniSearch index the
 * browser downloads. Node only; the shared pieces come from src/search.
 */
import MiniSearch from "minisearch";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { miniSearchOptions, type IndexedDoc } from "../../search/index-options";
import { compact } from "../../search/normalize";
import { choseongOf, isHangulWord } from "../../search/hangul";
import { CLEAR_PARTICLES } from "../../search/stem";
import { countWords } from "../../search/suggest";
import {
  dayNumber,
  FILE_BUDGET_BYTES,
  fileName,
  SEARCH_FILES_VERSION,
  type FileKind,
  type DocRecord,
  type DocStats,
  type IndexEntry,
  type PairPositions,
  type SearchMeta,
  type WordCounts,
} from "../../search/format/files";
import { fieldTexts } from "../../search/field-match";
import { isWordChar } from "../../search/normalize";
import { minePairs } from "./mine-pairs";
import { describesTrouble } from "../../search/symptom";
import type { SearchData, SearchDoc } from "../../search/types";

export interface ArticleForSearch {
  readonly slug: string;
  readonly title: string;
  readonly categoryPath: string;
  readonly updated: string;
  readonly keywords: readonly string[];
  /** Plain text of the body (see html-to-text.ts). */
  readonly text: string;
  /** Text of the body's section headings, in order (also part of `text`). */
  readonly headings?: readonly string[];
}

export interface CategoryForSearch {
  readonly path: string;
  readonly labels: readonly string[];
}

export function buildSearchData(
  articles: readonly ArticleForSearch[],
  categories: readonly CategoryForSearch[],
  synonyms: readonly (readonly string[])[] = [],
): SearchData {
  const categoryIndex = new Map(categories.map((c, i) => [c.path, i]));
  const docs: SearchDoc[] = articles.map((article) => {
    const category = categoryIndex.get(article.categoryPath);
    if (category === undefined)
      throw new Error(`search data: article ${article.slug} has unknown category ${article.categoryPath}`);
    return {
      slug: article.slug,
      title: article.title.normalize("NFC"),
      category,
      updated: article.updated,
      keywords: article.keywords.map((k) => k.normalize("NFC")),
      body: article.text.normalize("NFC"),
      headings: (article.headings ?? []).map((h) => h.normalize("NFC")),
    };
  });
  return {
    version: 1,
    categories: categories.map((c) => ({ path: c.path, labels: [...c.labels] })),
    // In category order (a stable sort): each category's articles are then one range of ids, which
    // the search files store as one number per category instead of one per article.
    docs: docs.sort((a, b) => a.category - b.category),
    synonyms: synonyms.map((group) => group.map((member) => member.normalize("NFC"))),
  };
}

function buildIndex(data: SearchData): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(data.docs.map((doc, id) => ({ id, doc })));
  return index;
}

interface SearchAsset {
  /** File name with a content hash, e.g. `terms-3.3f2a9c1b0d.json`. */
  readonly name: string;
  readonly body: string;
}

const contentHash = (bodies: readonly string[]) => {
  const hash = createHash("sha256");
  for (const body of bodies) hash.update(body).update("\0");
  return hash.digest("hex").slice(0, 10);
};

function fingerprinted(stem: string, body: string): SearchAsset {
  return { name: `${stem}.${contentHash([body])}.json`, body };
}

export interface SplitOptions {
  /** Term shards hold at most this many bytes of JSON (before compression). */
  readonly shardBytes?: number;
  /** At most this many articles per doc block. */
  readonly docBlockSize?: number;
  /** Doc blocks, stats and initials files hold at most this many bytes of JSON, unless one article alone is larger. */
  readonly blockBytes?: number;
  /** At most this many words in the spelling-suggestion list (fewer if they would not fit the budget). */
  readonly maxWords?: number;
  /** No file may be larger than this, brotli-compressed. */
  readonly budgetBytes?: number;
}

const DEFAULT_SPLIT: Required<SplitOptions> = {
  shardBytes: 24_000,
  docBlockSize: 8,
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

/**
 * Where each syllable pair stands, per field id: one flat list `[doc, n, delta₁ … deltaₙ, doc, …]`
 * in document order, positions delta-encoded within the field. Flat lists, not an object per pair,
 * field and document: at 50,000 articles that was 5.8 million small objects and 1.3 GB.
 */
type FlatPositions = (number[] | undefined)[];

function pairPositions(data: SearchData): Map<string, FlatPositions> {
  const all = new Map<string, FlatPositions>();
  const inField = new Map<string, number[]>();
  data.docs.forEach((doc, id) => {
    fieldTexts(doc).forEach((text, fieldId) => {
      const chars = [...text];
      inField.clear();
      for (let p = 0; p + 1 < chars.length; p++) {
        if (!isWordChar(chars[p]!) || !isWordChar(chars[p + 1]!)) continue;
        const pair = chars[p]! + chars[p + 1]!;
        const found = inField.get(pair);
        if (found) found.push(p);
        else inField.set(pair, [p]);
      }
      for (const [pair, starts] of inField) {
        let byField = all.get(pair);
        if (!byField) all.set(pair, (byField = []));
        const flat = (byField[fieldId] ??= []);
        flat.push(id, starts.length);
        let last = 0;
        for (const p of starts) {
          flat.push(p - last);
          last = p;
        }
      }
    });
  });
  return all;
}

/** The search files' form of one pair's positions: `{ fieldId: { docId: deltas } }`. */
function positionsOf(byField: FlatPositions): PairPositions {
  const out: PairPositions = {};
  byField.forEach((flat, fieldId) => {
    if (!flat) return;
    const byDoc: Record<string, number[]> = (out[fieldId] = {});
    for (let i = 0; i < flat.length;) {
      const doc = flat[i]!;
      const n = flat[i + 1]!;
      byDoc[doc] = flat.slice(i + 2, i + 2 + n);
      i += 2 + n;
    }
  });
  return out;
}

/** How often a one-syllable word must stand alone or before a clear particle to count as a word. */
const SHORT_WORD_MIN_COUNT = 2;

/**
 * One-syllable Hangul words of the articles (`봇`, `앱`, `욕`): those written alone or followed by a
 * particle that never ends a noun (`봇을`, `앱에서`). The query's stemmer may reduce `봇의` to `봇`
 * only when `봇` is one of them, so `회의` never becomes `회`.
 */
function oneSyllableWords(counts: ReadonlyMap<string, number>): string {
  const found = new Map<string, number>();
  for (const [word, count] of counts) {
    const chars = [...word];
    if (!isHangulWord(chars[0] ?? "")) continue;
    const rest = chars.slice(1).join("");
    if (rest === "" || CLEAR_PARTICLES.includes(rest)) found.set(chars[0]!, (found.get(chars[0]!) ?? 0) + count);
  }
  return [...found]
    .filter(([, count]) => count >= SHORT_WORD_MIN_COUNT)
    .map(([ch]) => ch)
    .sort()
    .join("");
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const brotliBytes = (text: string) =>
  brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: text.length } }).length;

/** Consecutive items packed into groups of at most `maxItems` and `maxBytes` (an item larger than that alone). */
function pack<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number, maxItems = Infinity): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item) + 1;
    if (group.length > 0 && (bytes + size > maxBytes || group.length >= maxItems)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

interface ShardPart {
  readonly entry: IndexEntry;
  readonly positions: PairPositions | undefined;
}

/**
 * One token's postings (and pair positions) cut by article id into parts of at most `maxBytes`:
 * a token in most articles of a large help center would not fit one file.
 */
function splitToken(entry: IndexEntry, positions: PairPositions | undefined, maxBytes: number): ShardPart[] {
  const [token, byField] = entry;
  const ids = [...new Set(Object.values(byField).flatMap((byDoc) => Object.keys(byDoc)))].map(Number).sort((a, b) => a - b);
  const docBytes = (id: number) => {
    let bytes = 0;
    for (const field in byField) if (byField[field]![id] !== undefined) bytes += String(id).length + 8;
    if (positions)
      for (const field in positions) if (positions[field]![id]) bytes += jsonBytes(positions[field]![id]) + String(id).length + 4;
    return bytes;
  };
  const overhead = jsonBytes(token) + 64;
  return pack(ids, docBytes, Math.max(1, maxBytes - overhead)).map((group) => {
    const partFields: IndexEntry[1] = {};
    const partPositions: PairPositions = {};
    for (const id of group) {
      for (const field in byField) {
        const tf = byField[field]![id];
        if (tf !== undefined) (partFields[field] ??= {})[id] = tf;
      }
      if (positions)
        for (const field in positions) {
          const list = positions[field]![id];
          if (list) (partPositions[field] ??= {})[id] = list;
        }
    }
    return { entry: [token, partFields], positions: positions ? partPositions : undefined };
  });
}

/**
 * Term shards in token order, each at most `shardBytes` of JSON, written as JSON text as they
 * fill: each token's entry and positions are turned into JSON once. A token too big for one shard
 * starts a new shard and fills as many as it needs, each starting with it (see shardsHolding).
 */
function termShardsOf(entries: IndexEntry[], positions: Map<string, FlatPositions>, shardBytes: number) {
  const sorted = entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards: { bound: string; body: string }[] = [];
  let open: { bound: string; entries: string[]; positions: string[]; bytes: number } | undefined;
  const close = () => {
    if (open)
      shards.push({
        bound: open.bound,
        body: `{"entries":[${open.entries.join(",")}],"positions":{${open.positions.join(",")}}}`,
      });
    open = undefined;
  };
  const add = (token: string, entryJson: string, positionsJson: string | undefined, fresh: boolean) => {
    const bytes =
      Buffer.byteLength(entryJson) +
      (positionsJson === undefined ? 0 : Buffer.byteLength(positionsJson) + Buffer.byteLength(token) + 4) +
      2;
    if (!open || fresh || open.bytes + bytes > shardBytes) {
      close();
      open = { bound: token, entries: [], positions: [], bytes: 32 };
    }
    open.entries.push(entryJson);
    if (positionsJson !== undefined) open.positions.push(`${JSON.stringify(token)}:${positionsJson}`);
    open.bytes += bytes;
  };
  for (const entry of sorted) {
    const token = entry[0];
    const flat = positions.get(token);
    const found = flat ? positionsOf(flat) : undefined;
    const entryJson = JSON.stringify(entry);
    const positionsJson = found ? JSON.stringify(found) : undefined;
    const bytes =
      Buffer.byteLength(entryJson) + (positionsJson ? Buffer.byteLength(positionsJson) + Buffer.byteLength(token) + 4 : 0);
    if (bytes + 34 <= shardBytes) add(token, entryJson, positionsJson, false);
    else
      for (const part of splitToken(entry, found, shardBytes - 34))
        add(token, JSON.stringify(part.entry), part.positions ? JSON.stringify(part.positions) : undefined, true);
  }
  close();
  return shards;
}

/** The first items (the most frequent words or pairs) whose file fits the budget once compressed. */
function firstWithin(items: readonly unknown[], budgetBytes: number): string {
  let kept = items.length;
  let body = JSON.stringify(items);
  while (kept > 0 && brotliBytes(body) > budgetBytes) {
    kept = Math.floor(kept * 0.9);
    body = JSON.stringify(items.slice(0, kept));
  }
  return body;
}

/** Throws, naming the file, if one is over the budget (compressed only when its raw size could be). */
function checkBudget(assets: readonly SearchAsset[], budgetBytes: number, describe: (name: string) => string): void {
  for (const asset of assets) {
    if (Buffer.byteLength(asset.body) <= budgetBytes) continue;
    const compressed = brotliBytes(asset.body);
    if (compressed > budgetBytes)
      throw new Error(
        `search files: ${asset.name} is ${compressed} bytes compressed, over the budget of ${budgetBytes} bytes${describe(asset.name)}`,
      );
  }
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

/** Splits the index and documents into the files described in src/search/format/files.ts. */
export function buildSearchFiles(data: SearchData, options: SplitOptions = {}): SearchFiles {
  const settings = { ...DEFAULT_SPLIT, ...options };
  const { docBlockSize, maxWords, budgetBytes } = settings;
  // JSON within the budget is within it compressed: only files holding one article too long can exceed it.
  const shardBytes = Math.min(settings.shardBytes, budgetBytes);
  const blockBytes = Math.min(settings.blockBytes, budgetBytes);
  const serialised = buildIndex(data).toJSON();
  const shards = termShardsOf(serialised.index, pairPositions(data), shardBytes);
  const termShards = shards.map(({ body }) => body);

  const records = data.docs.map(({ slug, title, keywords, body }): DocRecord => ({ slug, title, keywords, body }));
  const ids = data.docs.map((_, id) => id);
  const docGroups = pack(ids, (id) => jsonBytes(records[id]), blockBytes, docBlockSize);
  const docBlocks = docGroups.map((group) => JSON.stringify(group.map((id) => records[id])));

  const titleInitials = data.docs.map((doc) => choseongOf(compact(doc.title)));
  const initials = pack(ids, (id) => jsonBytes(titleInitials[id]), blockBytes).map((group) =>
    JSON.stringify(group.map((id) => titleInitials[id])),
  );

  // Document ids are the positions in data.docs; MiniSearch's short ids match them because
  // documents are added in order to a fresh index.
  const fieldLength = (id: number) => serialised.fieldLength[id] as number[];
  const stats = pack(ids, (id) => jsonBytes(fieldLength(id)) + 12, blockBytes).map((group) => {
    const block: DocStats = {
      day: group.map((id) => dayNumber(data.docs[id]!.updated)),
      fieldLength: group.map(fieldLength),
      trouble: group.flatMap((id, position) => (describesTrouble(compact(data.docs[id]!.title)) ? [position] : [])),
    };
    return JSON.stringify(block);
  });

  const counts = countWords(data.docs.flatMap((doc) => [doc.title, doc.body, ...doc.keywords]));
  const shortWords = oneSyllableWords(counts);
  const words: WordCounts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxWords);
  const wordsBody = firstWithin(words, budgetBytes);
  const pairsBody = firstWithin(minePairs(data.docs.flatMap((doc) => [doc.title, doc.body])), budgetBytes);

  const files: SearchMeta["files"] = {
    id: contentHash([...stats, ...termShards, ...docBlocks, ...initials, wordsBody, pairsBody]),
    stats: stats.length,
    termBounds: shards.map((s) => s.bound),
    docBlockStarts: docGroups.map((group) => group[0]!),
    initials: initials.length,
  };
  const named = (kind: FileKind, bodies: readonly string[]) =>
    bodies.map((body, i): SearchAsset => ({ name: fileName({ files }, kind, i), body }));
  const meta: SearchMeta = {
    version: SEARCH_FILES_VERSION,
    documentCount: data.docs.length,
    categories: data.categories,
    categoryStarts: categoryStarts(data),
    averageFieldLength: serialised.averageFieldLength,
    files,
    synonyms: data.synonyms ?? [],
    shortWords,
  };
  const assets: SearchFiles = {
    meta: fingerprinted("meta", JSON.stringify(meta)),
    upFront: named("stats", stats),
    others: [
      ...named("terms", termShards),
      ...named("docs", docBlocks),
      ...named("initials", initials),
      ...named("words", [wordsBody]),
      ...named("pairs", [pairsBody]),
    ],
  };
  // Only a doc block can outgrow the budget: it holds at least one whole article.
  const docsFile = new Map(named("docs", docBlocks).map((asset, i) => [asset.name, docGroups[i]!]));
  checkBudget([assets.meta, ...assets.upFront, ...assets.others], budgetBytes, (name) => {
    const slugs = docsFile.get(name)?.map((id) => data.docs[id]!.slug);
    return slugs ? `: the text of ${slugs.join(", ")} alone is that long; split the article into several` : "";
  });
  return assets;
}
