/**
 * The articles' own vocabulary, for the words of a query the articles do not have as typed: built
 * in the browser from the `words` file (every whole word of the articles with its count), so
 * everything it proposes is a word of this help center, learnt at build time, never from a list of
 * questions.
 *
 * - `segment`: a compound typed without spaces (`채널연결해제`) split into words the articles write
 *   apart (`채널`, `연결`, `해제`), by dynamic programming over the vocabulary scored by word
 *   frequency (a unigram model: the split whose words are likeliest together), as Lucene's Korean
 *   analyzer (Nori) decompounds with its dictionary.
 * - `acrossScripts`: a loanword in the other script (`리덕스` → `redux`, `component` → `컴포넌트`)
 *   by sound key (transliterate.ts).
 */
import { isHangulWord } from "./hangul";
import { isGrammar, nounStems } from "./stem";
import { consonants, hangulSound, hangulSoundKey, latinSound, latinSoundKey, likeness, LONG_KEY } from "./transliterate";
import { boundedDistance } from "./suggest";
import type { WordCounts } from "./format/files";

/** Longest piece tried, in characters. */
const MAX_PIECE = 10;
/** Longest word read as a compound, in characters (`알림톡템플릿등록방법` is 10). */
const MAX_COMPOUND = 24;
/** Added to each piece's cost: a split into fewer, longer words is the likelier reading. */
const PIECE_COST = 2;
/** Fewest consonant classes a sound key needs before it may name a word (`뷰`'s `P` could be anything). */
const MIN_KEY_CONSONANTS = 2;
/** Added to the cost of a piece read as a loanword in the other script (`웹훅` in `웹훅설정` → webhook). */
const ACROSS_COST = 3;

/** Symbols two long keys one edit apart must share at the start to be compared. */
const KEY_PREFIX = 3;
/** Consonant classes a piece's sound key needs to be read in the other script (`후크` is not `heic`). */
const ACROSS_PIECE_CONSONANTS = 3;
/**
 * Cost of a piece the articles do not have, left as typed so the rest of a compound still counts:
 * a piece and a share per character, so one unknown word (`회의실`) is likelier than known scraps
 * around unknown letters (`회`, `의`, `실`).
 */
const UNKNOWN_COST = 8;
const UNKNOWN_CHAR_COST = 4;

/**
 * How freely a compound may be split, from surest to loosest (the pipeline tries them in this order,
 * with spelling corrections between the first two): `words`, only words of two syllables or more
 * the articles write; `loose`, also their one-syllable words (`봇`) and loanwords in the other
 * script (`웹훅` → webhook); `unknown`, also parts no article has, left as typed.
 */
export type SplitLevel = "words" | "loose" | "unknown";

/** A piece of a compound: the word to search; a loanword read in the other script; or no word of the articles. */
export interface Piece {
  readonly text: string;
  readonly across: boolean;
  readonly unknown: boolean;
}

interface Entry {
  count: number;
}

/** A vocabulary word under its sound key (transliterate.ts). */
interface SoundOf {
  readonly word: string;
  readonly count: number;
}

export class Lexicon {
  /** Words and their stems (`채널을` → `채널`, `연결하려면` → `연결`), with counts. */
  private readonly vocabulary = new Map<string, Entry>();
  private readonly logTotal: number;
  private byKey: Map<string, SoundOf[]> | undefined;
  /** Long keys by their first symbols, for a look-up one edit away (built with `byKey`). */
  private longKeys: Map<string, string[]> | undefined;

  /**
   * @param words the articles' whole words with counts (format/files.ts `WordCounts`)
   * @param shortWords one-syllable words of the articles (`봇`): the only one-syllable pieces allowed
   * @param ownWords words the help center declares searchable without writing them (synonyms.yaml's members)
   */
  constructor(
    words: WordCounts,
    private readonly shortWords: ReadonlySet<string>,
    ownWords: Iterable<string> = [],
  ) {
    let total = 0;
    const add = (text: string, count: number) => {
      const entry = this.vocabulary.get(text);
      if (entry) entry.count += count;
      else this.vocabulary.set(text, { count });
    };
    for (const [word, count] of words) {
      total += count;
      add(word, count);
      if (!isHangulWord([...word].pop() ?? "")) continue;
      // The noun under a particle or a 하다/되다 ending: what a compound is made of.
      for (const stem of nounStems(word)) add(stem, count);
    }
    for (const word of ownWords) if (!this.vocabulary.has(word)) add(word, 1);
    this.logTotal = Math.log(Math.max(total, 1));
  }

