// What the engine learns from the articles themselves, for words they do not have as typed:
// compounds typed without spaces, loanwords in the other script, synonyms the articles declare in
// parentheses, and long questions that still find the articles sharing their rare words.
// Examples are this file's own; none is an evaluation question.
import { describe, expect, test } from "vitest";
import { hangulSoundKey, latinSoundKey } from "../../src/search/transliterate";
import { Lexicon } from "../../src/search/lexicon";
import { stemCandidates, undoSoundChanges } from "../../src/search/stem";
import { minePairs } from "../../src/node/search/mine-pairs";
import { acronymReadings } from "../../src/search/letter-names";
import { engineFor, titlesFound, titlesInOrder } from "./helpers";

describe("sound keys of loanwords", () => {
  // Pairs written down from Korean loanword spelling, not computed by the code under test.
  test.each([
    ["리액트", "react"],
    ["컴포넌트", "component"],
    ["리덕스", "redux"],
    ["넥스트", "next"],
    ["플러그인", "plugin"],
    ["라우터", "router"],
    ["페이지", "page"],
    ["하이드레이션", "hydration"],
    // An s between vowels is a z, written ㅈ; -tch and -ture are ㅊ; -le is 글, 들; nk is ㅇ크.
    ["브라우저", "browser"],
    ["버전", "version"],
    ["유저", "user"],
    ["디스패치", "dispatch"],
    ["시그니처", "signature"],
    ["토글", "toggle"],
    ["번들", "bundle"],
    ["링크", "link"],
  ])("%s sounds like %s", (hangul, latin) => {
    expect(hangulSoundKey(hangul)).toBe(latinSoundKey(latin));
  });

  test.each([
    ["리액트", "redux"],
    ["서버", "service"],
    ["노드", "mode"],
  ])("%s does not sound like %s", (hangul, latin) => {
    expect(hangulSoundKey(hangul)).not.toBe(latinSoundKey(latin));
  });
});

describe("the articles' vocabulary", () => {
  const lexicon = new Lexicon(
    [
      ["회의실", 9],
      ["예약", 12],
      ["예약을", 4],
      ["취소하려면", 3],
      ["변경", 5],
      ["회의", 2],
      ["docker", 6],
      ["이미지를", 5],
    ],
    new Set(),
  );

  test("splits a compound into whole words of the articles, stems included", () => {
    expect(lexicon.segment("회의실예약취소")?.map((piece) => piece.text)).toEqual(["회의실", "예약", "취소"]);
  });

  test("never into fragments: a word it cannot cover with words is not split", () => {
    expect(lexicon.segment("회의록작성")).toBeNull();
    expect(lexicon.segment("회의실")).toBeNull(); // a word of its own, not a compound
  });

  test("leaves an unknown part as typed only when asked, keeping the known words", () => {
    expect(lexicon.segment("세미나실예약", "unknown")).toEqual([
      { text: "세미나실", across: false, unknown: true },
      { text: "예약", across: false, unknown: false },
    ]);
  });

  test("reads a loanword in the script the articles write it in", () => {
    expect(lexicon.acrossScripts("도커")).toBe("docker");
    expect(lexicon.acrossScripts("image")).toBe("이미지");
    expect(lexicon.acrossScripts("마우스")).toBeNull();
  });

  test("of words with one sound key, picks the one whose vowels and voicing agree, not the more frequent", () => {
    const loanwords = new Lexicon(
      [
        ["div", 40],
        ["type", 3],
        ["color", 30],
        ["query", 2],
        ["린터", 20],
        ["렌더", 4],
      ],
      new Set(),
    );
    expect(loanwords.acrossScripts("타입")).toBe("type"); // ㅌ is a t, not a d
    expect(loanwords.acrossScripts("쿼리")).toBe("query"); // ㅝ is a u, ㅣ a y
    expect(loanwords.acrossScripts("render")).toBe("렌더"); // e is ㅔ before ㅣ
  });
});

