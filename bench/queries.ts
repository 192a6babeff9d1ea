/** The fixed query mix of the benchmarks: what people type into a Korean help center's search box. */
export const QUERY_MIX: { kind: string; queries: string[] }[] = [
  { kind: "one syllable", queries: ["주", "설", "정", "결", "확"] },
  { kind: "two-syllable substring", queries: ["챗봇", "결제", "연결", "계산", "알림"] },
  { kind: "pair", queries: ["채널 연결", "결제 카드", "권한 설정", "상담 배분"] },
  { kind: "unspaced / long", queries: ["채널연결", "자동결제", "세금계산서", "관리자센터"] },
  { kind: "Latin word", queries: ["api", "webhook", "json", "on"] },
  { kind: "initial consonants", queries: ["ㅊㅂ", "ㄱㅈ", "ㅅㅈ"] },
];

/**
 * Questions as people type them (particles, endings, fillers, a typo, English-mode typing): they go
 * through the later stages of the query pipeline (stems, corrections, relaxing), which cost more.
 */
export const QUESTION_MIX: { kind: string; queries: string[] }[] = [
  {
    kind: "question",
    queries: [
      "챗봇이 연결되지 않아요",
      "템플릿을 삭제하려면 어떻게 하나요?",
      "결제 카드 변경하고 싶어요",
      "메시지 발송이 안 돼요",
      "쳇봇 설정",
      "cotqht 채널",
    ],
  },
];

export const ALL_QUESTIONS = QUESTION_MIX.flatMap((group) => group.queries);

export const ALL_QUERIES = QUERY_MIX.flatMap((group) => group.queries);

/**
 * What a Korean developer types into the search box of the Korean React docs (bench/eval's
 * react-ko corpus): Korean terms, API names as written in code, a stray letter, initial consonants.
 * Written before any engine was run on them; not tuned to the results.
 */
export const REACT_QUERY_MIX: { kind: string; queries: string[] }[] = [
  { kind: "Korean term", queries: ["상태", "컴포넌트", "렌더링", "리렌더링", "훅", "폼"] },
  { kind: "two words", queries: ["이벤트 핸들러", "커스텀 훅", "서버 컴포넌트", "useEffect 의존성", "상태 끌어올리기"] },
  {
    kind: "identifier",
    queries: ["useState", "useEffect", "useRef", "props", "ref", "JSX", "memo", "Suspense", "context", "key"],
  },
  { kind: "one letter", queries: ["e"] },
  { kind: "initial consonants", queries: ["ㅅㅌ", "ㅋㅍㄴㅌ"] },
];

export const REACT_QUERIES = REACT_QUERY_MIX.flatMap((group) => group.queries);
