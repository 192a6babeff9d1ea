/**
 * The query pipeline: what the user typed, in named stages, to a set of matched articles.
 *
 * 1. clean (clean.ts, query.ts): words without the punctuation around them.
 * 2. exact: for a query of bare keywords, every word as typed (or a synonym of it) must occur: the
 *    matching contract. When this finds articles, nothing else runs, so keyword queries keep
 *    exact, explainable counts.
 * 3. expand: each word also matches its stem in the articles (stem.ts: `삭제하려면` → `삭제`) and
 *    its synonyms (synonyms.ts); filler words of a question (`어떻게`, `안`, `하나요`) are not required.
 *    (A first, cheaper pass of it runs before stage 2: particles and fillers tell keywords from a
 *    question.)
 *    Questions also match the synonyms the articles declare in parentheses (`상태(state)`), and
 *    the articles' words for an everyday one (related.ts: `지우려면` → 삭제, `잃어버렸어요` → 분실).
 * 4. reread: a word that still finds nothing is read, surest first, as English-mode typing
 *    (keyboard.ts: `cotqht` → 챗봇), as an acronym typed as letter names (letter-names.ts:
 *    `에이피아이` → api), as a compound of the articles' words typed without spaces
 *    (lexicon.ts: `채널연결해제` → 채널 연결 해제), as a typo of the closest whole word of the
 *    articles (suggest.ts: `쳇봇` → 챗봇), or as a loanword the articles write in the other script
 *    (lexicon.ts, transliterate.ts: `리덕스` → redux). Every reading is shown as a correction.
 * 5. relax: if no article has every remaining word, list those covering the most informative part
 *    of the query (relax.ts); while any informative word occurs, the list is never empty.
 */
import { compact } from "./normalize";
import { toJamo } from "./hangul";
import { toTerm, type ParsedQuery, type Term } from "./query";
import { phraseOf } from "./phrase";
import { conjugatedForms, isFiller, particleIsClear, readsAsVerb, reductions, stemCandidates } from "./stem";
import { fromEnglishMode } from "./keyboard";
import { acronymReadings } from "./letter-names";
import { SpellingSuggester } from "./suggest";
import { SynonymTable } from "./synonyms";
import { RelatedTable } from "./related";
import { Lexicon, type SplitLevel } from "./lexicon";
import { candidateThreshold, coverageShare, selectCovered, type QueryPart } from "./relax";
import { idf } from "./format/fields";
import type { Matcher, TermDocs } from "./match";
import type { FileCache } from "./file-cache";

/** Resolves in a later task, after the events (a worker's messages) already queued. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type SearchMode = "exact" | "expanded" | "relaxed";

export interface Matched {
  /** 1 when the article has every required word (all of them outside relaxed results). */
  readonly complete: number;
  readonly score: number;
  readonly titleTerms: number;
  /** Share of the query covered (relax.ts): 1 for exact answers, less where a verb or a relaxed word is missing. */
  readonly coverage: number;
}

export interface PipelineResult {
  /** `exact`: every word as typed; `expanded`: stems, synonyms, corrections; `relaxed`: some words. */
  readonly mode: SearchMode;
  readonly matched: ReadonlyMap<number, Matched>;
  /** The forms to mark in titles and snippets: what actually matched. */
  readonly highlight: readonly Term[];
  /** The query as searched when words were corrected (`cotqht` → `챗봇`), else null. */
  readonly corrected: string | null;
  /** The words (compact terms) the adjacency tier of the ranking looks for together, in order (phrase.ts). */
  readonly phrase: readonly string[];
  /** Articles having every required word (all of them unless the query was relaxed). */
  readonly fullMatches: number;
}

export interface PipelineOptions {
  /** Correct words that find nothing (English-mode typing, typos). Off when the user asks for the words as typed. */
  readonly correct?: boolean;
  /** More forms of the last word: what its half-typed last syllable may become (complete.ts), for results while typing. */
  readonly completions?: readonly Term[];
}