describe("pairs the articles declare in parentheses", () => {
  test("both orders, a space allowed, acronyms spelt by the words before them", () => {
    const pairs = minePairs([
      "모든 화면은 상태(state)를 가집니다. 상태(state)가 바뀌면 다시 그립니다.",
      "Reducer(리듀서)는 순수 함수입니다. 계산된 속성 (computed property)을 씁니다.",
      "서버 사이드 렌더링(SSR)을 켜세요. 요금은 부가세(VAT) 별도입니다.",
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["상태", "state"],
        ["리듀서", "reducer"],
        ["계산된속성", "computed property"],
        ["서버사이드렌더링", "ssr"],
        ["부가세", "vat"],
      ]),
    );
  });

  test("an annotation reused for many terms is not a synonym", () => {
    const pairs = minePairs(["주소(URL)를 넣으세요.", "링크(URL)를 넣으세요.", "이미지(URL)도 됩니다."]);
    expect(pairs.filter(([, latin]) => latin === "url")).toEqual([]);
  });
});

describe("searching with what the articles teach", () => {
  const engine = engineFor([
    { title: "회의실 예약을 취소하려면", body: "예약 목록에서 취소 버튼을 누릅니다." },
    { title: "회의실 사용 규칙", body: "회의실은 두 시간까지 씁니다." },
    { title: "Docker 이미지 만들기", body: "Dockerfile로 이미지를 빌드합니다." },
    { title: "상태 관리", body: "컴포넌트의 상태(state)는 화면이 기억하는 값입니다." },
    { title: "출장비 정산", body: "영수증을 첨부해 정산을 신청합니다." },
  ]);

  test("a compound typed without spaces finds the article that writes the words apart, and says so", async () => {
    expect(await titlesFound(engine, "회의실예약취소")).toEqual(["회의실 예약을 취소하려면"]);
    expect((await engine.search("회의실예약취소")).corrected).toBe("회의실 예약 취소");
    // Searched exactly as typed (the page's "그대로 검색하기"), the matching contract: nothing.
    expect((await engine.search("회의실예약취소", { correct: false })).hits).toEqual([]);
  });

  test("a loanword typed in Hangul finds the article that writes it in Latin letters, and says so", async () => {
    const outcome = await engine.search("도커 이미지");
    expect(outcome.corrected).toBe("docker 이미지");
    expect(await titlesFound(engine, "도커 이미지")).toEqual(["Docker 이미지 만들기"]);
  });

  test("with corrections off (search as typed), no loanword reading is made", async () => {
    const outcome = await engine.search("도커", { correct: false });
    expect(outcome.hits).toEqual([]);
  });

  test("a declared pair finds the Korean article for an English word in a question", async () => {
    expect(await titlesFound(engine, "state 바꾸려면")).toEqual(["상태 관리"]);
  });

  test("keyword queries keep the exact contract: a declared pair is not a synonym there", async () => {
    expect(await titlesFound(engine, "state")).toEqual(["상태 관리"]); // written in its text
    expect(await titlesFound(engine, "상태")).toEqual(["상태 관리"]);
  });

  test("a long question with one informative word the articles have does not end empty", async () => {
    const outcome = await engine.search("지난달 다녀온 출장 비용은 정산 어디서 신청하는 건지 모르겠어요");
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect((await engine.load([outcome.hits[0]!.id]))[0]!.title).toBe("출장비 정산");
  });
});

describe("symptoms", () => {
  const engine = engineFor([
    { title: "결제 수단 등록하기", body: "카드로 결제하려면 결제 수단을 먼저 등록합니다.", updated: "2025-03-01" },
    { title: "카드 결제가 되지 않을 때", body: "결제 한도와 카드 유효기간을 확인하세요.", updated: "2024-01-01" },
    { title: "영수증 발급", body: "결제가 끝나면 영수증을 받을 수 있습니다.", updated: "2025-02-01" },
  ]);
  const first = async (query: string) => {
    const { hits } = await engine.search(query);
    return (await engine.load([hits[0]!.id]))[0]!.title;
  };

  test("a question describing a failure puts the troubleshooting article first", async () => {
    expect(await first("결제가 안 돼요")).toBe("카드 결제가 되지 않을 때");
    expect(await first("결제 오류")).toBe("카드 결제가 되지 않을 때");
  });

  test("a question about doing something does not", async () => {
    expect(await first("결제 수단 등록")).toBe("결제 수단 등록하기");
  });
});