  has(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** A piece of a compound with its cost (less for frequent words), or null if it cannot be one. */
  private piece(text: string, level: SplitLevel): (Piece & { cost: number }) | null {
    const length = [...text].length;
    // One-syllable words only where every other part is a word too: beside unknown letters a
    // syllable such as `알` is more likely a fragment than a word (`알려줄` is not `알` + `려줄`).
    const short = level === "loose" && this.shortWords.has(text) && !isGrammar(text);
    const entry = length >= 2 || short ? this.vocabulary.get(text) : undefined;
    if (entry) return { text, across: false, unknown: false, cost: this.logTotal - Math.log(entry.count) + PIECE_COST };
    // Beside unknown letters, a loanword reading is more likely chance than meaning (`프` + `로젝트` → reject).
    const other = length >= 2 && level === "loose" ? this.acrossScripts(text, ACROSS_PIECE_CONSONANTS) : null;
    const count = other === null ? undefined : this.vocabulary.get(other)?.count;
    if (other !== null && count !== undefined)
      return { text: other, across: true, unknown: false, cost: this.logTotal - Math.log(count) + PIECE_COST + ACROSS_COST };
    // An unknown part is a word of two syllables or more (`알려줄` is not `알려` + `줄`).
    return level === "unknown" && length >= 2
      ? { text, across: false, unknown: true, cost: UNKNOWN_COST + UNKNOWN_CHAR_COST * length }
      : null;
  }

  /**
   * The likeliest split of `word` into two or more words of the articles, or null when it is not
   * made of them. Only whole-word pieces: `회의실예약` → `회의실`, `예약`, never `회`, `의실`. A piece
   * the articles write in the other script stands for that word (`웹훅설정` → webhook, 설정). A
   * piece of no word of the articles may be left over at level `unknown` (`프로젝트삭제` where only
   * `삭제` is known), as long as one piece is known.
   */
  segment(word: string, level: SplitLevel = "words"): Piece[] | null {
    const chars = [...word];
    const n = chars.length;
    // Latin words are spaced as typed (`onoff` is not `ON OFF`: the matching contract); Korean is
    // not. A run longer than any compound people type (a paste, `챗봇챗봇…`) is not read as one.
    if (n < 3 || n > MAX_COMPOUND || !chars.some((ch) => isHangulWord(ch))) return null;
    const best: { cost: number; from: number; piece: Piece | null }[] = [{ cost: 0, from: -1, piece: null }];
    for (let end = 1; end <= n; end++) {
      best[end] = { cost: Infinity, from: -1, piece: null };
      for (let start = Math.max(0, end - MAX_PIECE); start < end; start++) {
        const before = best[start]!;
        if (before.cost === Infinity || (start === 0 && end === n)) continue;
        const piece = this.piece(chars.slice(start, end).join(""), level);
        if (piece && before.cost + piece.cost < best[end]!.cost)
          best[end] = { cost: before.cost + piece.cost, from: start, piece };
      }
    }
    if (best[n]!.cost === Infinity) return null;
    const pieces: Piece[] = [];
    for (let end = n; end > 0; end = best[end]!.from) pieces.unshift(best[end]!.piece!);
    return pieces.some((piece) => !piece.unknown) ? pieces.map(({ text, across, unknown }) => ({ text, across, unknown })) : null;
  }

  /**
   * The articles' word in the other script that sounds like `word` (`리액트` → `react`, `component`
   * → `컴포넌트`), the most frequent if several do, or null.
   */
  acrossScripts(word: string, minConsonants = MIN_KEY_CONSONANTS): string | null {
    const hangul = isHangulWord(word);
    const sound = hangul ? hangulSound(word) : latinSound(word);
    if (sound === null || consonants(sound.key) < minConsonants) return null;
    const { key } = sound;
    const keys = this.soundKeys();
    let best: { word: string; count: number; distance: number; alike: number } | null = null;
    const consider = (candidates: readonly SoundOf[] | undefined, distance: number) => {
      for (const candidate of candidates ?? []) {
        if (isHangulWord(candidate.word) === hangul) continue;
        // Words of one key line up symbol by symbol: the one whose vowels and voicing agree more
        // is meant (`타입`: type, not div), then the more frequent.
        // (A candidate's marks are worked out here, for the few words of the key, not for the whole vocabulary.)
        const other = distance > 0 ? null : hangul ? latinSound(candidate.word) : hangulSound(candidate.word);
        const alike = other === null ? 0 : hangul ? likeness(sound, other) : likeness(other, sound);
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance && (alike > best.alike || (alike === best.alike && candidate.count > best.count)));
        if (better) best = { word: candidate.word, count: candidate.count, distance, alike };
      }
    };
    consider(keys.get(key), 0);
    if (!best && key.length >= LONG_KEY) {
      // One edit away, among keys that begin alike: a silent letter inside a long word
      // (`typescript`, `타입스크립트`), not a different first syllable.
      for (const other of this.longKeys!.get(key.slice(0, KEY_PREFIX)) ?? [])
        if (boundedDistance([...key], [...other], 1) <= 1) consider(keys.get(other), 1);
    }
    return (best as { word: string } | null)?.word ?? null;
  }

  /**
   * Builds the sound-key table now (a pass over the whole vocabulary: ~10 ms at 10,000 articles),
   * so the keystroke that first reads a piece in the other script does not pay for it.
   */
  warm(): void {
    this.soundKeys();
  }

  /** The vocabulary's Latin words and Hangul words of two syllables or more, by sound key, built on first use. */
  private soundKeys(): Map<string, SoundOf[]> {
    if (this.byKey) return this.byKey;
    this.byKey = new Map();
    this.longKeys = new Map();
    for (const [word, { count }] of this.vocabulary) {
      const key = isHangulWord(word) ? ([...word].length >= 2 ? hangulSoundKey(word) : null) : latinSoundKey(word);
      if (key === null || consonants(key) < MIN_KEY_CONSONANTS) continue;
      const list = this.byKey.get(key);
      if (list) list.push({ word, count });
      else {
        this.byKey.set(key, [{ word, count }]);
        if (key.length >= LONG_KEY - 1) {
          const similar = this.longKeys.get(key.slice(0, KEY_PREFIX)) ?? [];
          similar.push(key);
          this.longKeys.set(key.slice(0, KEY_PREFIX), similar);
        }
      }
    }
    return this.byKey;
  }
}
