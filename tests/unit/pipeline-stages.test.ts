// Each stage of the query pipeline on its own, with Korean examples (src/search/pipeline.ts lists them).
import { describe, expect, test } from "vitest";
import { queryWords } from "../../src/search/clean";
import { isFiller, stemCandidates, undoSoundChanges } from "../../src/search/stem";
import { fromEnglishMode } from "../../src/search/keyboard";
import { SynonymTable } from "../../src/search/synonyms";
import { SpellingSuggester } from "../../src/search/suggest";
import { coverageShare, coverageThreshold, selectCovered } from "../../src/search/relax";
import { idf as termWeight } from "../../src/search/format/fields";

describe("clean: punctuation typed with the words never makes a term fail", () => {
  test.each([
    ["배포 이력 보려면?", ["배포", "이력", "보려면"]],
    ["봇 배포.", ["봇", "배포"]],
    ['"배포"', ["배포"]],
    ["(챗봇) 삭제!", ["챗봇", "삭제"]],
    ["환불~ 되나요??", ["환불", "되나요"]],
    ["템플릿,검수", ["템플릿", "검수"]],
    ["「상담톡」 설정", ["상담톡", "설정"]],
  ])("%s → %j", (typed, words) => {
    expect(queryWords(typed)).toEqual(words);
  });
  test.each([
    ["1:1 상담", ["1:1", "상담"]],
    ["E-2001 오류", ["E-2001", "오류"]],
    ["C++", ["C++"]],
    ["C# 예제", ["C#", "예제"]],
    ["30KB", ["30KB"]],
    ["설정>챗봇", ["설정>챗봇"]],
    ["v1.2.", ["v1.2"]],
  ])("punctuation that is part of a term stays: %s", (typed, words) => {
    expect(queryWords(typed)).toEqual(words);
  });
  test("a word of punctuation only is no word", () => {
    expect(queryWords("? > ...")).toEqual([]);
  });
});

describe("stem: particles and endings removed by a closed list of rules", () => {
  const first = (word: string) => stemCandidates(word)[0]?.text;
  test.each([
    ["템플릿을", "템플릿"],
    ["상담원이", "상담원"],
    ["배정은", "배정"],
    ["설정에서는", "설정"],
    ["세금계산서를", "세금계산서"],
    ["삭제하기", "삭제"],
    ["삭제하려면", "삭제"],
    ["발행돼요", "발행"],
    ["충전했어요", "충전"],
    ["연결안돼요", "연결"],
    ["끝나요", "끝나"],
    ["나가요", "나가"],
    ["api를", "api"],
  ])("%s → %s first", (word, stem) => {
    expect(first(word)).toBe(stem);
  });
  test("irregular and contracted stems are recovered", () => {
    expect(undoSoundChanges("돼")).toContain("되");
    expect(undoSoundChanges("했")).toContain("하");
    expect(undoSoundChanges("바꿔")).toContain("바꾸");
    expect(undoSoundChanges("추워")).toContain("춥");
    expect(undoSoundChanges("걸")).toContain("걷");
    expect(undoSoundChanges("몰라")).toContain("모르");
    expect(stemCandidates("바꿔요").map((c) => c.text)).toContain("바꾸");
    expect(stemCandidates("어려워요").map((c) => c.text)).toContain("어렵");
    expect(stemCandidates("몰라요").map((c) => c.text)).toContain("모르");
    expect(stemCandidates("알아들어요").map((c) => c.text)).toContain("알아듣");
  });
  test("a sound change is undone only where an ending merged: 일일 is not 일이", () => {
    expect(stemCandidates("일일").map((c) => c.text)).not.toContain("일이");
    // Regression: chained sound changes turned 채널연결 into 채널연기 and 채널이, which occur.
    expect(stemCandidates("채널연결")).toEqual([]);
    expect(stemCandidates("끝난").map((c) => c.text)).toContain("끝나");
  });
  test("never shrinks to one syllable: 회의 does not become 회", () => {
    expect(stemCandidates("회의").map((c) => c.text)).toEqual([]);
    expect(stemCandidates("회의를").map((c) => c.text)).not.toContain("회");
  });
  test("nouns ending like an ending are only reduced when the word is not in the articles", () => {
    const safe = (word: string) =>
      stemCandidates(word)
        .filter((c) => c.safe)
        .map((c) => c.text);
    expect(safe("보고서")).not.toContain("보고");
    expect(safe("메시지")).not.toContain("메시");
    expect(safe("템플릿을")).toContain("템플릿");
  });
  test("verb stems are marked as predicates, nouns are not", () => {
    expect(stemCandidates("끝나요")[0]).toMatchObject({ text: "끝나", predicate: true });
    expect(stemCandidates("바꾸려면")[0]).toMatchObject({ text: "바꾸", predicate: true });
    expect(stemCandidates("삭제하기")[0]).toMatchObject({ text: "삭제", predicate: false });
    expect(stemCandidates("상담원이")[0]).toMatchObject({ text: "상담원", predicate: false });
  });
  test.each(["어떻게", "안", "왜", "언제", "하나요", "돼요", "해요", "했어요", "있나요", "보려면", "할까요", "주세요", "방법을"])(
    "%s is a filler word of a question",
    (word) => {
      expect(isFiller(word)).toBe(true);
    },
  );
  test.each(["주기", "보고", "나가요", "챗봇", "삭제하기", "세금계산서", "템플릿을", "중지", "한도", "남은"])(
    "%s is not a filler",
    (word) => {
      expect(isFiller(word)).toBe(false);
    },
  );
});

