/**
 * Answers queries from the split search files (payload.ts), loading only what a query touches:
 * candidates come from the syllable-pair index, long terms are verified against the text so the
 * count is exact, and the results are ranked. The same code runs in the browser (files fetched)
 * and in Node tests and benchmarks (files in memory).
 */
import MiniSearch from "minisearch";
import { parseQuery, type ParsedQuery, type Term } from "./query";
import { pairsOfRun } from "./tokens";
import { prepareFields, termInTitle, termMatches, type PreparedFields } from "./reference";
import { INDEX_FIELDS, miniSearchOptions, type IndexedDoc } from "./index-options";
import {
  isoDate,
  shardOf,
  type DocRecord,
  type PairPositions,
  type SearchMeta,
  type TermShard,
  type WordCounts,
} from "./payload";
import { SpellingSuggester } from "./suggest";
import type { SearchCategory, SortOrder } from "./types";

/** Where the engine gets the files; each method is called at most once per file. */
export interface SearchSource {
  readonly meta: SearchMeta;
  termShard(index: number): Promise<TermShard>;
  docBlock(index: number): Promise<DocRecord[]>;
  initials(): Promise<string[]>;
  words(): Promise<WordCounts>;
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

export interface Hit {
  readonly id: number;
  readonly category: SearchCategory;
  /** `YYYY-MM-DD`. */
  readonly updated: string;
  /** Terms found in the title (ranking tier 1). */
  readonly titleTerms: number;
  /** 1 when the whole query stands together, e.g. `채널 연결` as one phrase (tier 2). */
  readonly adjacent: number;
  /** BM25 from the index, title boosted (tier 3). */
  readonly score: number;
}

export interface SearchOutcome {
  readonly query: ParsedQuery;
  /** Matching articles in the chosen category, in the chosen order. */
  readonly hits: readonly Hit[];
  /** Matching articles per category path (every level), before the category filter. */
  readonly categoryCounts: ReadonlyMap<string, number>;
  /** Matching articles in all categories. */
  readonly totalAll: number;
}

export interface SearchRequest {
  readonly sort?: SortOrder;
  /** Slug path; unknown paths match nothing (the page resets them to all). */
  readonly category?: string;
}

/** Documents with a token (or all tokens of a term): BM25 score per document, and those with it in the title. */
interface Postings {
  readonly scores: Map<number, number>;
  readonly title: Set<number>;
}

/** A term answered by the index alone needs no check against the text: one or two letters, nothing else. */
function indexIsExact(term: Term): boolean {
  return term.runs.length === 1 && term.runs[0] === term.text && [...term.text].length <= 2;
}

/** Longer terms of letters only are verified with pair positions; terms with punctuation, against the text. */
function positionsVerify(term: Term): boolean {
  return !term.choseong && term.runs.length === 1 && term.runs[0] === term.text && [...term.text].length > 2;
}

function decode(deltas: readonly number[] | undefined): number[] {
  let at = 0;
  return (deltas ?? []).map((delta) => (at += delta));
}

interface LoadedShard {
  readonly index: MiniSearch<IndexedDoc>;
  readonly positions: Readonly<Record<string, PairPositions>>;
}

/** The index look-ups of a term: a one-character run is a prefix look-up, a longer one all its pairs. */
function lookups(term: Term): [token: string, prefix: boolean][] {
  return term.runs.flatMap((run): [string, boolean][] => {
    const pairs = pairsOfRun(run);
    return pairs.length === 0 ? [[run, true]] : pairs.map((pair): [string, boolean] => [pair, false]);
  });
}

function intersect(all: readonly Postings[]): Postings {
  if (all.length === 1) return all[0]!;
  const [smallest, ...rest] = [...all].sort((a, b) => a.scores.size - b.scores.size);
  const scores = new Map<number, number>();
  const title = new Set<number>();
  if (!smallest) return { scores, title };
  for (const [id, first] of smallest.scores) {
    let score = first;
    let everywhere = true;
    for (const postings of rest) {
      const other = postings.scores.get(id);
      if (other === undefined) {
        everywhere = false;
        break;
      }
      score += other;
    }
    if (!everywhere) continue;
    scores.set(id, score);
    if (all.every((postings) => postings.title.has(id))) title.add(id);
  }
  return { scores, title };
}

export class SearchEngine {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly blocks = new Map<number, Promise<DocRecord[]>>();
  private readonly records: (DocRecord | undefined)[] = [];
  private readonly fields: (PreparedFields | undefined)[] = [];
  private initialsFile: Promise<string[]> | undefined;
  private suggester: Promise<SpellingSuggester> | undefined;
  /** Candidates per term, so changing sort, category or page does not search again. */
  private readonly termCache = new Map<string, Promise<Postings>>();
  private readonly dates: string[] = [];
  private ancestors: string[][] | undefined;

  constructor(readonly source: SearchSource) {}

  get meta(): SearchMeta {
    return this.source.meta;
  }

  get documentCount(): number {
    return this.meta.category.length;
  }