/** A word of the query with everything it may match. */
interface Word {
  /** As typed (case kept), for display and keyboard conversion. */
  readonly typed: string;
  readonly term: Term;
  readonly filler: boolean;
  readonly forms: readonly Term[];
  /** The form standing for the word in the phrase: its stem when it has one. */
  readonly main: Term;
  /** Reduced to a verb or adjective stem (`끝나요` → `끝나`): weighs less, and is not required. */
  readonly predicate: boolean;
  /** Written with a particle or ending the articles' form does without (`템플릿을`, `삭제하기` when only `삭제` occurs). */
  readonly inflected: boolean;
}

/** A stem whose articles are more than this share of all is too common to stand for a word. */
const FLOOD_SHARE = 0.5;
/** A question's word in more than this share of the articles is not required (it still ranks). */
const COMMON_SHARE = 0.5;
/** Fewer articles than this with every required word: add those covering most of the query. */
const FEW_RESULTS = 3;
/** A word found as typed is read as an inflected form when its stem is in this many times more articles. */
const RARE_FORM_RATIO = 3;
/** A verb's weight relative to a noun's of the same rarity. */
const PREDICATE_WEIGHT = 0.5;
/** Weight of a word no article has, as a share of the rarest word's weight. */
const UNKNOWN_WEIGHT = 0.5;
/** Words of a question told apart when relaxing it (bits of a number; the rest count as missing). */
const MAX_MASK_WORDS = 31;
/** Spellings tried per word before giving up. */
const CORRECTIONS_TRIED = 5;

/** What the text check settled about an article, per term (match.ts `settle`). */
type Settled = ReadonlyMap<number, { readonly occurs: boolean; readonly title: boolean }>;

/**
 * One article against the terms: which it has (in the index and, where checked, in the text), the
 * sum of their scores and how many are in its title or keywords.
 */
function tally(
  terms: readonly TermDocs[],
  settled: readonly Settled[],
  id: number,
): { has: boolean[]; score: number; titleTerms: number } {
  let score = 0;
  let titleTerms = 0;
  const has = terms.map((term, i) => {
    const entry = term.docs.get(id);
    const checked = settled[i]!.get(id);
    if (!entry || (checked && !checked.occurs)) return false;
    score += entry.score;
    if (entry.title || checked?.title) titleTerms++;
    return true;
  });
  return { has, score, titleTerms };
}

export class QueryPipeline {
  private readonly synonyms: SynonymTable;
  private readonly shortWords: ReadonlySet<string>;
  private suggester: Promise<SpellingSuggester> | undefined;
  private lexicon: Promise<Lexicon> | undefined;
  private declared: Promise<{ declared: SynonymTable; related: RelatedTable }> | undefined;

  constructor(
    private readonly files: FileCache,
    private readonly matcher: Matcher,
  ) {
    this.synonyms = new SynonymTable(files.meta.synonyms ?? []);
    this.shortWords = new Set(files.meta.shortWords ?? "");
  }

