/**
 * Matching: which documents contain a term, exactly. Syllable pairs find candidates, not answers,
 * so every form is settled before it is counted: one- and two-letter terms and initials are exact
 * in the index, longer terms are read from their word list (a frequent word: the build stored its
 * answer) or verified with the pairs' positions (or, when those fill several files and ten or fewer
 * candidates remain, against their text), and terms with punctuation inside (`1:1`) against the
 * text of the candidates that remain.
 */
import { toTerm, type Term } from "./query";
import type { Phrase } from "./phrase";
import { coveringOffsets, pairsOfRun } from "./tokens";
import { INITIALS_FIELD_ID, TOPIC_FIELD_IDS } from "./format/fields";
import { prepareFields, termInTitleOrKeywords, termMatches, type PreparedFields } from "./field-match";
import { MIN_POSITION_FILES, PREFIX_SCALE, type PairPositions } from "./format/files";
import type { FileCache } from "./file-cache";
import { eachPosting } from "./format/codec";
import { allOfScored, scoreToken, storedPrefixScore, type Scored } from "./bm25";

/** Documents containing one form of a term, with their BM25 score. */
export interface FormMatch {
  readonly form: Term;
  readonly scores: ReadonlyMap<number, number>;
  /** Documents with the form in the title or keywords (known for exact forms). */
  readonly title: ReadonlySet<number>;
  /** False for forms with punctuation inside: `scores` holds candidates, checked against the text later. */
  readonly exact: boolean;
}

/** One query term's documents: the union of its forms (as typed, stems, synonyms, a correction). */
export interface TermDocs {
  /** Per document: the best score of the forms it has, whether one is in the title, and whether that is settled. */
  readonly docs: Map<number, { score: number; title: boolean; settled: boolean }>;
  /** Forms whose candidates need a look at the text. */
  readonly unsettled: readonly Term[];
}

const FORM_CACHE_SIZE = 256;
/** Position files a form's verification reads from which it waits for its candidates first (word-lists.ts lists frequent words at the same count). */
const COSTLY_POSITION_FILES = MIN_POSITION_FILES;
/** Candidates checked against their text rather than positions: no more than a results page shows, whose text it loads anyway. */
const TEXT_CHECK_MAX = 10;

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

/** A pair's positions with its offset in the term. */
interface PairAt {
  readonly offset: number;
  readonly positions: PairPositions | undefined;
}

/** Fields (ids as strings) of document `id` where the pairs stand at their offsets from one start: where the term occurs. */
function occursIn(pairs: readonly PairAt[], id: number): string[] {
  const [first, ...rest] = pairs;
  const fields: string[] = [];
  for (const [field, byDoc] of Object.entries(first?.positions ?? {})) {
    const starts = decode(byDoc[id]);
    if (starts.length === 0) continue;
    const following = rest.map((pair) => ({ offset: pair.offset, at: new Set(decode(pair.positions?.[field]?.[id])) }));
    if (starts.some((p) => following.every(({ offset, at }) => at.has(p + offset)))) fields.push(field);
  }
  return fields;
}

export class Matcher {
  private readonly forms = new Map<string, Promise<FormMatch>>();
  private readonly fields: (PreparedFields | undefined)[] = [];

  constructor(private readonly files: FileCache) {}

  /** Forgets cached look-ups (benchmarks measure each keystroke as new). Loaded files stay. */
  forget(): void {
    this.forms.clear();
  }

  /** The documents containing `form`, cached per form. */
  form(form: Term): Promise<FormMatch> {
    const key = `${form.choseong ? "^" : ""}${form.text}`;
    let found = this.forms.get(key);
    if (!found) {
      found = this.lookUp(form);
      found.catch(() => this.forms.delete(key));
      this.forms.set(key, found);
      if (this.forms.size > FORM_CACHE_SIZE) this.forms.delete(this.forms.keys().next().value!);
    }
    return found;
  }