describe("verbs as people type them", () => {
  const engine = engineFor([
    { title: "파일 지우기", body: "필요 없는 파일은 목록에서 지웠다가 휴지통에서 되살릴 수 있습니다." },
    { title: "알림 끄기", body: "알림을 끄면 메일이 오지 않습니다." },
    { title: "프로필 사진", body: "사진을 바꿔 두면 동료에게 보입니다." },
  ]);
  const first = async (query: string) => {
    const { hits } = await engine.search(query);
    return hits.length === 0 ? null : (await engine.load([hits[0]!.id]))[0]!.title;
  };

  test.each([
    ["an auxiliary typed onto the verb", "바꿔주고", "바꾸"],
    ["an auxiliary, contracted and in the past", "지워버렸어요", "지우"],
    ["-고 싶다 typed onto the verb", "보내고싶어요", "보내"],
    ["the honorific -시-", "변경하셨는데", "변경"],
    ["the honorific -시- on a verb", "바꾸셨어요", "바꾸"],
    ["-겠-", "보내겠습니다", "보내"],
    ["the copula", "무료인가요", "무료"],
    ["negation typed onto the verb", "안나와요", "나오"],
    ["으 dropped before 아", "바빠요", "바쁘"],
    ["an auxiliary particle", "컴포넌트끼리", "컴포넌트"],
    ["a particle of role", "관리자로서", "관리자"],
    ["only", "회의실만", "회의실"],
  ])("%s: %s → %s", (_, word, stem) => {
    expect(stemCandidates(word).map((candidate) => candidate.text)).toContain(stem);
  });

  test("ㅅ- and ㅎ-irregular verbs get their stems back (지어 → 짓, 그래 → 그렇)", () => {
    expect(undoSoundChanges("지어")).toContain("짓");
    expect(undoSoundChanges("그래")).toContain("그렇");
  });

  test("irregular classes are closed: 보아 is never 봇, 보내 never 보냏", () => {
    const stems = [...stemCandidates("보아요"), ...stemCandidates("보내요")].map((candidate) => candidate.text);
    expect(stems).not.toContain("봇");
    expect(stems.some((stem) => stem.endsWith("냏") || stem.endsWith("넣"))).toBe(false);
  });

  test("the engine answers with the stem: a question of verbs alone", async () => {
    expect(await first("지워버렸어요")).toBe("파일 지우기");
  });

  test("a verb's stem finds the article that writes it in another shape (지우 in 지웠다가)", async () => {
    const outcome = await engine.search("휴지통 지우려면");
    const titles = (await engine.load(outcome.hits.map((hit) => hit.id))).map((record) => record.title);
    expect(titles[0]).toBe("파일 지우기");
    expect(outcome.highlight.map((term) => term.text)).toContain("지웠");
  });
});

test("a run longer than any compound people type is not split (a paste of one word repeated)", async () => {
  const engine = engineFor([{ title: "챗봇 만들기", body: "챗봇을 만듭니다." }]);
  expect((await engine.search("챗봇".repeat(100))).hits).toEqual([]);
  expect(await titlesFound(engine, "챗봇만들기방법")).toEqual(["챗봇 만들기"]);
});

describe("a one-syllable verb before a bound noun (`볼 수`, `쓸 때`)", () => {
  const engine = engineFor([
    { title: "예약 발송 확인", body: "예약 발송한 메시지의 상태를 확인합니다." },
    { title: "발송 내역", body: "예약 발송 메시지를 볼 수 있고, 지난 메시지도 볼 수 있습니다." },
    { title: "발송 통계", body: "예약 발송과 메시지 수를 볼 수 있는 화면입니다." },
    { title: "템플릿", body: "예약 발송에 쓰는 메시지 템플릿을 볼 수 있습니다." },
  ]);

  test("is not required: the article about the topic is found, and first, though it never writes the verb so", async () => {
    const titles = await titlesInOrder(engine, "예약 발송 메시지를 볼 수 있나요");
    expect(titles[0]).toBe("예약 발송 확인");
    expect(titles).toHaveLength(4);
  });
});

