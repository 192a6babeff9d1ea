/**
 * The search engine's façade: one object the page, tests and benchmarks talk to. It answers
 * queries from the split search files (file-cache.ts), loading only what a query touches; the
 * query runs through the stages of pipeline.ts, matching is settled exactly (match.ts) and results
 * are ranked and counted per category (rank.ts). The same code runs in the browser (files fetched)
 * and in Node (files in memory).
 */
import { parseQuery, type ParsedQuery, type Term } from "./query";
import { FileCache, type SearchSource } from "./file-cache";
import { Matcher } from "./match";
import { QueryPipeline, type SearchMode } from "./pipeline";
import { completions } from "./complete";
import { ancestorPaths, byLatest, byRelevance, type Hit } from "./rank";
import { phraseOf, type Phrase } from "./phrase";
import { isoDate, type DocHead, type DocRecord, type Excerpt, type SearchMeta } from "./format/files";
import { describesTrouble } from "./symptom";
import { compact } from "./normalize";
import type { SortOrder } from "./types";
import { INSTANT_LIMIT } from "./first-keys";

export { sourceOver, type SearchSource } from "./file-cache";
export { type Hit } from "./rank";

export interface SearchOutcome {
  readonly query: ParsedQuery;
  /** How the articles were found: every word as typed, through stems/synonyms/corrections, or only some words. */
  readonly mode: SearchMode;
  /** What was searched instead, when words were corrected (`cotqht` → `챗봇`); null otherwise. */
  readonly corrected: string | null;
  /** Forms to mark in titles and snippets. */
  readonly highlight: readonly Term[];
  /**
   * Matching articles in the chosen category, in the chosen order: final for the first
   * `orderedUpTo` (SearchRequest); past them, an article may still rank as having the words
   * together when its text does not.
   */
  readonly hits: readonly Hit[];
  /** Matching articles per category path (every level), before the category filter. */
  readonly categoryCounts: ReadonlyMap<string, number>;
  /** Matching articles in all categories. */
  readonly totalAll: number;
  /** Of those, the articles having every (required) word; fewer than `totalAll` when relaxed. */
  readonly fullMatches: number;
}

export interface SearchRequest {
  readonly sort?: SortOrder;
  /** Slug path; unknown paths match nothing (the page resets them to all). */
  readonly category?: string;
  /** False to search the words exactly as typed: no English-mode or typo correction. */
  readonly correct?: boolean;
  /**
   * How many leading hits must be in their final order: the page shown and those before it
   * (default FIRST_PAGE). Their adjacency tier is checked against their text, which the page loads
   * for them anyway, instead of every candidate's positions.
   */
  readonly orderedUpTo?: number;
}

/** Results while typing: the first few articles and the count the search page will show. */
export interface InstantOutcome {
  readonly query: ParsedQuery;
  /** The first `limit` articles, the last syllable read as half-typed (`챗보` lists `챗봇`). */
  readonly hits: readonly Hit[];
  /** Forms to mark in the titles. */
  readonly highlight: readonly Term[];
  /** What the search page lists for the query as it stands (its `총 N건`). */
  readonly total: number;
  /** How the search page would answer it (SearchOutcome's `mode`). */
  readonly mode: SearchMode;
  /** What the search page searches instead when it corrects a word (`cotqht` → `챗봇`), else null: the popup says so. */
  readonly corrected: string | null;
}

/** Hits in their final order unless a request asks for more: a results page's first page. */
const FIRST_PAGE = 10;
/**
 * Rounds of checking the adjacency tier's candidates against their text, and candidates checked in
 * one round, before the phrase is verified for every candidate with positions instead.
 */
const TEXT_ROUNDS = 3;
const TEXT_CHECKS = 2 * FIRST_PAGE;
/**
 * Candidates found without the phrase after which the rest are verified with positions: each one
 * loads text that is then not shown, and many say the junction pairs stand apart in this corpus.
 */
const TEXT_FAILURES = 2;

export class SearchEngine {
  private readonly files: FileCache;
  private readonly matcher: Matcher;
  private readonly pipeline: QueryPipeline;
  private readonly dates: string[] = [];
  private ancestors: string[][] | undefined;

