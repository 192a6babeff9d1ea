/**
 * Stage "stem": the words people type carry particles and endings the articles don't
 * (`템플릿을`, `삭제하려면`, `안 나가요`, `돼요`). This module only proposes shorter forms from a closed
 * list of suffixes and a few regular sound changes; the pipeline keeps a form only if it occurs in
 * the articles, so a rule can never invent a word. It also names the filler words of a question
 * (`어떻게`, `안`, `하나요`) that carry no topic of their own.
 *
 * Everything here works on compact text (normalize.ts): NFC, case-folded, no spaces between Hangul.
 */
import { composeSyllable, FINAL, isHangulWord, MEDIAL, syllableParts } from "./hangul";

/** Case particles and delimiters that follow nouns (`템플릿을`, `상담원이`, `설정에서는`). Longest matter most. */
const PARTICLES: readonly string[] = [
  ...["을", "를", "은", "는", "이", "가", "의", "에", "께", "로", "와", "과", "도", "만", "나", "랑", "요", "란"],
  ...["에서", "에게", "한테", "께서", "으로", "이랑", "까지", "부터", "마다", "처럼", "보다", "이나", "이든", "이요", "이란"],
  ...["에는", "에도", "로는", "로도", "와의", "과의", "이라", "라는", "라고", "이고", "이며", "이면", "에선", "엔"],
  ...["에서는", "에서도", "으로는", "으로도", "까지는", "부터는", "이라는", "이라고", "에서의", "으로의", "에게는", "이랑은"],
  // Auxiliary particles (보조사) and their combinations: 끼리, 마저, 조차, 밖에, 만큼, 로서 …
  ...["끼리", "마저", "조차", "밖에", "만큼", "대로", "치고", "라도", "이라도", "나마", "이나마", "든지", "이든지", "야말로"],
  ...["로서", "로써", "으로서", "으로써", "에게서", "한테서", "부터도", "까지도", "에서부터", "서부터", "끼리는", "끼리도"],
  ...["만이", "만을", "만의", "에만", "에게만", "에서만", "으로만", "로만", "처럼은", "보다는", "마다의"],
  // The copula 이다 after a noun (`무료인가요`, `뭐예요`, `기본값이에요`).
  ...["이에요", "예요", "이야", "인가요", "일까요", "입니다", "입니까", "이죠", "인지", "인데", "인데요", "이었어요", "였어요"],
];

const NOUN_VERB_TAILS = [
  ...["다", "기", "고", "면", "는", "니", "지", "죠", "게", "요", "세요", "려면", "려고", "려는", "는데", "나요", "네요"],
  ...["면요", "기가", "기는", "는법", "는지", "지요", "지만", "도록", "니까", "나", "자", "자고"],
  // with the honorific -시- (`삭제하시려면`, `변경하셨는데`)
  ...["시려면", "시면", "시나요", "시는", "신", "실", "십니다", "시고", "셔야", "셔서", "셨어요", "셨는데", "셨나요"],
];

/**
 * Endings of verbs made from a noun with 하다/되다 (`삭제하기`, `발행돼요`, `충전했어요`,
 * `발행안돼요`): stripping one leaves the noun, which is what articles are written with.
 */
const NOUN_VERB_ENDINGS: readonly string[] = (() => {
  const out = new Set<string>();
  // 하다: 하기 하고 하면 하는 … ; contracted 해/했; merged 한/할/함/합니다.
  for (const tail of NOUN_VERB_TAILS) for (const verb of ["하", "되"]) out.add(verb + tail);
  for (const form of [
    "해",
    "돼",
    "되어",
    "해서",
    "돼서",
    "해야",
    "돼야",
    "해도",
    "돼도",
    "해요",
    "돼요",
    "되요",
    "해줘",
    "해주세요",
  ])
    out.add(form);
  for (const form of [
    "했",
    "됐",
    "했어요",
    "됐어요",
    "했는데",
    "됐는데",
    "했나요",
    "됐나요",
    "했습니다",
    "됐습니다",
    "했다",
    "됐다",
  ])
    out.add(form);
  for (const form of ["했어", "됐어", "했던", "됐던", "했을", "됐을", "했더니", "됐더니", "했지만", "했으면", "됐으면"])
    out.add(form);
  for (const form of ["한", "할", "함", "합니다", "합니까", "할까요", "할게요", "한가요", "한데", "할때", "할수", "한지", "할지"])
    out.add(form);
  for (const form of [
    "된",
    "될",
    "됨",
    "됩니다",
    "됩니까",
    "될까요",
    "된가요",
    "된지",
    "될지",
    "되었어요",
    "되었습니다",
    "되었는데",
  ])
    out.add(form);
  for (const neg of [
    "안돼",
    "안돼요",
    "안되요",
    "안되나요",
    "안됨",
    "안되는",
    "안되네요",
    "안됐어요",
    "못해요",
    "못했어요",
    "안해요",
  ])
    out.add(neg);
  return [...out];
})();

