/**
 * A seeded generator of realistic Korean help-center content, for benchmarks and scale tests:
 * FAQ-style questions, particles and endings attached to nouns, spaced and attached spellings,
 * English product words, menu paths, numbers, 3-level categories, dates over two years.
 * The same seed and size always give the same corpus.
 */

export interface GeneratedCategory {
  label: string;
  slug: string;
  children?: GeneratedCategory[];
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  category: [string, string, string];
  updated: string;
  keywords: string[];
  /** Markdown body. */
  markdown: string;
  /** The same body as plain text (what the site's HTML-to-text step would give). */
  text: string;
}

export interface Corpus {
  categories: GeneratedCategory[];
  articles: GeneratedArticle[];
}

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = [
  "챗봇 관리자센터",
  "상담톡",
  "비즈 메시지",
  "광고 관리",
  "결제 서비스",
  "데이터 분석",
  "회원 관리",
  "쇼핑 채널",
];
const SECTIONS = ["시작하기", "설정 관리", "운영 가이드", "요금 및 정산", "문제 해결", "보안과 권한", "연동 개발", "통계 보기"];
/** Product nouns of the generated articles (also the words of bench/search-report-bench.ts's queries). */
export const NOUNS = [
  "챗봇",
  "채널",
  "블록",
  "스킬",
  "엔티티",
  "시나리오",
  "말풍선",
  "버튼",
  "카드",
  "이미지",
  "알림",
  "메시지",
  "템플릿",
  "발송",
  "수신",
  "결제",
  "충전",
  "환불",
  "정산",
  "세금계산서",
  "영수증",
  "월렛",
  "캐시",
  "쿠폰",
  "요금",
  "계좌",
  "카드사",
  "자동결제",
  "미수금",
  "잔액",
  "계정",
  "권한",
  "관리자",
  "상담원",
  "마스터",
  "작업자",
  "초대",
  "로그인",
  "비밀번호",
  "인증",
  "보안",
  "접속",
  "세션",
  "토큰",
  "키",
  "통계",
  "리포트",
  "대시보드",
  "지표",
  "사용자",
  "방문자",
  "대화",
  "발화",
  "응답",
  "학습",
  "배포",
  "버전",
  "테스트",
  "운영",
  "상담",
  "배분",
  "대기열",
  "태그",
  "메모",
  "파일",
  "첨부",
  "다운로드",
  "업로드",
  "목록",
  "검색",
  "필터",
  "정렬",
  "기간",
  "날짜",
  "주문",
  "배송",
  "상품",
  "회원",
  "등급",
  "포인트",
  "혜택",
  "이벤트",
  "공지",
  "문의",
  "답변",
  "설문",
  "만족도",
  "후기",
  "신고",
  "광고",
  "캠페인",
  "예산",
  "입찰",
  "노출",
  "클릭",
  "전환",
  "타겟",
  "소재",
  "심사",
  "반려",
  "승인",
  "검수",
  "등록",
  "삭제",
  "연결",
  "해제",
  "연동",
  "설정",
  "변경",
  "확인",
  "조회",
  "수정",
  "저장",
  "복사",
  "이동",
  "공유",
  "차단",
  "허용",
  "제한",
  "주소",
  "전화번호",
  "영업시간",
  "휴일",
  "사업자",
  "대표자",
  "담당자",
  "이메일",
  "도메인",
  "서버",
  "네트워크",
  "오류",
  "장애",
  "점검",
];
export const LATIN = [
  "API",
  "Webhook",
  "JSON",
  "URL",
  "ID",
  "CSV",
  "ON",
  "OFF",
  "EDITOR",
  "SDK",
  "OAuth",
  "HTTPS",
  "QR",
  "PDF",
  "Excel",
  "REST",
  "IP",
  "SMS",
  "PC",
  "iOS",
  "Android",
];
const OBJECT = ["을", "를"];
const SUBJECT = ["이", "가"];
const TOPIC = ["은", "는"];
const QUESTIONS = [
  (a: string, b: string) => `${a}${pick2(a, SUBJECT)} ${b}되지 않아요`,
  (a: string, b: string) => `${a} ${b}${pick2(b, OBJECT)} 어떻게 하나요?`,
  (a: string) => `${a}${pick2(a, TOPIC)} 어디서 확인하나요?`,
  (a: string, b: string) => `${a}${pick2(a, OBJECT)} ${b}할 수 있나요?`,
  (a: string, b: string) => `${a} ${b} 방법이 궁금해요`,
  (a: string, b: string) => `${a}${b} 오류가 발생합니다`,
  (a: string) => `${a}${pick2(a, OBJECT)} 변경하고 싶어요`,
  (a: string, b: string) => `${b} 후 ${a}${pick2(a, SUBJECT)} 보이지 않습니다`,
];
const ENDINGS = [
  "확인해 주세요",
  "확인해주세요",
  "설정해 주시기 바랍니다",
  "설정해주시기 바랍니다",
  "참고해 주세요",
  "이용해 주세요",
  "문의해 주시기 바랍니다",
  "변경할 수 있습니다",
  "진행됩니다",
  "가능합니다",
  "필요합니다",
  "적용됩니다",
];

/** 은/는, 이/가, 을/를 by whether the word ends in a final consonant. */
function pick2(word: string, [withFinal, withoutFinal]: string[]): string {
  const code = word.charCodeAt(word.length - 1);
  const hasFinal = code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 !== 0 : false;
  return hasFinal ? withFinal! : withoutFinal!;
}