  constructor(readonly source: SearchSource) {
    this.files = new FileCache(source);
    this.matcher = new Matcher(this.files);
    this.pipeline = new QueryPipeline(this.files, this.matcher);
  }

  get meta(): SearchMeta {
    return this.files.meta;
  }

  get documentCount(): number {
    return this.files.documentCount;
  }

  /** The documents' text records, loading the blocks that hold them. */
  load(ids: Iterable<number>): Promise<DocRecord[]> {
    return this.files.load(ids);
  }

  /** The records a results page shows first: whole, or a long article's lead (format/files.ts StoredDocRecord). */
  excerpts(ids: Iterable<number>): Promise<Excerpt[]> {
    return this.files.excerpts(ids);
  }

  /** The documents' slugs and titles (a dropdown's rows), without their text where it is not loaded yet. */
  heads(ids: Iterable<number>): Promise<DocHead[]> {
    return this.files.heads(ids);
  }

  /**
   * Loads and builds, ahead of need, what a query that finds nothing as typed needs (the articles'
   * words, for corrections, compounds and loanwords): a search box asks for it once its first rows
   * are shown, so the first half-typed word that needs rereading does not wait for 40-60 KB and
   * their tables on a keystroke.
   */
  prepare(): Promise<void> {
    return this.pipeline.prepare();
  }

  /** Forgets cached term look-ups (benchmarks measure each keystroke as new). Loaded files stay. */
  forgetQueries(): void {
    this.matcher.forget();
  }

  private date(id: number): string {
    return (this.dates[id] ??= isoDate(this.files.loadedStats.day[id]!));
  }

  async search(rawQuery: string, request: SearchRequest = {}): Promise<SearchOutcome> {
    return this.run(parseQuery(rawQuery), request, []);
  }

  /**
   * Results for the box while typing: the query with its last syllable read as half-typed
   * (complete.ts), its first `limit` articles, and the count of the search the box submits,
   * which keeps the exact contract. Both share the cached look-ups.
   */
  async instant(rawQuery: string, request: { category?: string; limit?: number } = {}): Promise<InstantOutcome> {
    const query = parseQuery(rawQuery);
    const last = query.terms[query.terms.length - 1];
    const forms = last ? await completions(last, this.files) : [];
    const limit = request.limit ?? INSTANT_LIMIT;
    // The submitted search gives the count only; the rows come from the typing one.
    const submitted = await this.run(query, { category: request.category ?? "", orderedUpTo: forms.length > 0 ? 0 : limit }, []);
    const typing =
      forms.length > 0 ? await this.run(query, { category: request.category ?? "", orderedUpTo: limit }, forms) : submitted;
    return {
      query,
      hits: typing.hits.slice(0, limit),
      highlight: typing.highlight,
      total: submitted.hits.length,
      mode: submitted.mode,
      corrected: submitted.corrected,
    };
  }

  private async run(query: ParsedQuery, request: SearchRequest, forms: readonly Term[]): Promise<SearchOutcome> {
    const [result, stats] = await Promise.all([
      this.pipeline.run(query, { correct: request.correct !== false, completions: forms }),
      this.files.stats(),
    ]);
    const phrase = phraseOf(result.phrase);
    const adjacent = await this.adjacent(phrase, result.matched);
    const symptomatic = describesTrouble(compact(query.display));
    const hits: Hit[] = [];
    const prefix = request.category ? `${request.category}/` : "";
    // Counted per category first, then added up the tree: tens of thousands of hits make a few
    // hundred sums instead of a map update per hit and level.
    const perCategory = new Array<number>(this.meta.categories.length).fill(0);
    for (const [id, { score, titleTerms, coverage, complete }] of result.matched) {
      const categoryIndex = stats.category[id]!;
      const category = this.meta.categories[categoryIndex]!;
      perCategory[categoryIndex]!++;
      if (request.category && category.path !== request.category && !category.path.startsWith(prefix)) continue;
      const near = adjacent.has(id) ? 1 : 0;
      const symptom = symptomatic && stats.trouble.has(id) ? 1 : 0;
      hits.push({ id, category, updated: this.date(id), complete, symptom, titleTerms, coverage, adjacent: near, score });
    }
    const categoryCounts = new Map<string, number>();
    this.ancestors ??= this.meta.categories.map((category) => ancestorPaths(category.path));
    perCategory.forEach((count, index) => {
      if (count > 0)
        for (const path of this.ancestors![index]!) categoryCounts.set(path, (categoryCounts.get(path) ?? 0) + count);
    });
    const order = request.sort === "latest" ? byLatest : byRelevance;
    hits.sort(order);
    if (phrase && adjacent.unsure) await this.settleAdjacency(hits, phrase.term, request.orderedUpTo ?? FIRST_PAGE, order);
    return {
      query,
      mode: result.mode,
      corrected: result.corrected,
      highlight: result.highlight,
      hits,
      categoryCounts,
      totalAll: result.matched.size,
      fullMatches: result.fullMatches,
    };
  }