  async run(query: ParsedQuery, options: PipelineOptions = {}): Promise<PipelineResult> {
    const none: PipelineResult = {
      mode: "exact",
      matched: new Map(),
      highlight: [],
      corrected: null,
      phrase: [],
      fullMatches: 0,
    };
    if (query.terms.length === 0) return none;

    // The ranking looks for the words together (engine.ts `adjacent`). A query that reads as bare
    // keywords before any look-up is nearly always answered exactly, with its own words, so the
    // postings of the pairs across the gaps between them (or, without such pairs, the joined
    // phrase's files) are fetched now, with the words', not a round trip after them.
    const typedTogether = query.terms.map((term) => term.text);
    const together = readsAsKeywords(query) ? phraseOf(typedTogether) : undefined;
    const lookUps = together ? (this.matcher.junctionsToCheck(together) ?? [together.term]) : [];
    for (const form of lookUps) this.matcher.form(form).catch(() => undefined);

    // Stage 2, exact: a query of bare keywords (no particle the articles do without, no filler
    // word) is answered with every word as typed or one of its synonyms, when some article has them
    // all: the matching contract, with exact counts. Telling keywords from a question needs only
    // particles and unambiguous endings (`-려면`, `-하기`); endings that also end nouns are looked
    // up for questions alone.
    const light = await Promise.all(query.terms.map((term, i) => this.expand(query.typed[i]!, term, false)));
    const keywords = light.every((word) => !word.filler && !word.inflected);
    const completions = options.completions ?? [];
    const exactForms = this.exactForms(query, completions);
    const exact = keywords ? await this.all(exactForms) : new Map<number, Matched>();
    if (exact.size > 0) {
      const highlight = exactForms.flat();
      return { mode: "exact", matched: exact, highlight, corrected: null, phrase: typedTogether, fullMatches: exact.size };
    }

    // Stage 3, expand: stems and synonyms of each word; fillers are marked.
    let words = await Promise.all(query.terms.map((term, i) => this.expand(query.typed[i]!, term)));
    if (completions.length > 0) {
      const last = words[words.length - 1]!;
      words = [...words.slice(0, -1), { ...last, forms: unique([...last.forms, ...completions]) }];
    }

    // A one-syllable word ending in ㄹ before a bound noun (`쓸 수 있나요`, `볼 때`, `할 줄`) is a
    // verb's adnominal form, whatever its stem (쓰다, 보다): it says how, not what, so it ranks
    // articles but is not required (as a rare literal form, it would narrow the answer to the few
    // articles that write it).
    words = words.map((word, i) =>
      !word.predicate && adnominalBeforeBoundNoun(word.term.text, query.terms[i + 1]?.text) ? { ...word, predicate: true } : word,
    );

    // Stage 4, reread the words that still find nothing (unless the user asked for them as typed).
    let corrected = false;
    const reread = await Promise.all(
      words.map(async (word): Promise<readonly Word[]> => {
        if (options.correct === false || word.filler || word.term.choseong || !correctable(word.term.text)) return [word];
        if (await this.finds(word.forms)) return [word];
        const other = await this.reread(word);
        if (other) corrected = true;
        return other ?? [word];
      }),
    );
    words = reread.flat();
    let informative = words.filter((word) => !word.filler);
    // A question made only of filler words (`어떻게 하나요`) searches them after all.
    if (informative.length === 0) informative = words;
    // Nouns say what the question is about; verbs (`끝나요`, `안 나가요`) how it is phrased: they
    // rank articles that have them higher but are not required, unless the query has no noun.
    let required = informative.filter((word) => !word.predicate);
    if (required.length === 0) required = informative;
    const highlight = informative.flatMap((word) => word.forms);
    const phrase = informative.map((word) => word.main.text);
    const correctedText = corrected ? words.map((word) => word.typed).join(" ") : null;

    const { matched, fullMatches } = await this.cover(informative, required);
    const mode = fullMatches > 0 && fullMatches === matched.size ? "expanded" : "relaxed";
    return { mode, matched, highlight, corrected: correctedText, phrase, fullMatches };
  }

  /** Stage 2 alone: the articles having every word as typed or one of its synonyms. */
  exact(query: ParsedQuery): Promise<Map<number, Matched>> {
    return this.all(this.exactForms(query));
  }

  private exactForms(query: ParsedQuery, completions: readonly Term[] = []): Term[][] {
    const last = query.terms.length - 1;
    return query.terms.map((term, i) => [
      term,
      ...(term.choseong ? [] : this.synonymTerms(term.text)),
      ...(i === last ? completions : []),
    ]);
  }

  /**
   * Loads and builds what rereading a word needs (words, declared pairs), ahead of the first query
   * that needs it. Each table is built in a task of its own: in a cold worker they take tens of
   * milliseconds together, and a key typed meanwhile is answered between them, not after them all.
   */
  async prepare(): Promise<void> {
    const pairs = this.declaredPairs();
    await this.spelling();
    await nextTask();
    const lexicon = await this.vocabulary();
    await nextTask();
    lexicon.warm();
    await pairs;
  }

  /** The articles' whole words for spelling, built once: corrections here, the "did you mean" link in engine.ts. */
  spelling(): Promise<SpellingSuggester> {
    this.suggester ??= this.files.words().then((words) => new SpellingSuggester(words));
    this.suggester.catch(() => (this.suggester = undefined));
    return this.suggester;
  }

  /** The articles' vocabulary with stems, for compounds and loanwords (lexicon.ts), built once. */
  private vocabulary(): Promise<Lexicon> {
    this.lexicon ??= this.files
      .words()
      .then((words) => new Lexicon(words, this.shortWords, (this.files.meta.synonyms ?? []).flat().map(compact)));
    this.lexicon.catch(() => (this.lexicon = undefined));
    return this.lexicon;
  }

