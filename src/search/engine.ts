/**
 * Answers queries from a loaded MiniSearch index and the docs payload: candidates from the
 * syllable-pair index, verified against the text so the count is exact, then ranked.
 */
import type MiniSearch from "minisearch";
import type { Query } from "minisearch";
import { parseQuery, type ParsedQuery, type Term } from "./query";
import { pairsOfRun } from "./tokens";
import { prepareFields, termInTitle, termMatches, type PreparedFields } from "./reference";
import type { IndexedDoc } from "./index-options";
import { SpellingSuggester } from "./suggest";
import type { SearchCategory, SearchData, SearchDoc, SortOrder } from "./types";

export interface Hit {
  readonly id: number;
  readonly doc: SearchDoc;
  readonly category: SearchCategory;
  /** Terms found in the title (ranking tier 1). */
  readonly titleTerms: number;
  /** 1 when the whole query stands together in the title or body (ranking tier 2). */
  readonly adjacent: number;
  /** BM25 from the index, title boosted (ranking tier 3). */
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
  /** Slug path; unknown paths match nothing and the UI resets them to all. */
  readonly category?: string;
}

/** A term answered by the index alone needs no check against the text: one or two letters, nothing else. */
function indexIsExact(term: Term): boolean {
  return term.runs.length === 1 && term.runs[0] === term.text && [...term.text].length <= 2;
}

function runQuery(run: string): Query {
  const pairs = pairsOfRun(run);
  return pairs.length === 0 ? { queries: [run], prefix: true } : { queries: pairs, combineWith: "AND" };
}

export class SearchEngine {
  private readonly fields: (PreparedFields | undefined)[];
  private suggester: SpellingSuggester | undefined;

  constructor(
    private readonly index: MiniSearch<IndexedDoc>,
    readonly data: SearchData,
  ) {
    this.fields = new Array<PreparedFields | undefined>(data.docs.length);
  }

  /** Compact forms are made on first use and kept: most queries touch a few documents. */
  prepared(id: number): PreparedFields {
    let fields = this.fields[id];
    if (!fields) {
      fields = prepareFields(this.data.docs[id]!);
      this.fields[id] = fields;
    }
    return fields;
  }

  /** Candidate ids with their BM25 score for one term; choseong terms scan titles. */
  private candidates(term: Term): Map<number, number> {
    const found = new Map<number, number>();
    if (term.choseong) {
      this.data.docs.forEach((_, id) => {
        if (termMatches(this.prepared(id), term)) found.set(id, 0);
      });
      return found;
    }
    const results = this.index.search({ combineWith: "AND", queries: term.runs.map(runQuery) });
    for (const result of results) found.set(result.id as number, result.score);
    return found;
  }

  /** Ids and summed scores of the documents matching every term, checked against the text. */
  match(query: ParsedQuery): Map<number, number> {
    if (query.terms.length === 0) return new Map();
    const perTerm = query.terms.map((term) => ({ term, found: this.candidates(term) }));
    perTerm.sort((a, b) => a.found.size - b.found.size);
    const [first, ...rest] = perTerm;
    const matched = new Map<number, number>();
    for (const [id, score] of first!.found) {
      let total = score;
      let ok = indexIsExact(first!.term) || termMatches(this.prepared(id), first!.term);
      for (const { term, found } of rest) {
        if (!ok) break;
        const termScore = found.get(id);
        ok = termScore !== undefined && (indexIsExact(term) || termMatches(this.prepared(id), term));
        total += termScore ?? 0;
      }
      if (ok) matched.set(id, total);
    }
    return matched;
  }

  search(rawQuery: string, request: SearchRequest = {}): SearchOutcome {
    const query = parseQuery(rawQuery);
    const matched = this.match(query);
    const categoryCounts = new Map<string, number>();
    const hits: Hit[] = [];
    const prefix = request.category ? `${request.category}/` : "";
    for (const [id, score] of matched) {
      const doc = this.data.docs[id]!;
      const category = this.data.categories[doc.category]!;
      for (const path of ancestorPaths(category.path)) categoryCounts.set(path, (categoryCounts.get(path) ?? 0) + 1);
      if (request.category && category.path !== request.category && !category.path.startsWith(prefix)) continue;
      const fields = this.prepared(id);
      hits.push({
        id,
        doc,
        category,
        titleTerms: query.terms.filter((term) => termInTitle(fields, term)).length,
        adjacent: query.phrase && (fields.title.includes(query.phrase) || fields.body.includes(query.phrase)) ? 1 : 0,
        score,
      });
    }
    hits.sort(request.sort === "latest" ? byLatest : byRelevance);
    return { query, hits, categoryCounts, totalAll: matched.size };
  }

  private finds(query: ParsedQuery): boolean {
    return this.match(query).size > 0;
  }

  /**
   * For a query that finds nothing: the same query with each term that finds nothing on its own
   * replaced by its closest spelling (in jamo) that does, if the whole new query finds articles.
   */
  suggest(rawQuery: string): string | null {
    const query = parseQuery(rawQuery);
    if (query.terms.length === 0 || this.finds(query)) return null;
    this.suggester ??= new SpellingSuggester(this.data.docs);
    const words: string[] = [];
    let changed = false;
    for (const term of query.terms) {
      if (term.choseong || this.finds(parseQuery(term.text))) {
        words.push(term.text);
        continue;
      }
      const replacement = this.suggester.candidates(term.text).find((candidate) => this.finds(parseQuery(candidate)));
      if (replacement === undefined) return null;
      words.push(replacement);
      changed = true;
    }
    const suggestion = words.join(" ");
    return changed && this.finds(parseQuery(suggestion)) ? suggestion : null;
  }
}

export function ancestorPaths(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

function newestFirst(a: Hit, b: Hit): number {
  return a.doc.updated < b.doc.updated ? 1 : a.doc.updated > b.doc.updated ? -1 : 0;
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