  /** Documents containing at least one of the forms (each form settled where the index can). */
  async term(forms: readonly Term[]): Promise<TermDocs> {
    const matches = await Promise.all(forms.map((form) => this.form(form)));
    const docs: TermDocs["docs"] = new Map();
    for (const match of matches) {
      for (const [id, score] of match.scores) {
        const entry = docs.get(id) ?? { score: 0, title: false, settled: false };
        // The best form's score: an article that writes several members of a synonym group, or
        // the typed form and its stem, is not worth more than one that writes the best of them.
        entry.score = Math.max(entry.score, score);
        entry.title ||= match.title.has(id);
        entry.settled ||= match.exact;
        docs.set(id, entry);
      }
    }
    return { docs, unsettled: matches.filter((m) => !m.exact).map((m) => m.form) };
  }

  /** How many documents contain the form (settled against the text where needed). */
  async count(form: Term): Promise<number> {
    const match = await this.form(form);
    if (match.exact) return match.scores.size;
    await this.files.load(match.scores.keys());
    let n = 0;
    for (const id of match.scores.keys()) if (termMatches(this.prepared(id), form)) n++;
    return n;
  }

  /**
   * Settles the unsettled memberships of `ids` in `term` against the text: returns, per document,
   * whether the term occurs and whether in the title. Loads the documents' text blocks.
   */
  async settle(term: TermDocs, ids: readonly number[]): Promise<Map<number, { occurs: boolean; title: boolean }>> {
    const open = ids.filter((id) => term.docs.get(id)?.settled === false);
    const out = new Map<number, { occurs: boolean; title: boolean }>();
    if (open.length === 0) return out;
    await this.files.load(open);
    for (const id of open) {
      const fields = this.prepared(id);
      const forms = term.unsettled.filter((form) => termMatches(fields, form));
      out.set(id, { occurs: forms.length > 0, title: forms.some((form) => termInTitleOrKeywords(fields, form)) });
    }
    return out;
  }

  /** True when verifying `form` with positions reads COSTLY_POSITION_FILES position files or more. */
  positionsCostly(form: Term): boolean {
    if (!positionsVerify(form)) return false;
    const pairs = pairsOfRun(form.text);
    return this.files.positionFiles(coveringOffsets(pairs.length).map((offset) => pairs[offset]!)) >= COSTLY_POSITION_FILES;
  }

  /**
   * The junction pairs (phrase.ts) that narrow the adjacency tier's candidates for `phrase`, which
   * are then checked against the text of the hits shown; null to verify the phrase with positions
   * instead: where those fill few files, or where the pairs would tell little.
   */
  junctionsToCheck(phrase: Phrase): Term[] | null {
    const pairs = phrase.junctions.map((pair) => toTerm(pair));
    if (pairs.length === 0 || pairs.some((pair) => !pair || pair.choseong || !indexIsExact(pair))) return null;
    return this.positionsCostly(phrase.term) ? (pairs as Term[]) : null;
  }

  /** Of `ids`, the documents whose text has `form` (loads their text blocks). */
  async inText(form: Term, ids: readonly number[]): Promise<Set<number>> {
    await this.files.load(ids);
    return new Set(ids.filter((id) => termMatches(this.prepared(id), form)));
  }

  private prepared(id: number): PreparedFields {
    return (this.fields[id] ??= prepareFields(this.files.record(id)));
  }

  /**
   * Articles whose title's initials hold `initials` (one or two consonants) in a row, ascending: one
   * token's postings in the initials field (fields.ts INITIALS_FIELD_ID), whose tokens are each
   * title's consonant pairs and its consonants on their own (field-match.ts `titleInitials`).
   */
  private async titlesWithInitials(initials: string): Promise<Set<number>> {
    const postings = await this.files.shardFor(initials);
    const ids = new Set<number>();
    eachPosting(postings.byToken.get(initials)?.[INITIALS_FIELD_ID] ?? [], (id) => ids.add(id));
    return ids;
  }