  /** The synonyms the articles declare in parentheses and the related words they use, as tables, loaded once. */
  private declaredPairs(): Promise<{ declared: SynonymTable; related: RelatedTable }> {
    this.declared ??= this.files
      .pairs()
      .then((pairs) => ({ declared: new SynonymTable(pairs.declared), related: new RelatedTable(pairs.related) }));
    this.declared.catch(() => (this.declared = undefined));
    return this.declared;
  }

  /** Synonyms of a compact word, as terms. */
  private synonymTerms(compactWord: string): Term[] {
    return this.synonyms.of(compactWord).flatMap((member) => toTerm(member) ?? []);
  }

  /** A word with the forms it matches: as typed, a stem that occurs in the articles, and their synonyms. */
  private async expand(typed: string, term: Term, allStems = true): Promise<Word> {
    const filler = !term.choseong && isFiller(term.text);
    if (term.choseong) return { typed, term, filler, forms: [term], main: term, predicate: false, inflected: false };
    // Declared pairs are for questions: a keyword query keeps the exact contract, synonyms.yaml only.
    const declared = allStems ? this.declaredPairs() : null;
    const asTyped = await this.matcher.count(term);
    const stem = await this.stemOf(term.text, asTyped, allStems);
    const forms = [term, ...(stem ? [stem.term] : [])];
    // A verb also matches the shapes its stem takes in the articles' text (`지우` → `지웠`, `지운`).
    if (stem?.predicate && allStems) forms.push(...conjugatedForms(stem.term.text).flatMap((form) => toTerm(form) ?? []));
    const pairs = await declared;
    for (const text of new Set([term.text, ...(stem ? [stem.term.text] : [])])) {
      forms.push(...this.synonymTerms(text));
      if (pairs) forms.push(...pairs.declared.of(text).flatMap((member) => toTerm(member) ?? []));
    }
    // The words articles use for an everyday one (`지우려면` → 삭제), whether or not its stem occurs.
    if (pairs) forms.push(...pairs.related.of(term.text).flatMap((other) => toTerm(other) ?? []));
    return {
      typed,
      term,
      filler,
      forms: unique(forms),
      main: stem?.term ?? term,
      predicate: stem?.predicate ?? false,
      inflected: stem !== null,
    };
  }

  /**
   * The stem a word is reduced to: the first candidate in stem.ts's order (fewest rules, preferred
   * rules, shortest) that occurs in the articles without matching most of them. A word that occurs
   * as typed loses a particle, or one ending when its stem is in far more articles; never a
   * one-syllable stem the articles do not use as a word (`회의` → `회`).
   */
  private async stemOf(word: string, asTyped: number, allStems: boolean): Promise<{ term: Term; predicate: boolean } | null> {
    const occursAsTyped = asTyped > 0;
    let common: { term: Term; predicate: boolean } | null = null;
    for (const candidate of stemCandidates(word)) {
      if (candidate.short && !this.shortWords.has(candidate.text)) continue;
      // A word found as typed loses a particle (`템플릿을` → `템플릿`); another ending only when the
      // typed form is a rare form of a common stem (`만들고` in 2 articles, `만들` in 40), as nouns
      // end like endings (`보고서`, `메시지`) and an ending may be the point (`확인해주세요`).
      const particle = candidate.particle !== null && particleIsClear(candidate.particle, candidate.text);
      // (the first pass, telling keywords from questions, skips endings that also end nouns: `세금계산서`).
      if (occursAsTyped && !particle && (candidate.steps > 1 || (!allStems && !candidate.safe))) continue;
      const term = toTerm(candidate.text);
      if (!term) continue;
      const count = await this.matcher.count(term);
      if (count === 0) continue;
      // ...and only a stem that finds more than the word itself says anything new.
      if (occursAsTyped && (count <= asTyped || (!particle && count < RARE_FORM_RATIO * asTyped))) continue;
      // A word the articles write that only reads like a conjugated verb (`커서`, cursor, as 커스 +
      // 어서, where `커스` is in `커스텀`): the verb counts only if they write it in another shape too
      // (looked up last: it reads up to six more forms).
      if (occursAsTyped && candidate.soundChange && !(await this.writtenOtherwise(candidate.text, word))) continue;
      // A word typed with a particle is that word, however common (`state를` in a manual about state:
      // kept as typed it would be a rare word, and required).
      if (count <= FLOOD_SHARE * this.files.documentCount || (occursAsTyped && particle))
        return { term, predicate: candidate.predicate };
      common ??= { term, predicate: candidate.predicate };
    }
    return occursAsTyped ? null : common;
  }