/**
 * Endings of 받다/시키다/당하다/드리다 after a noun (`승인받기`, `취소시키려면`): tried after the
 * other rules, because the same letters end verbs of their own (`돌려받기` is not `돌려` + 받기).
 */
const SUPPORT_VERB_ENDINGS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const tail of [...NOUN_VERB_TAILS, "은", "을", "았어요", "았는데"])
    for (const verb of ["받", "시키", "당하", "드리"]) out.add(verb + tail);
  for (const form of ["시킨", "시킬", "시켜요", "시켰어요", "드린", "드릴", "드려요", "드렸어요", "당한", "당했어요"])
    out.add(form);
  return [...out];
})();

/** Endings that follow a verb stem directly (`끝나요`, `바꾸려면`, `보내고`, `못 받았어요`). */
const VERB_ENDINGS: readonly string[] = [
  ...["요", "어요", "아요", "여요", "나요", "네요", "죠", "지요", "세요", "으세요", "주세요", "줘요", "어주세요", "아주세요"],
  ...[
    "려면",
    "으려면",
    "려고",
    "으려고",
    "려는",
    "으려는",
    "니까",
    "으니까",
    "니까요",
    "는데",
    "은데",
    "는데요",
    "는지",
    "은지",
    "을지",
  ],
  ...["었어요", "았어요", "였어요", "었는데", "았는데", "었나요", "았나요", "었어", "았어", "었다", "았다", "었던", "았던"],
  ...[
    "어야",
    "아야",
    "어도",
    "아도",
    "어서",
    "아서",
    "으면",
    "습니다",
    "습니까",
    "을까요",
    "까요",
    "도록",
    "지만",
    "는",
    "은",
    "을",
  ],
  ...["어", "아", "기", "게", "고", "다", "지", "면", "서", "니"],
];

/**
 * Auxiliary verbs after a verb's -아/어 form (`바꿔 주세요`, `지워 버렸어요`, `열어 봐요`, `적어 두세요`),
 * as typed without the space, contracted forms included: what is left is the main verb.
 */
const AUX_AFTER_INFINITIVE = [
  ...["주", "줘", "줬", "드리", "드려", "드렸", "보", "봐", "봤", "놓", "놔", "놨", "두", "둬", "뒀", "버리", "버려", "버렸"],
];
/** Auxiliary verbs after -고 (`보내고 싶어요`, `기다리고 있어요`), typed without the space. */
const AUX_AFTER_GO = ["싶", "있", "계시", "계셔", "계셨"];
/** The grammar left of an ending inside a verb: honorific -시- (`바꾸셨`) and -겠- (`하겠`). */
const INFIXES = ["시", "셨", "셔", "겠"];
/** Negation typed onto the verb (`안나와요`, `못받았어요`). */
const NEGATIONS = ["안", "못"];

/** Endings an auxiliary verb carries (none, too: `바꿔줘`). */
const AUX_TAILS: readonly string[] = ["", ...new Set([...VERB_ENDINGS, ...NOUN_VERB_TAILS])];

/**
 * One-syllable endings that also end many nouns (`메시지`, `보고서`, `화면`, `광고`): stripped only
 * from words that do not occur as typed.
 */
const AMBIGUOUS_ENDINGS = new Set(["지", "서", "면", "고", "다", "니", "게", "기", "어", "아", "는", "은", "을"]);

/**
 * Verb and adjective stems that only carry grammar in a question (`하다`, `되다`, `있다`, `보다`):
 * a word made of one of these and an ending (`하나요`, `돼요`, `있나요`, `보려면`) is a filler.
 */
const LIGHT_STEMS = new Set([
  "하",
  "되",
  "있",
  "없",
  "보",
  "알",
  "주",
  "않",
  "싶",
  "같",
  "이",
  "아니",
  "받",
  "쓰",
  "가",
  "오",
  "나",
  "말",
  "드리",
  "해",
  "돼",
  "안되",
  "안돼",
  "못하",
]);

