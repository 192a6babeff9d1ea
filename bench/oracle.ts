/**
 * The matching contract of the README as a brute-force scan, written from the README alone: its
 * own normalisation, word splitting, initials and synonym handling, sharing no code with the
 * engine (src/search), so a bug there is caught rather than repeated. The property test
 * (tests/unit/index-vs-reference.property.test.ts) and the benchmarks' recall and precision
 * (bench/search-bench.ts, bench/compare.ts) hold the engine's answers to it.
 */

/** What the scan reads of an article (SearchDoc's fields, by name only). */
interface OracleDoc {
  readonly title: string;
  readonly body: string;
  readonly keywords: readonly string[];
}

const SPACE_KEPT_BETWEEN = /[\p{Script=Latin}\p{Nd}]/u;
const fold = (ch: string) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch);

/** NFC, case folded character by character, white space dropped unless between two Latin letters or digits. */
export function oracleCompact(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    if (!/\s/u.test(chars[i]!)) {
      out += fold(chars[i]!);
      continue;
    }
    let j = i;
    while (j < chars.length && /\s/u.test(chars[j]!)) j++;
    const before = chars[i - 1];
    const after = chars[j];
    if (before && after && SPACE_KEPT_BETWEEN.test(before) && SPACE_KEPT_BETWEEN.test(after)) out += " ";
    i = j - 1;
  }
  return out;
}

const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
/** Each Hangul syllable replaced by its initial consonant (Unicode's syllable arithmetic). */
export const oracleInitials = (text: string): string =>
  [...text].map((ch) => (ch >= "가" && ch <= "힣" ? INITIALS[Math.floor((ch.codePointAt(0)! - 0xac00) / 588)] : ch)).join("");

/** The README's clean stage: sentence punctuation, quotes and brackets separate words; punctuation around a word is dropped. */
export function oracleWords(query: string): string[] {
  return query
    .normalize("NFC")
    .split(/[\s,?!"'`“”‘’()[\]{}~…·;「」『』【】《》〈〉？！，。、]+/u)
    .map((piece) => {
      const keep = /[A-Za-z]([+#]+)$/u.exec(piece)?.[1] ?? "";
      const core = piece.slice(0, piece.length - keep.length).replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");
      return core === "" ? "" : core + keep;
    })
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Words that only shape a question (the contract's closed list, rule 3, written out here rather
 * than imported from src/search/stem.ts, and the light verbs' question forms): a query with one is
 * not keywords.
 */
const FILLERS = new Set(
  (
    "안 못 잘 왜 언제 어떻게 어떡해 어떡하죠 어째서 어디 어디서 어디에 어디에서 어디로 무엇 무엇을 뭐 뭐가 뭘 뭔가 뭔지 무슨 어느 어떤 몇 누가 누구 얼마 " +
    "얼마나 좀 혹시 그냥 다시 계속 자꾸 너무 정말 진짜 제발 갑자기 아직 이미 벌써 또 그렇게 저렇게 자주 항상 전혀 별로 조금 그래서 근데 그런데 그리고 하지만 " +
    "요즘 지금 방금 지난 인데 건데 어떻게든 이거 그거 저거 이게 그게 이건 그건 이런 그런 저런 저 제 내 나 우리 저희 해 돼 됨 함 것 거 게 수 때 방법 " +
    "방법은 방법이 방법을 가능 가능한가요 가능한지 가능할까요 하는 하는법 하고 하면 하기 한 할 해서 해도 되는 되고 되면 되기 된 될 있는 없는 있게 궁금해요 " +
    "궁금합니다 알려주세요 문의 문의드립니다 질문 해결 어떻게요 ㅠ ㅠㅠ ㅜㅜ ㅎㅎ 하나요 되나요 있나요 돼요"
  )
    .trim()
    .split(" "),
);
/** Last syllables a particle or an ending can have (`-는`, `-된`, `-요`). */
const ENDS_LIKE_GRAMMAR = /[은는이가을를에의로도만요다죠까니고며면서게해지야나데랑과와께된한인될할던했됐었았겠세]$/u;

export class Oracle {
  private readonly texts: readonly string[];
  private readonly titles: readonly string[];
  private readonly groups: readonly (readonly string[])[];

  /** `synonyms`: the groups of synonyms.yaml, as written. */
  constructor(docs: readonly OracleDoc[], synonyms: readonly (readonly string[])[] = []) {
    this.titles = docs.map((doc) => oracleCompact(doc.title));
    this.texts = docs.map((doc, i) =>
      [this.titles[i], oracleCompact(doc.body), ...doc.keywords.map(oracleCompact)].join("\u0000"),
    );
    this.groups = synonyms.map((group) => group.map(oracleCompact));
  }

  /** Ids (positions in `docs`) of the articles with every word of the query, or a synonym of it. */
  search(query: string): number[] {
    const terms = [...new Set(oracleWords(query).map(oracleCompact))].slice(0, 10);
    if (terms.length === 0) return [];
    const alternatives = terms.map((term) => [term, ...this.groups.filter((g) => g.includes(term)).flat()]);
    const hits: number[] = [];
    this.texts.forEach((text, id) => {
      const all = terms.every((term, i) =>
        /^[ㄱ-ㅎ]+$/u.test(term)
          ? oracleInitials(this.titles[id]!).includes(term)
          : alternatives[i]!.some((alt) => text.includes(alt)),
      );
      if (all) hits.push(id);
    });
    return hits;
  }

  /**
   * Whether the query is keywords by the contract (README, rule 3), decided here without the
   * engine: no word is a filler, and no word that ends like grammar has a shorter form, the same
   * word cut anywhere, in more articles (`번호는`: `번호` is; `납부해주세요`: `납부` is). That is
   * stricter than the contract (it sets aside `메시지`, since `메` is in more articles): what it
   * calls keywords certainly are, and those must be answered exactly.
   */
  isKeywords(query: string): boolean {
    return oracleWords(query).every((word) => !FILLERS.has(word) && !this.carriesGrammar(word));
  }

  private articlesWith(form: string): number {
    return this.texts.filter((text) => text.includes(form)).length;
  }

  private carriesGrammar(word: string): boolean {
    const form = oracleCompact(word);
    if (!ENDS_LIKE_GRAMMAR.test(form)) return false;
    const syllables = [...form];
    const asTyped = this.articlesWith(form);
    for (let cut = 1; cut < syllables.length; cut++) {
      if (this.articlesWith(syllables.slice(0, -cut).join("")) > asTyped) return true;
    }
    return false;
  }
}