  /** Whether the articles write verb `stem` in a shape other than the one `word` starts with (`지우`: `지운` for `지웠어요`). */
  private async writtenOtherwise(stem: string, word: string): Promise<boolean> {
    for (const form of conjugatedForms(stem)) {
      const term = word.startsWith(form) ? null : toTerm(form);
      if (term && (await this.matcher.count(term)) > 0) return true;
    }
    return false;
  }

  private async finds(forms: readonly Term[]): Promise<boolean> {
    for (const form of forms) if ((await this.matcher.count(form)) > 0) return true;
    return false;
  }

  /** A word as another word of the articles, if that finds articles. */
  private async asWord(text: string): Promise<Word | null> {
    const term = toTerm(text);
    if (!term) return null;
    const word = await this.expand(text, term);
    return (await this.finds(word.forms)) ? word : null;
  }

  /**
   * A word that finds nothing, read another way, surest first: English-mode typing (`cotqht`); a
   * compound of the articles' words (`채널연결해제` → 채널 연결 해제); a typo (`쳇봇` → 챗봇); a
   * compound with one-syllable words or loanwords (`봇삭제`, `웹훅설정`); a loanword the articles
   * write in the other script (`리덕스` → redux); a compound with a part no article has. Each is
   * tried on the word as typed, then on its stems (`리덕스를` → `리덕스`). Every reading changes
   * what is searched (a compound's words need not stand together), so each is shown as a
   * correction, with a link to the words exactly as typed.
   */
  private async reread(word: Word): Promise<Word[] | null> {
    const hangul = fromEnglishMode(word.typed);
    if (hangul !== null) {
      const converted = await this.asWord(hangul);
      if (converted) return [converted];
    }
    const stems = stemCandidates(word.term.text).map((stem) => stem.text);
    // An acronym typed as its letters' names (`에이피아이를` → api): as exact a reading as the keyboard's.
    const spelled = await this.acronym([word.term.text, ...stems]);
    if (spelled) return [spelled];
    // A verb the articles do not have is most often one they do not use: nothing to reread.
    if (readsAsVerb(word.term.text)) return null;
    const lexicon = await this.vocabulary();
    // Spelling tries the word as typed first (`쳇봇을` → `챗봇을`); splits and loanwords its stems
    // first (`채널연결해제하려면` → `채널연결해제`), as the ending is no part of a compound.
    const sources = [word.term.text, ...stems].filter(correctable).slice(0, 4);
    const stemsFirst = [...stems, word.term.text].filter(correctable).slice(0, 4);
    const compound = await this.compound(stemsFirst, lexicon, "words");
    if (compound) return compound;
    // A layout slip and a wrong key together (`cotqhs` → `챗본` → 챗봇): spell the converted word too.
    const converted = hangul === null ? [] : [hangul, ...stemCandidates(hangul).map((stem) => stem.text)].slice(0, 2);
    const spellable = [...sources, ...converted.filter(correctable)];
    const spelt = await this.spell(spellable, 1);
    if (spelt) return [spelt];
    // Words of the articles as typed, a one-syllable word among them (`뷰라우터` → 뷰 라우터), are a
    // likelier reading than a word two edits away (`브라우저`).
    const loose = await this.compound(stemsFirst, lexicon, "loose");
    if (loose) return loose;
    const farther = await this.spell(spellable);
    if (farther) return [farther];
    const across = await this.across(stemsFirst, lexicon);
    if (across) return [across];
    // Last, a compound with a part the articles do not have: the rest of it still counts.
    return this.compound(stemsFirst, lexicon, "unknown");
  }

  /**
   * A word the articles have, guessed from a word they do not: the closest spelling in jamo edits
   * (`쳇봇` → 챗봇): the word as typed first, then its stems (`템플랏을` → `템플랏` → `템플릿`).
   */
  private async spell(sources: readonly string[], maxEdits?: number): Promise<Word | null> {
    const suggester = await this.spelling();
    for (const source of sources) {
      for (const spelling of suggester.candidates(source, CORRECTIONS_TRIED, maxEdits)) {
        const candidate = await this.asWord(spelling);
        if (candidate) return candidate;
      }
    }
    return null;
  }