/** Words of a question that name no topic (closed list; compared in compact form). */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  ...["안", "못", "잘", "왜", "언제", "어떻게", "어떡해", "어떡하죠", "어째서", "어디", "어디서", "어디에", "어디에서", "어디로"],
  ...["무엇", "무엇을", "뭐", "뭐가", "뭘", "뭔가", "뭔지", "무슨", "어느", "어떤", "몇", "누가", "누구", "얼마", "얼마나"],
  ...["좀", "혹시", "그냥", "다시", "계속", "자꾸", "너무", "정말", "진짜", "제발", "갑자기", "아직", "이미", "벌써", "또"],
  ...["그렇게", "저렇게", "자주", "항상", "전혀", "별로", "조금", "그래서", "근데", "그런데", "그리고", "하지만"],
  ...["요즘", "지금", "방금", "지난", "인데", "건데", "어떻게든"],
  ...["이거", "그거", "저거", "이게", "그게", "이건", "그건", "이런", "그런", "저런", "저", "제", "내", "나", "우리", "저희"],
  ...[
    "해",
    "돼",
    "됨",
    "함",
    "것",
    "거",
    "게",
    "수",
    "때",
    "방법",
    "방법은",
    "방법이",
    "방법을",
    "가능",
    "가능한가요",
    "가능한지",
    "가능할까요",
  ],
  ...[
    "하는",
    "하는법",
    "하고",
    "하면",
    "하기",
    "한",
    "할",
    "해서",
    "해도",
    "되는",
    "되고",
    "되면",
    "되기",
    "된",
    "될",
    "있는",
    "없는",
    "있게",
  ],
  ...["궁금해요", "궁금합니다", "알려주세요", "문의", "문의드립니다", "질문", "해결", "어떻게요", "ㅠ", "ㅠㅠ", "ㅜㅜ", "ㅎㅎ"],
]);

/** True for a syllable that is a particle on its own (`의`, `을`, `에`): what most often follows a noun in a text. */
export function isParticleSyllable(syllable: string): boolean {
  return [...syllable].length === 1 && PARTICLES.includes(syllable);
}

/**
 * Particles that never end a noun of their own (unlike 의 in 회의 or 가 in 평가): a one-syllable word
 * followed by one of them in the articles (`봇을`, `앱에서`) is a word of the articles.
 */
export const CLEAR_PARTICLES: readonly string[] = [
  "을",
  "를",
  "은",
  "는",
  "에",
  "에서",
  "에게",
  "으로",
  "에는",
  "에도",
  "에서는",
  "까지",
  "부터",
  "처럼",
  "한테",
];

/**
 * Whether removing `particle` from a word that occurs as typed leaves the word the user meant.
 * Particles that also end nouns (의 in 회의, 이 in 길이, 가 in 평가) are removed only when at least two
 * syllables remain (`상담원이` → `상담원`, but `길이` stays); the others always (`봇을` → `봇`).
 */
export function particleIsClear(particle: string, stem: string): boolean {
  return CLEAR_PARTICLES.includes(particle) || [...particle].length > 1 || [...stem].length >= 2;
}

type ReductionKind = "particle" | "ending" | "ambiguous";

export interface Reduction {
  readonly text: string;
  readonly kind: ReductionKind;
  /** The rest is a verb or adjective stem (`끝나요` → `끝나`), not a noun (`삭제하기` → `삭제`). */
  readonly predicate: boolean;
  /** Preference among rules of one step: 0 particles and 하다/되다 endings, 1 verb endings and sound changes, 2 받다/시키다 endings. */
  readonly rank: number;
  /** The particle removed, for a particle rule. */
  readonly particle: string | null;
  /** A sound change undone: the last rule on any path (`바꿨` → `바꾸` in one). */
  readonly soundChange: boolean;
}

// A stem ending in one of these open vowels before polite `요` is a verb's infinitive (`끝나요`, `나가요`, `바꿔요`).
const INFINITIVE_VOWELS = new Set(["ㅏ", "ㅓ", "ㅐ", "ㅕ", "ㅘ", "ㅝ", "ㅙ"].map((letter) => MEDIAL[letter]));

