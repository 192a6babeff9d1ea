/** The fixed query mix of the benchmarks: what people type into a Korean help center's search box. */
export const QUERY_MIX: { kind: string; queries: string[] }[] = [
  { kind: "one syllable", queries: ["주", "설", "정", "결", "확"] },
  { kind: "two-syllable substring", queries: ["챗봇", "결제", "연결", "계산", "알림"] },
  { kind: "pair", queries: ["채널 연결", "결제 카드", "권한 설정", "상담 배분"] },
  { kind: "unspaced / long", queries: ["채널연결", "자동결제", "세금계산서", "관리자센터"] },
  { kind: "Latin word", queries: ["api", "webhook", "json", "on"] },
  { kind: "initial consonants", queries: ["ㅊㅂ", "ㄱㅈ", "ㅅㅈ"] },
];

export const ALL_QUERIES = QUERY_MIX.flatMap((group) => group.queries);