  /** The acronym a source spells with letter names (letter-names.ts), if it is a whole word of the articles. */
  private async acronym(sources: readonly string[]): Promise<Word | null> {
    const readings = sources.flatMap(acronymReadings);
    // Most words spell no acronym: the vocabulary is loaded only for those that do.
    const lexicon = readings.length > 0 ? await this.vocabulary() : null;
    for (const reading of readings) {
      const found = lexicon?.has(reading) ? await this.asWord(reading) : null;
      if (found) return found;
    }
    return null;
  }

  /** The same loanword as the articles write it, in the other script (`리덕스` → redux). */
  private async across(sources: readonly string[], lexicon: Lexicon): Promise<Word | null> {
    for (const source of sources) {
      const other = lexicon.acrossScripts(source);
      const found = other === null ? null : await this.asWord(other);
      if (found) return found;
    }
    return null;
  }

  /** The first source that splits into words of the articles (lexicon.ts), as those words. */
  private async compound(sources: readonly string[], lexicon: Lexicon, level: SplitLevel): Promise<Word[] | null> {
    for (const source of sources) {
      const pieces = lexicon.segment(source, level);
      if (!pieces) continue;
      const words = await Promise.all(
        pieces.map(async (piece) => {
          if (!piece.unknown) return this.asWord(piece.text);
          // A part no article has gets one more chance as a typo or a loanword, else stays as typed.
          const guessed = correctable(piece.text)
            ? ((await this.spell([piece.text])) ?? (await this.across([piece.text], lexicon)))
            : null;
          return guessed ?? (await this.expand(piece.text, toTerm(piece.text)!));
        }),
      );
      if (words.every((piece) => piece !== null)) return words;
    }
    return null;
  }

  /** Documents having every term (each through any of its forms), with score and title matches. */
  private async all(termForms: readonly (readonly Term[])[]): Promise<Map<number, Matched>> {
    return this.allOf(await Promise.all(termForms.map((forms) => this.matcher.term(forms))));
  }

  /** `all`, for terms whose documents are already looked up. */
  private async allOf(terms: readonly TermDocs[]): Promise<Map<number, Matched>> {
    const [smallest, ...rest] = [...terms].sort((a, b) => a.docs.size - b.docs.size);
    const matched = new Map<number, Matched>();
    if (!smallest) return matched;
    const ids: number[] = [];
    for (const id of smallest.docs.keys()) if (rest.every((term) => term.docs.has(id))) ids.push(id);
    const settled = await Promise.all(terms.map((term) => this.matcher.settle(term, ids)));
    for (const id of ids) {
      const { has, score, titleTerms } = tally(terms, settled, id);
      if (has.every(Boolean)) matched.set(id, { score, titleTerms, coverage: 1, complete: 1 });
    }
    return matched;
  }