function endsInInfinitive(word: string): boolean {
  const last = syllableParts([...word].pop() ?? "");
  return last !== null && last.final === 0 && INFINITIVE_VOWELS.has(last.medial);
}

function withoutSuffix(word: string, suffix: string): string | null {
  return word.length > suffix.length && word.endsWith(suffix) ? word.slice(0, -suffix.length) : null;
}

function replaceLast(word: string, last: string): string {
  const chars = [...word];
  chars[chars.length - 1] = last;
  return chars.join("");
}

/**
 * Undoes the sound changes an ending makes in the stem's last syllable (`했`→`하`, `돼`→`되`,
 * `바꿔`→`바꾸`, `보냈`→`보내`, `추워`→`춥`, `걸어`'s `걸`→`걷`, `몰라`→`모르`, `삭제한`→`삭제하`).
 */
export function undoSoundChanges(word: string, afterEnding = true): string[] {
  const chars = [...word];
  const last = chars[chars.length - 1];
  const parts = last === undefined ? null : syllableParts(last);
  if (!parts) return [];
  const out: string[] = [];
  const add = (text: string) => {
    if (text !== word && !out.includes(text)) out.push(text);
  };
  // Past tense (`했`, `됐`, `보냈`) and the merged adnominal/formal endings (`한`, `할`, `함`, `합`).
  // On a word as typed (no ending removed yet) only a merged past or adnominal ending after a
  // verb's open vowel counts (`끝난` → `끝나`): `일일` is not `일이` + ㄹ, `연결` not `연겨` + ㄹ.
  const open = parts.final === 0 ? parts : { ...parts, final: 0 };
  const merged = (
    afterEnding ? [FINAL["ㅆ"], FINAL["ㄴ"], FINAL["ㄹ"], FINAL["ㅁ"], FINAL["ㅂ"]] : [FINAL["ㅆ"], FINAL["ㄴ"]]
  ).includes(parts.final);
  const dropped = merged && (afterEnding || INFINITIVE_VOWELS.has(open.medial));
  if (dropped) add(replaceLast(word, composeSyllable(open)));
  // Contracted vowels are undone on an open syllable, or one whose merged ending was just removed.
  if (parts.final !== 0 && !dropped) return out;
  const vowelSwaps: [from: string, to: string][] = [
    ["ㅘ", "ㅗ"], // 봐 → 보, 나와 → 나오
    ["ㅝ", "ㅜ"], // 바꿔 → 바꾸, 줘 → 주
    ["ㅙ", "ㅚ"], // 돼 → 되
    ["ㅕ", "ㅣ"], // 내려 → 내리, 옮겨 → 옮기
    ["ㅓ", "ㅡ"], // 써 → 쓰, 꺼 → 끄
  ];
  for (const [from, to] of vowelSwaps) {
    if (open.medial === MEDIAL[from]) add(replaceLast(word, composeSyllable({ ...open, medial: MEDIAL[to]! })));
  }
  if (open.initial === 18 && open.medial === MEDIAL["ㅐ"])
    add(replaceLast(word, composeSyllable({ ...open, medial: MEDIAL["ㅏ"]! }))); // 해 → 하
  const previous = chars.length >= 2 ? syllableParts(chars[chars.length - 2]!) : null;
  // ㅂ-irregular: 추워 → 춥, 어려워 → 어렵 (워 after a syllable without a final).
  if (previous && previous.final === 0 && open.initial === 11 && open.medial === MEDIAL["ㅝ"]) {
    add([...chars.slice(0, -2), composeSyllable({ ...previous, final: FINAL["ㅂ"]! })].join(""));
  }
  // 르-irregular: 몰라 → 모르, 불러 → 부르.
  if (
    previous &&
    previous.final === FINAL["ㄹ"] &&
    open.initial === 5 &&
    (open.medial === MEDIAL["ㅏ"] || open.medial === MEDIAL["ㅓ"])
  ) {
    add([...chars.slice(0, -2), composeSyllable({ ...previous, final: 0 }), "르"].join(""));
  }
  // ㄷ-irregular: 걸(어요) → 걷, 들(어요) → 듣.
  if (afterEnding && parts.final === FINAL["ㄹ"]) add(replaceLast(word, composeSyllable({ ...parts, final: FINAL["ㄷ"]! })));
  if (previous && previous.final === 0 && open.initial === 11 && (open.medial === MEDIAL["ㅏ"] || open.medial === MEDIAL["ㅓ"])) {
    // ㅅ-irregular, a closed class (낫다 짓다 붓다 잇다 긋다 젓다): 나아 → 낫, 지어 → 짓.
    const stem = composeSyllable({ ...previous, final: FINAL["ㅅ"]! });
    if (S_IRREGULAR.has(stem)) add([...chars.slice(0, -2), stem].join(""));
  }
  // ㅎ-irregular, a closed class (그렇다 이렇다 어떻다, colours): 그래 → 그렇, 파래 → 파랗.
  if (open.medial === MEDIAL["ㅐ"] || open.medial === MEDIAL["ㅒ"]) {
    for (const vowel of ["ㅓ", "ㅏ"]) {
      const stem = replaceLast(word, composeSyllable({ ...open, medial: MEDIAL[vowel]!, final: FINAL["ㅎ"]! }));
      if (H_IRREGULAR.has(stem)) add(stem);
    }
  }
  // 러-irregular: 푸르러 → 푸르.
  if (word.endsWith("르러")) add(word.slice(0, -1));
  // 으 dropped before 아 after a syllable with ㅏ or ㅗ: 바빠 → 바쁘, 아파 → 아프, 고파 → 고프.
  if (previous && open.initial !== 18 && open.medial === MEDIAL["ㅏ"] && [MEDIAL["ㅏ"], MEDIAL["ㅗ"]].includes(previous.medial))
    add(replaceLast(word, composeSyllable({ ...open, medial: MEDIAL["ㅡ"]! })));
  return out;
}