export function generateCorpus(articleCount: number, seed = 20261125): Corpus {
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const one = <T>(list: readonly T[]) => list[int(list.length)]!;
  // Compound nouns (`간편결제`, `채널연결`) widen the vocabulary the way real help centers do.
  const compounds = Array.from({ length: 400 }, () => one(NOUNS) + one(NOUNS));
  const noun = () => (rand() < 0.2 ? one(compounds) : one(NOUNS));

  const serviceCount = Math.min(SERVICES.length, Math.max(2, Math.ceil(articleCount / 1500)));
  const categories: GeneratedCategory[] = SERVICES.slice(0, serviceCount).map((service, s) => ({
    label: service,
    slug: `service-${s + 1}`,
    children: SECTIONS.slice(0, 4 + (s % 3)).map((section, t) => ({
      label: section,
      slug: `section-${t + 1}`,
      children: Array.from({ length: 3 + ((s + t) % 4) }, (_, u) => ({
        label: `${noun()} ${one(["안내", "관리", "설정", "문의"])} ${u + 1}`,
        slug: `topic-${u + 1}`,
      })),
    })),
  }));
  const topics = categories.flatMap((service) =>
    service.children!.flatMap((section) =>
      section.children!.map((topic) => [service.label, section.label, topic.label] as [string, string, string]),
    ),
  );

  const start = Date.UTC(2024, 11, 1);
  const span = 2 * 365 * 86_400_000;
  const menuPath = () => `[${one(SERVICES)} > ${noun()} > ${noun()} ${one(["설정", "관리", "목록"])}]`;
  const sentence = () => {
    const a = noun();
    const b = noun();
    const forms = [
      () => `${a}${pick2(a, OBJECT)} ${b}하려면 ${menuPath()}에서 ${one(ENDINGS)}.`,
      () =>
        `${one(LATIN)} ${a}${pick2(a, TOPIC)} 최대 ${1 + int(30)}${one(["KB", "MB", "개", "건", "회", "자", "일"])}까지 ${one(ENDINGS)}.`,
      () =>
        `${a} ${b}${pick2(b, SUBJECT)} ${one(["완료되면", "실패하면", "지연되면", "변경되면"])} ${one(["알림이 발송됩니다", "이메일로 안내됩니다", "목록에서 확인할 수 있습니다"])}.`,
      () => `※ ${a}${pick2(a, SUBJECT)} ${one(["ON", "OFF"])} 상태일 때만 ${b}${pick2(b, OBJECT)} ${one(ENDINGS)}.`,
      () => `${a}${b} 기능은 ${one(["마스터", "관리자", "작업자"])} 권한이 있어야 ${one(ENDINGS)}.`,
      () => `${one(LATIN)}로 ${a}${pick2(a, OBJECT)} 연동할 때는 ${one(LATIN)} 설정을 ${one(ENDINGS)}.`,
      () => `${24 * (1 + int(3))}시간 이내에 ${a} ${b}${pick2(b, SUBJECT)} 처리되지 않으면 고객센터로 ${one(ENDINGS)}.`,
    ];
    return one(forms)();
  };

  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < articleCount; i++) {
    const a = noun();
    const b = one(NOUNS);
    const title = one(QUESTIONS)(a, b);
    const paragraphs: string[] = [];
    const markdown: string[] = [];
    const paragraphCount = 1 + int(3);
    for (let p = 0; p < paragraphCount; p++) {
      const text = Array.from({ length: 1 + int(3) }, sentence).join(" ");
      paragraphs.push(text);
      markdown.push(p === 0 && rand() < 0.3 ? `**${text}**` : text);
    }
    if (rand() < 0.5) {
      const steps = Array.from(
        { length: 2 + int(3) },
        (_, s) =>
          `${menuPath()}에서 ${noun()}${pick2(b, OBJECT)} ${one(["선택합니다", "입력합니다", "저장합니다"])}${s === 0 ? "" : ""}`,
      );
      markdown.push(steps.map((step, s) => `${s + 1}. ${step}`).join("\n"));
      paragraphs.push(steps.join(" "));
    }
    if (rand() < 0.3) {
      const note = `※ ${sentence()}`;
      markdown.push(note);
      paragraphs.push(note);
    }
    articles.push({
      slug: `article-${String(i + 1).padStart(5, "0")}`,
      title,
      category: one(topics),
      updated: new Date(start + int(span)).toISOString().slice(0, 10),
      keywords: rand() < 0.5 ? [noun(), one(LATIN)] : [],
      markdown: markdown.join("\n\n"),
      text: paragraphs.join(" "),
    });
  }
  return { categories, articles };
}

function yamlList(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
}

function categoriesYaml(nodes: readonly GeneratedCategory[], indent = ""): string {
  return nodes
    .map(
      (node) =>
        `${indent}- label: ${JSON.stringify(node.label)}\n${indent}  slug: ${node.slug}\n` +
        (node.children ? `${indent}  children:\n${categoriesYaml(node.children, `${indent}    `)}` : ""),
    )
    .join("");
}

/** The corpus as a content folder: `categories.yaml` plus one Markdown file per article. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>([["categories.yaml", categoriesYaml(corpus.categories)]]);
  for (const article of corpus.articles) {
    const front = [
      `title: ${JSON.stringify(article.title)}`,
      `category: ${yamlList(article.category)}`,
      `updated: ${article.updated}`,
    ];
    if (article.keywords.length) front.push(`keywords: ${yamlList(article.keywords)}`);
    files.set(`articles/${article.slug}.md`, `---\n${front.join("\n")}\n---\n\n${article.markdown}\n`);
  }
  return files;
}