  /** One MiniSearch per shard, each deserialised with the whole index's statistics. */
  private shard(index: number): Promise<LoadedShard> {
    let shard = this.shards.get(index);
    if (!shard) {
      shard = this.source.termShard(index).then(({ entries, positions }) => {
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
        const loaded = MiniSearch.loadJS<IndexedDoc>(
          serialised as unknown as Parameters<typeof MiniSearch.loadJS>[0],
          miniSearchOptions,
        );
        return { index: loaded, positions };
      });
      shard.catch(() => this.shards.delete(index));
      this.shards.set(index, shard);
    }
    return shard;
  }

  private shardFor(token: string): Promise<LoadedShard> {
    return this.shard(shardOf(token, this.meta.files.termShards.length));
  }

  private async token(token: string, prefix: boolean): Promise<Postings> {
    const { index } = await this.shardFor(token);
    const scores = new Map<number, number>();
    for (const result of index.search(token, { prefix })) scores.set(result.id as number, result.score);
    // Titles are short, so asking the title field alone is cheaper than reading every result's match.
    const title = new Set<number>();
    for (const result of index.search(token, { prefix, fields: ["title"] })) title.add(result.id as number);
    return { scores, title };
  }

  private candidates(term: Term): Promise<Postings> {
    const key = `${term.choseong ? "^" : ""}${term.text}`;
    let found = this.termCache.get(key);
    if (!found) {
      found = this.findCandidates(term);
      found.catch(() => this.termCache.delete(key));
      this.termCache.set(key, found);
      if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value!);
    }
    return found;
  }

  /** Forgets cached term look-ups (benchmarks measure each keystroke as new). Loaded files stay. */
  forgetQueries(): void {
    this.termCache.clear();
  }

  private date(id: number): string {
    return (this.dates[id] ??= isoDate(this.meta.day[id]!));
  }

  private async findCandidates(term: Term): Promise<Postings> {
    if (term.choseong) {
      const initials = await this.initials();
      const scores = new Map<number, number>();
      initials.forEach((text, id) => {
        if (text.includes(term.text)) scores.set(id, 0);
      });
      return { scores, title: new Set(scores.keys()) };
    }
    return intersect(await Promise.all(lookups(term).map(([token, prefix]) => this.token(token, prefix))));
  }

  private initials(): Promise<string[]> {
    this.initialsFile ??= this.source.initials();
    this.initialsFile.catch(() => (this.initialsFile = undefined));
    return this.initialsFile;
  }

  private block(index: number): Promise<DocRecord[]> {
    let block = this.blocks.get(index);
    if (!block) {
      block = this.source.docBlock(index).then((records) => {
        records.forEach((record, i) => (this.records[index * this.meta.docBlockSize + i] = record));
        return records;
      });
      block.catch(() => this.blocks.delete(index));
      this.blocks.set(index, block);
    }
    return block;
  }

  /** The documents' text records, loading the blocks that hold them. */
  async load(ids: Iterable<number>): Promise<DocRecord[]> {
    const wanted = [...ids];
    await Promise.all([...new Set(wanted.map((id) => Math.floor(id / this.meta.docBlockSize)))].map((b) => this.block(b)));
    return wanted.map((id) => this.records[id]!);
  }

  private prepared(id: number): PreparedFields {
    let fields = this.fields[id];
    if (!fields) {
      const record = this.records[id]!;
      fields = prepareFields(record);
      this.fields[id] = fields;
    }
    return fields;
  }

  /** Ids of the documents matching every term, with score and how many terms are in the title. */
  async match(query: ParsedQuery): Promise<Map<number, { score: number; titleTerms: number }>> {
    const matched = new Map<number, { score: number; titleTerms: number }>();
    if (query.terms.length === 0) return matched;
    const perTerm = await Promise.all(query.terms.map(async (term) => ({ term, found: await this.candidates(term) })));
    const byPositions = perTerm.filter(({ term }) => positionsVerify(term)).map(({ term }) => term);
    const toVerify = perTerm
      .filter(({ term }) => !term.choseong && !indexIsExact(term) && !positionsVerify(term))
      .map(({ term }) => term);
    const positions = await Promise.all(byPositions.map((term) => this.pairPositions(term)));
    // Terms whose title flag from the index is exact: one- and two-letter terms and initials.
    const titleFromIndex = perTerm.filter(({ term }) => indexIsExact(term) || term.choseong).map(({ found }) => found);
    for (const [id, score] of intersect(perTerm.map(({ found }) => found)).scores) {
      let titleTerms = 0;
      for (const found of titleFromIndex) if (found.title.has(id)) titleTerms++;
      // Syllable pairs find candidates, not answers: `연결하기` has the pairs of text with `연결` and `하기` apart.
      let verified = true;
      for (const lists of positions) {
        const fields = occursIn(lists, id);
        if (fields.length === 0) {
          verified = false;
          break;
        }
        if (fields.includes(TITLE_FIELD)) titleTerms++;
      }
      if (verified) matched.set(id, { score, titleTerms });
    }
    if (toVerify.length === 0) return matched;
    await this.load(matched.keys());
    for (const [id, entry] of matched) {
      const fields = this.prepared(id);
      if (!toVerify.every((term) => termMatches(fields, term))) matched.delete(id);
      else entry.titleTerms += toVerify.filter((term) => termInTitle(fields, term)).length;
    }
    return matched;
  }