const S_IRREGULAR = new Set(["낫", "짓", "붓", "잇", "긋", "젓"]);
const H_IRREGULAR = new Set(["그렇", "이렇", "저렇", "어떻", "파랗", "빨갛", "노랗", "하얗", "까맣"]);

/**
 * The shapes a verb stem of two syllables or more takes in running text, where endings change its
 * last syllable: `지우` is written `지워`, `지웠`, `지운`, `지울`, `지움`, `지웁` (`지웁니다`). Substring
 * matching finds `지우려면` and `지우기` through `지우` itself; these find the rest, so an article
 * that writes `삭제한 봇은 지웠습니다` has the verb a question asks with `지우려면`.
 */
export function conjugatedForms(stem: string): string[] {
  const chars = [...stem];
  const parts = syllableParts(chars[chars.length - 1] ?? "");
  if (chars.length < 2 || !parts || parts.final !== 0) return [];
  const out = new Set<string>();
  const withLast = (medial: number, final = 0) => replaceLast(stem, composeSyllable({ ...parts, medial, final }));
  // Merged endings on the open syllable: -ㄴ, -ㄹ, -ㅁ, -ㅂ니다.
  for (const final of ["ㄴ", "ㄹ", "ㅁ", "ㅂ"]) out.add(withLast(parts.medial, FINAL[final]));
  // The -아/어 form, and the past in -았/었, contracted: 지우 → 지워 → 지웠, 보내 → 보냈, 하 → 해.
  const contracted = CONTRACTIONS.get(parts.medial);
  const infinitive = parts.initial === 18 && parts.medial === MEDIAL["ㅏ"] ? MEDIAL["ㅐ"]! : contracted;
  if (infinitive !== undefined) {
    out.add(withLast(infinitive));
    out.add(withLast(infinitive, FINAL["ㅆ"]));
  } else if (INFINITIVE_VOWELS.has(parts.medial)) {
    out.add(withLast(parts.medial, FINAL["ㅆ"])); // 보내 → 보냈, 나가 → 나갔
  }
  out.delete(stem);
  return [...out];
}

// The vowel a stem's last syllable contracts to before -아/어: ㅜ → ㅝ, ㅗ → ㅘ, ㅣ → ㅕ, ㅡ → ㅓ, ㅚ → ㅙ.
const CONTRACTIONS = new Map(
  [
    ["ㅜ", "ㅝ"],
    ["ㅗ", "ㅘ"],
    ["ㅣ", "ㅕ"],
    ["ㅡ", "ㅓ"],
    ["ㅚ", "ㅙ"],
  ].map(([from, to]) => [MEDIAL[from!]!, MEDIAL[to!]!]),
);