  private async token(token: string, prefix: boolean): Promise<Scored> {
    if (!prefix || [...token].length !== 1)
      return scoreToken(await this.files.shardFor(token, prefix), token, prefix, this.files.documentCount);
    // A one-character prefix whose tokens fill several term shards: its answer, precomputed;
    // otherwise summed here, and rounded as the lists are.
    const listed = this.files.listedScores(token);
    if (listed) return listed;
    const scored = scoreToken(await this.files.shardFor(token, true), token, true, this.files.documentCount);
    for (const [id, score] of scored.scores) scored.scores.set(id, storedPrefixScore(score) / PREFIX_SCALE);
    return scored;
  }

  private async lookUp(form: Term): Promise<FormMatch> {
    if (form.choseong) {
      if ([...form.text].length <= 2) {
        const ids = await this.titlesWithInitials(form.text);
        return { form, scores: new Map([...ids].map((id) => [id, 0])), title: ids, exact: true };
      }
      // Three initials or more: every title's initials, read whole.
      const initials = await this.files.initials();
      const scores = new Map<number, number>();
      initials.forEach((text, id) => {
        if (text.includes(form.text)) scores.set(id, 0);
      });
      return { form, scores, title: new Set(scores.keys()), exact: true };
    }
    // A frequent word whose pairs' positions fill several files: its answer, stored by the build
    // (word-lists.ts); other words verified with positions round their scores the same way below.
    const stored = positionsVerify(form) ? this.files.listedScores(form.text) : undefined;
    if (stored) {
      const { scores, title } = await stored;
      return { form, scores, title, exact: true };
    }
    // A one-character run is a prefix look-up (every character starts some token); longer runs, all their pairs.
    const lookups = form.runs.flatMap((run): [string, boolean][] => {
      const pairs = pairsOfRun(run);
      return pairs.length === 0 ? [[run, true]] : pairs.map((pair): [string, boolean] => [pair, false]);
    });
    // `연결하기` has the pairs of a text with `연결` and `하기` apart: the documents where the pairs stand
    // in a row are kept. Their positions are fetched with the postings, not after them, unless they
    // fill several files: the build lists the frequent words whose positions do, so such a form is
    // most often a phrase or a rare compound of common pairs (`채널연결`), which few articles have.
    // Its postings come first; a few candidates are checked against their text, which a results
    // page loads for them anyway; more, with the positions.
    const pairs = pairsOfRun(form.text);
    const verify = positionsVerify(form);
    const offsets = coveringOffsets(pairs.length);
    const costly = this.positionsCostly(form);
    const loadPositions = () =>
      Promise.all(
        offsets.map(async (offset): Promise<PairAt> => ({ offset, positions: await this.files.positionsOf(pairs[offset]!) })),
      );
    const early = verify && !costly ? loadPositions() : null;
    early?.catch(() => undefined);
    const candidates = allOfScored(await Promise.all(lookups.map(([token, prefix]) => this.token(token, prefix))));
    if (indexIsExact(form)) return { form, ...candidates, exact: true };
    if (!verify) return { form, scores: candidates.scores, title: new Set(), exact: false };
    const scores = new Map<number, number>();
    const title = new Set<number>();
    if (costly && candidates.scores.size <= TEXT_CHECK_MAX) {
      for (const id of await this.inText(form, [...candidates.scores.keys()])) {
        scores.set(id, storedPrefixScore(candidates.scores.get(id)!) / PREFIX_SCALE);
        if (termInTitleOrKeywords(this.prepared(id), form)) title.add(id);
      }
      return { form, scores, title, exact: true };
    }
    const positions = await (early ?? loadPositions());
    for (const [id, score] of candidates.scores) {
      const fields = occursIn(positions, id);
      if (fields.length === 0) continue;
      scores.set(id, storedPrefixScore(score) / PREFIX_SCALE);
      // In the title or the author's keywords: a title match (format/fields.ts).
      if (fields.some((field) => TOPIC_FIELD_IDS.has(field))) title.add(id);
    }
    return { form, scores, title, exact: true };
  }
}