describe("what is not reread", () => {
  test("a verb the articles do not use is not 'corrected' into one they do", async () => {
    const engine = engineFor([{ title: "모달 만들기", body: "React를 배우려면 모달부터 만들어 봅니다." }]);
    const outcome = await engine.search("모달 띄우려면");
    expect(outcome.corrected).toBeNull();
    expect(await titlesFound(engine, "모달 띄우려면")).toEqual(["모달 만들기"]);
  });

  test("a compound is never split into grammar or one-syllable scraps", () => {
    const lexicon = new Lexicon(
      [
        ["알려", 5],
        ["템플릿", 3],
        ["매크", 1],
      ],
      new Set(["알", "로"]),
    );
    expect(lexicon.segment("템플릿로", "loose")).toBeNull(); // 로 is a particle
    expect(lexicon.segment("알려줄", "unknown")).toBeNull(); // 줄 alone is no word
    expect(lexicon.segment("알려주기", "unknown")?.map((piece) => piece.text)).toEqual(["알려", "주기"]);
  });
});

describe("a word most articles use, typed with a particle", () => {
  const engine = engineFor([
    { title: "위젯 간 데이터 공유", body: "두 위젯이 같은 데이터를 쓰려면 부모 위젯에 둡니다." },
    { title: "위젯 만들기", body: "위젯을 처음 만듭니다. 위젯끼리 데이터를 공유하는 방법은 다른 글에 있습니다." },
    { title: "위젯 크기", body: "위젯의 크기를 바꿉니다." },
    { title: "위젯 색상", body: "위젯 색을 고릅니다." },
  ]);

  test("is that word: the particle does not make it a rare word that every answer must have", async () => {
    expect((await titlesInOrder(engine, "위젯끼리 데이터를 공유하려면 어떻게 하나요"))[0]).toBe("위젯 간 데이터 공유");
  });
});

describe("a noun that reads like a conjugated verb", () => {
  const engine = engineFor([
    { title: "커서 모양 바꾸기", body: "커서 모양과 크기를 고릅니다." },
    { title: "커스텀 테마", body: "커스텀 테마를 만듭니다." },
    { title: "커스텀 폰트", body: "커스텀 폰트를 올립니다." },
    { title: "커스텀 도메인", body: "커스텀 도메인을 연결합니다." },
    ...["알림", "결제", "초대", "보안"].map((topic) => ({ title: `${topic} 안내`, body: `${topic} 설정을 봅니다.` })),
  ]);

  test("stays that noun: 커서 is not 커스 + 어서, found inside 커스텀", async () => {
    const outcome = await engine.search("커서 안 보여요");
    expect(outcome.highlight.map((term) => term.text)).not.toContain("커스");
    expect(await titlesFound(engine, "커서 안 보여요")).toEqual(["커서 모양 바꾸기"]);
  });
});

describe("acronyms typed as the names of their letters", () => {
  const engine = engineFor([
    { title: "API 키 발급", body: "관리 화면에서 API 키를 발급합니다." },
    { title: "CSS 변수", body: "테마 색은 CSS 변수로 바꿉니다." },
    { title: "오디오 설정", body: "소리 크기를 바꿉니다." },
  ]);

  test.each([
    ["에이피아이", ["api"]],
    ["씨에스에스", ["css"]],
    ["이지", ["eg", "ez"]],
    ["제이에스엑스", ["jsx"]],
    ["아이디", ["id"]],
    ["설정", []],
  ])("%s reads as %j", (word, readings) => {
    expect(acronymReadings(word).sort()).toEqual([...readings].sort());
  });

  test("find the articles that write the acronym, and say what was searched", async () => {
    const outcome = await engine.search("에이피아이 키 발급 방법");
    expect(outcome.corrected).toBe("api 키 발급 방법");
    expect(await titlesFound(engine, "씨에스에스 변수")).toEqual(["CSS 변수"]);
  });

  test("a reading the articles do not have as a word is not made (오디오 is not o-d-o)", async () => {
    expect((await engine.search("오디오")).corrected).toBeNull();
  });
});

test("a compound of the articles' words as typed, one of them a syllable, beats a word two edits away", async () => {
  const engine = engineFor([
    { title: "라우터 설정", body: "라우터로 페이지를 나눕니다. 뷰 화면마다 주소가 있고, 뷰 앱은 하나입니다." },
    { title: "브라우저 지원", body: "최신 브라우저를 지원합니다." },
  ]);
  const outcome = await engine.search("뷰라우터");
  expect(outcome.corrected).toBe("뷰 라우터");
  expect(await titlesFound(engine, "뷰라우터")).toEqual(["라우터 설정"]);
});