/** Every form one rule away from `word`: a particle or ending removed, or a sound change undone. */
export function reductions(word: string, afterEnding = true): Reduction[] {
  const out: Reduction[] = [];
  const seen = new Set<string>();
  const add = (
    text: string | null,
    kind: ReductionKind,
    predicate: boolean,
    rank: number,
    particle: string | null = null,
    soundChange = false,
  ) => {
    if (text === null || text === "" || seen.has(text)) return;
    seen.add(text);
    out.push({ text, kind, predicate, rank, particle, soundChange });
  };
  for (const suffix of PARTICLES) {
    const rest = withoutSuffix(word, suffix);
    add(rest, "particle", suffix === "요" && rest !== null && endsInInfinitive(rest), 0, suffix);
  }
  for (const suffix of NOUN_VERB_ENDINGS) add(withoutSuffix(word, suffix), "ending", false, 0);
  for (const suffix of VERB_ENDINGS) {
    add(withoutSuffix(word, suffix), AMBIGUOUS_ENDINGS.has(suffix) ? "ambiguous" : "ending", true, 1);
  }
  for (const text of undoSoundChanges(word, afterEnding)) add(text, "ambiguous", true, 1, null, true);
  for (const suffix of SUPPORT_VERB_ENDINGS) add(withoutSuffix(word, suffix), "ending", false, 2);
  for (const text of withoutAuxiliary(word)) add(text, "ending", true, 1);
  if (afterEnding) for (const infix of INFIXES) add(withoutSuffix(word, infix), "ending", true, 1);
  for (const negation of NEGATIONS) {
    if ([...word].length >= 3 && word.startsWith(negation)) add(word.slice(negation.length), "ambiguous", true, 2);
  }
  return out;
}

/** The main verb under an auxiliary typed onto it (`바꿔주고` → `바꿔`, `보내고싶어요` → `보내`). */
function withoutAuxiliary(word: string): string[] {
  const out: string[] = [];
  for (const tail of AUX_TAILS) {
    if (!word.endsWith(tail)) continue;
    const beforeTail = word.slice(0, word.length - tail.length);
    for (const aux of AUX_AFTER_INFINITIVE) {
      const rest = withoutSuffix(beforeTail, aux);
      if (rest !== null && endsInInfinitive(rest)) out.push(rest);
    }
    for (const aux of AUX_AFTER_GO) {
      const rest = withoutSuffix(beforeTail, `고${aux}`);
      if (rest !== null) out.push(rest);
    }
  }
  return out;
}

export interface StemCandidate {
  readonly text: string;
  /** Rules applied to reach it. */
  readonly steps: number;
  /** True when only particles and unambiguous endings were removed, in one step: safe even for a word that occurs as typed. */
  readonly safe: boolean;
  /** The particle removed when the stem is the word without one particle (`템플릿을` → `을`), else null. */
  readonly particle: string | null;
  /** A verb or adjective stem (`끝나`, `바꾸`): it says what happens, the nouns say what about. */
  readonly predicate: boolean;
  /** One syllable, reached by removing a particle (`욕을` → `욕`): kept only if the articles use it as a word. */
  readonly short: boolean;
  /** The least preferred rule on the way (see Reduction.rank). */
  readonly rank: number;
  /** Reached by undoing a sound change of the last syllable (`바꿔` → `바꾸`, `커서` → `커스`). */
  readonly soundChange: boolean;
}

const MAX_STEPS = 3;
/** A stem must keep this many characters: `회의` never becomes `회`. */
export const MIN_STEM_LENGTH = 2;

/**
 * Shorter forms of a typed word: fewest rules first, then the preferred rules (Reduction.rank), then
 * shortest (most stripped) first. Only
 * words ending in Hangul are reduced (`api를` → `api`); the caller keeps those that occur.
 */