  /** The positions of each pair of a term, in order, per field and document. */
  private async pairPositions(term: Term): Promise<(PairPositions | undefined)[]> {
    const pairs = pairsOfRun(term.text);
    return Promise.all(pairs.map(async (pair) => (await this.shardFor(pair)).positions[pair]));
  }

  /** Documents where the whole multi-term query stands together: the index has every pair of the joined phrase. */
  private async adjacent(query: ParsedQuery): Promise<{ has(id: number): boolean }> {
    if (query.terms.length < 2 || query.terms.some((term) => term.choseong)) return new Set();
    const phrase = parseQuery(query.phrase).terms;
    if (phrase.length !== 1) return new Set();
    return (await this.candidates(phrase[0]!)).scores;
  }

  async search(rawQuery: string, request: SearchRequest = {}): Promise<SearchOutcome> {
    const query = parseQuery(rawQuery);
    const [matched, adjacent] = await Promise.all([this.match(query), this.adjacent(query)]);
    const categoryCounts = new Map<string, number>();
    const hits: Hit[] = [];
    const prefix = request.category ? `${request.category}/` : "";
    this.ancestors ??= this.meta.categories.map((category) => ancestorPaths(category.path));
    for (const [id, { score, titleTerms }] of matched) {
      const categoryIndex = this.meta.category[id]!;
      const category = this.meta.categories[categoryIndex]!;
      for (const path of this.ancestors[categoryIndex]!) categoryCounts.set(path, (categoryCounts.get(path) ?? 0) + 1);
      if (request.category && category.path !== request.category && !category.path.startsWith(prefix)) continue;
      hits.push({ id, category, updated: this.date(id), titleTerms, adjacent: adjacent.has(id) ? 1 : 0, score });
    }
    hits.sort(request.sort === "latest" ? byLatest : byRelevance);
    return { query, hits, categoryCounts, totalAll: matched.size };
  }

  private async finds(query: ParsedQuery): Promise<boolean> {
    return (await this.match(query)).size > 0;
  }

  /**
   * For a query that finds nothing: the same query with each term that finds nothing on its own
   * replaced by its closest spelling (in jamo) that does, if the whole new query finds articles.
   */
  async suggest(rawQuery: string): Promise<string | null> {
    const query = parseQuery(rawQuery);
    if (query.terms.length === 0 || (await this.finds(query))) return null;
    this.suggester ??= this.source.words().then((words) => new SpellingSuggester(words));
    const suggester = await this.suggester;
    const words: string[] = [];
    let changed = false;
    for (const term of query.terms) {
      if (term.choseong || (await this.finds(parseQuery(term.text)))) {
        words.push(term.text);
        continue;
      }
      let replacement: string | undefined;
      for (const candidate of suggester.candidates(term.text)) {
        if (await this.finds(parseQuery(candidate))) {
          replacement = candidate;
          break;
        }
      }
      if (replacement === undefined) return null;
      words.push(replacement);
      changed = true;
    }
    const suggestion = words.join(" ");
    return changed && (await this.finds(parseQuery(suggestion))) ? suggestion : null;
  }
}

const TERM_CACHE_SIZE = 64;
const FIELD_IDS = Object.fromEntries(INDEX_FIELDS.map((field, i) => [field, i]));
const TITLE_FIELD = String(INDEX_FIELDS.indexOf("title"));

/** Fields (ids as strings) of document `id` where the pairs stand one after another: where the term occurs. */
function occursIn(pairs: readonly (PairPositions | undefined)[], id: number): string[] {
  const [first, ...rest] = pairs;
  const fields: string[] = [];
  for (const [field, byDoc] of Object.entries(first ?? {})) {
    const starts = decode(byDoc[id]);
    if (starts.length === 0) continue;
    const following = rest.map((pair) => new Set(decode(pair?.[field]?.[id])));
    if (starts.some((p) => following.every((set, k) => set.has(p + k + 1)))) fields.push(field);
  }
  return fields;
}

export function ancestorPaths(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

function newestFirst(a: Hit, b: Hit): number {
  return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0;
}

function relevance(a: Hit, b: Hit): number {
  return b.titleTerms - a.titleTerms || b.adjacent - a.adjacent || b.score - a.score;
}

/** `정확도순`: title matches, then adjacency, then BM25; ties newest first, then a stable order. */
export function byRelevance(a: Hit, b: Hit): number {
  return relevance(a, b) || newestFirst(a, b) || a.id - b.id;
}

/** `최신순`: newest first; the same day by relevance. */
export function byLatest(a: Hit, b: Hit): number {
  return newestFirst(a, b) || relevance(a, b) || a.id - b.id;
}