  /**
   * Matched articles that have the whole phrase together (`unsure`: that may have it, to be checked
   * by settleAdjacency): those having every junction pair (phrase.ts), else those the phrase's
   * positions confirm.
   */
  private async adjacent(
    phrase: Phrase | undefined,
    matched: ReadonlyMap<number, unknown>,
  ): Promise<{ has(id: number): boolean; unsure: boolean }> {
    if (!phrase) return { has: () => false, unsure: false };
    const pairs = this.matcher.junctionsToCheck(phrase);
    if (!pairs) {
      const { scores } = await this.matcher.form(phrase.term);
      return { has: (id) => scores.has(id), unsure: false };
    }
    const holding = await Promise.all(pairs.map((pair) => this.matcher.form(pair)));
    const candidates = new Set<number>();
    for (const id of matched.keys()) if (holding.every((match) => match.scores.has(id))) candidates.add(id);
    return { has: (id) => candidates.has(id), unsure: true };
  }

  /**
   * Settles the adjacency tier of the first `upTo` hits, sorted with `order`: their candidates are
   * checked against their text, those without the phrase drop to the tier below and the hits are
   * sorted again, until none of the first `upTo` is left unchecked. A demoted hit only moves down,
   * and a checked or non-candidate hit has its final key, so the first `upTo` are then in their
   * final order. Candidates that keep failing (a junction pair common apart from the phrase), or
   * more than a page or two of them, are verified all at once with the phrase's positions instead.
   */
  private async settleAdjacency(hits: Hit[], phrase: Term, upTo: number, order: (a: Hit, b: Hit) => number): Promise<void> {
    const demote = (without: (id: number) => boolean) => {
      hits.forEach((hit, i) => {
        if (hit.adjacent === 1 && without(hit.id)) hits[i] = { ...hit, adjacent: 0 };
      });
      hits.sort(order);
    };
    const checked = new Set<number>();
    let failedBefore = 0;
    for (let round = 0; ; round++) {
      const open = hits
        .slice(0, upTo)
        .filter((hit) => hit.adjacent === 1 && !checked.has(hit.id))
        .map((hit) => hit.id);
      if (open.length === 0) return;
      if (round === TEXT_ROUNDS || open.length > TEXT_CHECKS || failedBefore > TEXT_FAILURES) {
        const { scores } = await this.matcher.form(phrase);
        return demote((id) => !scores.has(id));
      }
      const stands = await this.matcher.inText(phrase, open);
      for (const id of open) checked.add(id);
      const failed = new Set(open.filter((id) => !stands.has(id)));
      failedBefore += failed.size;
      if (failed.size > 0) demote((id) => failed.has(id));
    }
  }

  /** True when every word as typed (or a synonym) occurs in one article: the exact stage finds it. */
  private async finds(query: ParsedQuery): Promise<boolean> {
    return (await this.pipeline.exact(query)).size > 0;
  }

  /**
   * For a query searched exactly as typed that finds nothing: the same query with each word that
   * finds nothing replaced by its closest whole word in the articles (in jamo edits), if the new
   * query finds articles. Offered as a link; it never changes a count.
   */
  async suggest(rawQuery: string): Promise<string | null> {
    const query = parseQuery(rawQuery);
    if (query.terms.length === 0 || (await this.finds(query))) return null;
    const suggester = await this.pipeline.spelling();
    const words: string[] = [];
    let changed = false;
    for (const term of query.terms) {
      if (term.choseong || (await this.matcher.count(term)) > 0) {
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