describe("English-mode typing on the two-set keyboard", () => {
  test.each([
    ["cotqht", "챗봇"],
    ["xpavmfflt", "템플릿"],
    ["rPtkstj", "계산서"],
    ["rhksfl", "관리"],
  ])("%s → %s", (typed, hangul) => {
    expect(fromEnglishMode(typed)).toBe(hangul);
  });
  test("English words that do not spell syllables are left alone", () => {
    expect(fromEnglishMode("react")).toBeNull();
    expect(fromEnglishMode("hello")).toBeNull();
    expect(fromEnglishMode("1:1")).toBeNull();
  });
});

describe("synonyms: any member of a group matches", () => {
  const table = new SynonymTable([
    ["웹훅", "Webhook"],
    ["상담 내역", "대화 기록"],
    ["환불", "환급", "돌려받기"],
  ]);
  test("members are compared in compact form, case and Korean spacing ignored", () => {
    expect(table.of("webhook")).toEqual(["웹훅"]);
    expect(table.of("웹훅")).toEqual(["webhook"]);
    expect(table.of("상담내역")).toEqual(["대화기록"]);
    expect(table.of("환급")).toEqual(["환불", "돌려받기"]);
    expect(table.of("결제")).toEqual([]);
  });
});

describe("spelling: whole words of the articles, never fragments, never unrelated words", () => {
  const suggester = new SpellingSuggester([
    ["챗봇", 40],
    ["챗봇을", 10],
    ["블록", 20],
    ["블록인", 1],
    ["압축", 5],
    ["템플릿", 30],
    ["세금계산서", 12],
    ["파라미터", 8],
  ]);
  test("one jamo off finds the word", () => {
    expect(suggester.candidates("쳇봇")[0]).toBe("챗봇");
    expect(suggester.candidates("템플랏")[0]).toBe("템플릿");
    expect(suggester.candidates("세금계산소")[0]).toBe("세금계산서");
  });
  test("a longer word allows two edits (an extra syllable)", () => {
    expect(suggester.candidates("파라미미터")).toContain("파라미터");
  });
  test("웹훅 is not corrected to 압축 (two edits on a short word)", () => {
    expect(suggester.candidates("웹훅")).toEqual([]);
  });
  test("suggestions are words as written, not pieces of them", () => {
    for (const candidate of suggester.candidates("블롤")) expect(["블록", "블록인"]).toContain(candidate);
    expect(suggester.candidates("록인")).not.toContain("록인");
  });
});

describe("relax: rare words weigh more, and an article must cover a real part of the query", () => {
  test("weights fall with document frequency", () => {
    expect(termWeight(2, 1000)).toBeGreaterThan(termWeight(200, 1000));
    expect(termWeight(900, 1000)).toBeLessThan(0.2);
  });
  // 템플릿 검수 언제 끝나요: 템플릿 (common), 검수 (rare), 끝나 (a verb: counts half).
  const parts = [
    { count: 1, weight: 1.0 },
    { count: 1, weight: 3.0 },
    { count: 0.5, weight: 1.5 },
  ];
  test("coverage is the mean of the word share and the weight share", () => {
    expect(coverageShare(parts, [true, true, true])).toBe(1);
    expect(coverageShare(parts, [true, true, false])).toBeCloseTo((2 / 2.5 + 4 / 5.5) / 2);
    expect(coverageShare(parts, [false, false, false])).toBe(0);
  });
  test("the nouns of the question outrank a rare noun with the verb", () => {
    expect(coverageShare(parts, [true, true, false])).toBeGreaterThan(coverageShare(parts, [false, true, true]));
  });
  test("the threshold is half the query and three quarters of the best article", () => {
    expect(coverageThreshold(0.6)).toBe(0.5);
    expect(coverageThreshold(1)).toBe(0.75);
  });
  test("articles with only a common word of the question are not listed", () => {
    const shares = new Map([
      [1, coverageShare(parts, [true, true, false])],
      [2, coverageShare(parts, [false, true, false])],
      [3, coverageShare(parts, [true, false, false])],
    ]);
    expect([...selectCovered(shares).keys()]).toEqual([1]);
  });
});