export function stemCandidates(word: string): StemCandidate[] {
  const chars = [...word];
  if (chars.length < 2 || !isHangulWord(chars[chars.length - 1]!)) return [];
  const found = new Map<string, StemCandidate>();
  let frontier: { text: string; predicate: boolean; rank: number }[] = [{ text: word, predicate: false, rank: 0 }];
  for (let steps = 1; steps <= MAX_STEPS && frontier.length > 0; steps++) {
    const next: typeof frontier = [];
    for (const form of frontier) {
      for (const reduction of reductions(form.text, steps > 1)) {
        const { text } = reduction;
        if (text === word || found.has(text)) continue;
        const safe = steps === 1 && reduction.kind !== "ambiguous" && reduction.rank < 2;
        // A noun-verb ending (`하기`) after verb endings still leaves a noun: the last rule decides.
        const predicate = reduction.kind === "ending" && !reduction.predicate ? false : reduction.predicate || form.predicate;
        const rank = Math.max(form.rank, reduction.rank);
        const length = [...text].length;
        const short =
          length === 1 &&
          steps === 1 &&
          reduction.kind === "particle" &&
          CLEAR_PARTICLES.includes(reduction.particle ?? "") &&
          isHangulWord(text);
        // Stems too short to mean anything are not kept, but may still lead on (`했` → `하`).
        const particle = steps === 1 ? reduction.particle : null;
        const { soundChange } = reduction;
        if (length >= MIN_STEM_LENGTH || short)
          found.set(text, { text, steps, safe, predicate, short, rank, particle, soundChange });
        if (!reduction.soundChange) next.push({ text, predicate, rank });
      }
    }
    frontier = next;
  }
  return [...found.values()].sort(
    (a, b) => a.steps - b.steps || a.rank - b.rank || [...a.text].length - [...b.text].length || (a.text < b.text ? -1 : 1),
  );
}

/** Particles and 하다/되다 endings, for nounStems. */
const NOUN_SUFFIXES: ReadonlySet<string> = new Set([...PARTICLES, ...NOUN_VERB_ENDINGS]);
const LONGEST_NOUN_SUFFIX = Math.max(...[...NOUN_SUFFIXES].map((suffix) => suffix.length));

/**
 * The nouns under a particle or a 하다/되다 ending (`채널을` → `채널`, `연결하려면` → `연결`), two
 * syllables or more: what the articles' compounds are made of (lexicon.ts). The same lists as
 * `reductions`, looked up by suffix, as it runs over every word of the articles.
 */
export function nounStems(word: string): string[] {
  const out: string[] = [];
  for (let n = 1; n <= LONGEST_NOUN_SUFFIX && word.length - n >= 2; n++) {
    if (NOUN_SUFFIXES.has(word.slice(-n))) out.push(word.slice(0, -n));
  }
  return out;
}

/** Bound nouns: they only stand after another word (`하는 데`, `할 수`, `쓸 줄`), never as a topic. */
const BOUND_NOUNS = new Set(["데", "수", "것", "거", "줄", "때", "적", "뿐", "듯", "만큼", "대로", "채", "척", "중", "김", "지"]);

/**
 * A syllable of grammar: a particle, a one-syllable ending or a bound noun. A compound typed
 * without spaces is never split into one of these (`매크로` is not `매크` + `로`).
 */
export function isGrammar(piece: string): boolean {
  return BOUND_NOUNS.has(piece) || PARTICLES.includes(piece) || VERB_ENDINGS.includes(piece) || NOUN_VERB_TAILS.includes(piece);
}

/**
 * A word that reads as a verb first (`끼어들죠`, `띄우려면`): its preferred stem is a verb's, reached
 * by removing an ending that ends no noun. Such a
 * word that the articles do not have is most often a verb they do not use, not a typo, a compound
 * or a loanword, so it is not reread as one.
 */
export function readsAsVerb(word: string): boolean {
  // Only a verb ending that ends no noun counts (`-려면`, `-죠`): `도커` is no `도크` + 어, `이미지` no `이미` + 지.
  const first = stemCandidates(word)[0];
  return first !== undefined && first.predicate && first.safe;
}

/** A word that only carries grammar or asks the question (`어떻게`, `안`, `하나요`, `돼요`, `보려면`). */
export function isFiller(word: string): boolean {
  // A bare stem typed alone (`주`, `보`) is a keyword search, not grammar.
  if (FILLER_WORDS.has(word)) return true;
  // A light stem plus an ending: 하나요, 해요, 있나요, 없어요, 보려면, and with the stem's sound
  // change undone, 했어요 → 했 → 하, 할까요 → 할 → 하. One-syllable endings that also end nouns
  // are not used here, so `주기` and `보고` stay topics.
  for (const reduction of reductions(word)) {
    const { text, kind } = reduction;
    if (kind === "ambiguous") continue;
    const particle = kind === "particle" && particleIsClear(reduction.particle ?? "", text);
    if (LIGHT_STEMS.has(text) || (particle && FILLER_WORDS.has(text))) return true;
    if (kind !== "particle" && undoSoundChanges(text).some((form) => LIGHT_STEMS.has(form))) return true;
  }
  return false;
}
