/**
 * Build-time half of search: turns loaded articles into the payload and MiniSearch index the
 * browser downloads. Node only; the shared pieces come from src/search.
 */
import MiniSearch from "minisearch";
import { createHash } from "node:crypto";
import { miniSearchOptions, type IndexedDoc } from "../../search/index-options";
import { compact } from "../../search/normalize";
import { choseongOf, isHangulWord } from "../../search/hangul";
import { CLEAR_PARTICLES } from "../../search/stem";
import { countWords } from "../../search/suggest";
import {
  dayNumber,
  SEARCH_FILES_VERSION,
  shardOf,
  type DocRecord,
  type IndexEntry,
  type PairPositions,
  type SearchMeta,
  type TermShard,
  type WordCounts,
} from "../../search/payload";
import { fieldTexts } from "../../search/reference";
import { isWordChar } from "../../search/normalize";
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
    docs,
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

function fingerprinted(stem: string, body: string): SearchAsset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return { name: `${stem}.${hash}.json`, body };
}

export interface SplitOptions {
  /** Aim for term shards of about this many bytes of JSON (before compression). */
  readonly shardBytes?: number;
  /** Articles per doc block. */
  readonly docBlockSize?: number;
  /** At most this many words in the spelling-suggestion list. */
  readonly maxWords?: number;
}

const DEFAULT_SPLIT: Required<SplitOptions> = { shardBytes: 24_000, docBlockSize: 8, maxWords: 20_000 };

export interface SearchFiles {
  /** The file the page loads first; it names all the others. */
  readonly meta: SearchAsset;
  readonly others: readonly SearchAsset[];
}

/** Delta-encoded positions of every syllable pair in every field of every document. */
function pairPositions(data: SearchData): Map<string, PairPositions> {
  const all = new Map<string, PairPositions>();
  data.docs.forEach((doc, id) => {
    fieldTexts(doc).forEach((text, fieldId) => {
      const chars = [...text];
      const last = new Map<string, number>();
      for (let p = 0; p + 1 < chars.length; p++) {
        const pair = chars[p]! + chars[p + 1]!;
        if (!isWordChar(chars[p]!) || !isWordChar(chars[p + 1]!)) continue;
        let byField = all.get(pair);
        if (!byField) all.set(pair, (byField = {}));
        const byDoc = (byField[fieldId] ??= {});
        const list = (byDoc[id] ??= []);
        list.push(p - (last.get(pair) ?? 0));
        last.set(pair, p);
      }
    });
  });
  return all;
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

/** Splits the index and documents into the files described in src/search/payload.ts. */
export function buildSearchFiles(data: SearchData, options: SplitOptions = {}): SearchFiles {
  const { shardBytes, docBlockSize, maxWords } = { ...DEFAULT_SPLIT, ...options };
  const serialised = buildIndex(data).toJSON();
  const entries = serialised.index as IndexEntry[];
  const positions = pairPositions(data);
  const entryBytes = entries.reduce(
    (sum, entry) => sum + JSON.stringify(entry).length + JSON.stringify(positions.get(entry[0]) ?? 0).length,
    0,
  );
  const shardCount = Math.min(1024, Math.max(1, Math.ceil(entryBytes / shardBytes)));
  const groups: TermShard[] = Array.from({ length: shardCount }, () => ({ entries: [], positions: {} }));
  for (const entry of entries) {
    const group = groups[shardOf(entry[0], shardCount)]!;
    group.entries.push(entry);
    const found = positions.get(entry[0]);
    if (found) group.positions[entry[0]] = found;
  }
  const termShards = groups.map((group, i) => fingerprinted(`terms-${i}`, JSON.stringify(group)));

  const docBlocks: SearchAsset[] = [];
  for (let start = 0; start < data.docs.length; start += docBlockSize) {
    const records: DocRecord[] = data.docs
      .slice(start, start + docBlockSize)
      .map(({ slug, title, keywords, body }) => ({ slug, title, keywords, body }));
    docBlocks.push(fingerprinted(`docs-${start / docBlockSize}`, JSON.stringify(records)));
  }
  const initials = fingerprinted("initials", JSON.stringify(data.docs.map((doc) => choseongOf(compact(doc.title)))));
  const counts = countWords(data.docs.flatMap((doc) => [doc.title, doc.body, ...doc.keywords]));
  const shortWords = oneSyllableWords(counts);
  const words: WordCounts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxWords);
  const wordsFile = fingerprinted("words", JSON.stringify(words));

  // Document ids are the positions in data.docs; MiniSearch's short ids match them because
  // documents are added in order to a fresh index.
  const fieldLength = data.docs.map((_, id) => serialised.fieldLength[id] as number[]);
  const meta: SearchMeta = {
    version: SEARCH_FILES_VERSION,
    categories: data.categories,
    category: data.docs.map((doc) => doc.category),
    day: data.docs.map((doc) => dayNumber(doc.updated)),
    fieldLength,
    averageFieldLength: serialised.averageFieldLength,
    files: {
      termShards: termShards.map((a) => a.name),
      docBlocks: docBlocks.map((a) => a.name),
      initials: initials.name,
      words: wordsFile.name,
    },
    docBlockSize,
    synonyms: data.synonyms ?? [],
    shortWords,
  };
  return { meta: fingerprinted("meta", JSON.stringify(meta)), others: [...termShards, ...docBlocks, initials, wordsFile] };
}