  /**
   * Stages 3 and 5 together. Articles having every required word are listed first, ordered by how
   * much of the whole query they cover; when there are fewer than FEW_RESULTS of them (none, or
   * one lucky guess), articles covering the most informative part of the query are added
   * (relax.ts decides how much is enough).
   */
  private async cover(
    informative: readonly Word[],
    wanted: readonly Word[],
  ): Promise<{ matched: Map<number, Matched>; fullMatches: number }> {
    const terms = await Promise.all(informative.map((word) => this.matcher.term(word.forms)));
    const n = this.files.documentCount;
    // A word in most of the articles says little about which one is meant (`다른`, or `컴포넌트` in
    // a React manual): it ranks (coverage) but is not required, unless every required word is so
    // common. Which words these are is read off each help center's own articles.
    const rare = wanted.filter((word) => terms[informative.indexOf(word)]!.docs.size <= COMMON_SHARE * n);
    const required = rare.length > 0 ? rare : wanted;
    // The required words are some of the informative ones: their documents are looked up once.
    const full = await this.allOf(required.map((word) => terms[informative.indexOf(word)]!));
    // Each word's part of the query: verbs count half, and a word no article has still counts
    // (as a rare word, halved), otherwise a question of one known common word and three unknown
    // ones would list every article with the common word.
    const parts: QueryPart[] = informative.map((word, i) => {
      const found = terms[i]!.docs.size;
      const verb = word.predicate || (found === 0 && looksLikeVerb(word.term.text));
      const share = (verb ? PREDICATE_WEIGHT : 1) * (found === 0 ? UNKNOWN_WEIGHT : 1);
      return { count: share, weight: share * idf(Math.max(1, found), n) };
    });
    const relaxing = full.size < FEW_RESULTS;
    // Memberships still to be checked against the text count as found until the ids worth it are settled.
    const candidates = new Set<number>(full.keys());
    if (relaxing) {
      // Which words each article has, as bits of one number (a question has far fewer than 32
      // informative words; a longer paste counts its first 31): thousands of articles share a few
      // combinations, each share computed once, with no array per article.
      const optimistic = new Map<number, number>();
      terms.forEach((term, i) => {
        if (i >= MAX_MASK_WORDS) return;
        const bit = 1 << i;
        for (const id of term.docs.keys()) optimistic.set(id, (optimistic.get(id) ?? 0) | bit);
      });
      const shareOf = new Map<number, number>();
      for (const mask of optimistic.values())
        if (!shareOf.has(mask))
          shareOf.set(
            mask,
            coverageShare(
              parts,
              informative.map((_, i) => (mask & (1 << i)) !== 0),
            ),
          );
      let best = 0;
      for (const share of shareOf.values()) best = Math.max(best, share);
      const least = candidateThreshold(best);
      for (const [id, mask] of optimistic) {
        const share = shareOf.get(mask)!;
        if (share > 0 && share >= least - 1e-9) candidates.add(id);
      }
    }
    const ids = [...candidates];
    const settled = await Promise.all(terms.map((term) => this.matcher.settle(term, ids)));
    const shares = new Map<number, number>();
    const details = new Map<number, { score: number; titleTerms: number }>();
    for (const id of ids) {
      const { has, score, titleTerms } = tally(terms, settled, id);
      shares.set(id, coverageShare(parts, has));
      details.set(id, { score, titleTerms });
    }
    const matched = new Map<number, Matched>();
    for (const id of full.keys()) matched.set(id, { ...details.get(id)!, coverage: shares.get(id) ?? 1, complete: 1 });
    if (relaxing) {
      // Partial matches are measured against the best partial match, not against the full ones.
      const partial = new Map([...shares].filter(([id]) => !full.has(id)));
      for (const [id, coverage] of selectCovered(partial)) {
        if (!matched.has(id)) matched.set(id, { ...details.get(id)!, coverage, complete: 0 });
      }
    }
    return { matched, fullMatches: full.size };
  }
}

/**
 * Told from the words alone, before any look-up: no word is a filler, carries a clear particle or
 * ends like a verb (`채널 연결`, not `채널을 연결하려면`).
 */
function readsAsKeywords(query: ParsedQuery): boolean {
  return query.terms.every(
    ({ text, choseong }) =>
      choseong ||
      (!isFiller(text) &&
        !readsAsVerb(text) &&
        !stemCandidates(text).some(
          (candidate) => candidate.particle !== null && particleIsClear(candidate.particle, candidate.text),
        )),
  );
}

/** Nouns that only follow a verb's adnominal form: `할 수`, `볼 때`, `쓸 줄`, `갈 것`. */
const BOUND_NOUNS: ReadonlySet<string> = new Set(["수", "때", "줄", "것", "거"]);

/** `쓸` before `수`: one Hangul syllable whose final consonant is ㄹ, followed by a bound noun. */
function adnominalBeforeBoundNoun(text: string, next: string | undefined): boolean {
  if (next === undefined || !BOUND_NOUNS.has(next) || [...text].length !== 1) return false;
  const code = text.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

/** A word that ends like a verb (`막죠`, `떠요`): unknown, it says less than an unknown noun. */
function looksLikeVerb(text: string): boolean {
  return reductions(text).some((reduction) => reduction.predicate);
}

/** One syllable or two letters say too little to guess what was meant (`십` could be 시, 심, 집…). */
function correctable(text: string): boolean {
  return [...text].length >= 2 && [...toJamo(text)].length >= 4;
}

function unique(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.text) && (seen.add(term.text), true));
}
