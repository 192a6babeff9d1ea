/**
 * Every word the interface shows, in one place: the site is Korean first, and a translation
 * replaces this object. Functions take numbers or text and return the phrase.
 */
import { josa } from "es-hangul";

/**
 * A count with Korean digit grouping (`12,345`), as `Intl.NumberFormat("ko-KR")` writes integers.
 * Written out because creating the first Intl formatter of a page costs Chromium about 13 ms of
 * main thread (loading its locale data), on the path of a shared link's first results and of the
 * first key typed in a search box.
 */
function count(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}
/** One label for an article's date, on its page and in every list (`업데이트 2025.06.05`). */
const UPDATED = "업데이트";

export const ui = {
  lang: "ko",
  siteName: "톡빌더 고객센터",
  siteDescription: "톡빌더 챗봇 관리자센터, 상담톡, 비즈 메시지 이용 방법을 안내하는 도움말 센터입니다.",
  skipToContent: "본문 바로가기",
  searchLabel: "도움말 검색",
  searchPlaceholder: "궁금한 내용을 검색해 보세요",
  searchButton: "검색",
  // Landmark names of the search forms: one per page region, so each is told apart.
  headerSearchLandmark: "사이트 검색",
  mainSearchLandmark: "도움말 검색",
  searchPageLandmark: "검색어 입력",
  homeHeading: "무엇을 도와드릴까요?",
  homeLead: "찾으시는 내용을 입력하거나 아래 서비스에서 도움말을 골라 보세요.",
  servicesHeading: "서비스별 도움말",
  recentHeading: "최근 업데이트된 도움말",
  articleCount: (n: number) => `${count(n)}개`,
  breadcrumbLabel: "카테고리 경로",
  homeCrumb: "홈",
  subcategoriesHeading: "하위 카테고리",
  articlesHeading: "도움말",
  noArticles: "아직 이 카테고리에 도움말이 없습니다.",
  updatedLabel: UPDATED,
  // Article page
  tocLabel: "목차",
  tableRegion: (n: number) => `표 ${n} (좌우로 스크롤할 수 있습니다)`,
  sectionLink: (heading: string) => `'${heading}' 섹션 링크`,
  copyCode: "복사",
  copyCodeLabel: "코드 복사",
  copied: "복사됨",
  copyFailed: "복사하지 못했습니다. 코드를 직접 선택해 복사해 주세요.",
  feedbackQuestion: "이 도움말이 도움이 되었나요?",
  feedbackYes: "예",
  feedbackNo: "아니요",
  feedbackThanks: "의견을 보내 주셔서 감사합니다.",
  feedbackSorry: "도움이 되지 못해 죄송합니다.",
  feedbackContact: "고객센터에 문의하기",
  feedbackSearchAgain: "다른 말로 검색해 보세요.",
  feedbackSearchLandmark: "다시 검색",
  feedbackRelated: "이런 도움말도 있습니다.",
  // Theme: the button says what it does, so its name changes with the theme (no aria-pressed).
  themeToDark: "어두운 화면으로",
  themeToLight: "밝은 화면으로",
  relatedHeading: "같은 카테고리의 다른 도움말",
  moreInCategory: (label: string, n: number) => `'${label}' 도움말 전체 보기 (${count(n)}개)`,
  promotedHeading: "자주 찾는 도움말",
  promotedBadge: "자주 찾는",
  categoryPageTitle: (title: string, page: number) => (page > 1 ? `${title} (${page}페이지)` : title),
  categoryArticlesHeading: (n: number) => `도움말 ${count(n)}개`,
  categoryPaginationLabel: "도움말 목록 페이지",
  categorySearchLabel: (label: string) => `'${label}'에서 검색`,
  categoryPageOf: (page: number, last: number) => `${page} / ${last}페이지`,
  categoryDescription: (path: readonly string[], n: number) => `${path.join(" › ")} 도움말 ${count(n)}개`,
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundLead: "주소가 바뀌었거나 삭제된 페이지입니다. 검색하거나 아래 카테고리에서 찾아 보세요.",
  topCategoriesHeading: "주요 카테고리",
  footer: "이 사이트의 도움말은 예시로 작성된 가상의 서비스 안내입니다.",
  // Search page
  searchTitle: "도움말 검색",
  resultsHeading: (n: number) => `도움말 검색 결과 (총 ${count(n)}건)`,
  resultsListLabel: "검색 결과",
  resultsDocumentTitle: (q: string, n: number, page: number) =>
    `'${q}' 검색 결과 (${count(n)}건)${page > 1 ? ` - ${page}페이지` : ""}`,
  searchingTitle: (q: string) => `'${q}' 검색 중`,
  sortLabel: "정렬 기준",
  sortRelevance: "정확도순",
  sortLatest: "최신순",
  categoryLabel: "카테고리 선택",
  categoryAll: "전체",
  categoryOption: (label: string, n: number) => `${label} (${count(n)})`,
  categoryServiceAll: (service: string) => `${service} 전체`,
  allCategoriesLink: (n: number) => `전체 카테고리에서 ${count(n)}건 보기`,
  noResultsInCategory: (q: string) => `이 카테고리에는 '${q}'에 대한 검색 결과가 없습니다.`,
  fewInCategory: "다른 카테고리에도 결과가 있습니다.",
  searchTipsHeading: "이렇게 찾아보세요",
  searchTips: [
    "맞춤법과 띄어쓰기를 확인해 보세요.",
    "더 짧거나 일반적인 단어로 검색해 보세요. 예: '비밀번호를 바꾸는 방법' 대신 '비밀번호'",
    "한/영 전환을 확인해 보세요. 영문 자판으로 입력한 글자도 한글로 바꿔 찾아 드립니다.",
    "아래 자주 찾는 도움말이나 서비스별 도움말에서 찾아보세요.",
  ],
  searchContactLead: "원하는 답을 찾지 못하셨나요?",
  searchPrompt: "검색어를 입력하세요.",
  searchLoading: "검색 중…",
  searchLoadFailed: "검색 색인을 불러오지 못했습니다. 새로고침해 주세요.",
  noResults: (q: string) => `'${q}'에 대한 검색 결과가 없습니다.`,
  didYouMean: "이 검색어로 찾아보세요:",
  // `'챗봇'으로`, `'배포'로`: the particle follows the word's last sound.
  correctedTo: (q: string) => `'${q}'${josa.pick(q, "으로/로")} 검색한 결과입니다.`,
  searchExactly: (q: string) => `'${q}' 그대로 검색하기`,
  relaxedNone: "모든 단어가 포함된 도움말이 없어 일부 단어가 맞는 도움말을 보여 드립니다.",
  relaxedFew: (n: number) => `모든 단어가 포함된 도움말이 ${count(n)}건뿐이라 일부 단어가 맞는 도움말도 함께 보여 드립니다.`,
  paginationLabel: "검색 결과 페이지",
  previousPage: "이전",
  nextPage: "다음",
  noScript: "검색에는 JavaScript가 필요합니다. 아래 카테고리에서 도움말을 찾아 보세요.",
  updatedOn: (date: string) => `${UPDATED} ${date}`,
  // Results while typing, under every search box
  instantListLabel: "검색어와 일치하는 도움말",
  instantAll: (q: string, n: number) => `'${q}' 검색 결과 전체 보기 (${count(n)}건)`,
  instantCorrected: (q: string, corrected: string) => `'${q}' 대신 '${corrected}'${josa.pick(corrected, "으로/로")} 찾은 결과`,
  instantNone: "일치하는 도움말이 없습니다.",
  instantHelp: "자주 찾는 도움말과 카테고리 보기",
  instantNoneStatus: "일치하는 도움말이 없습니다. 아래 화살표 키로 자주 찾는 도움말을 볼 수 있습니다.",
  instantStatus: (n: number, corrected: string | null) =>
    `${corrected ? `${corrected}. ` : ""}도움말 ${count(n)}건. 위아래 화살표 키로 고를 수 있습니다.`,
  recentSearchesLabel: "최근 검색어",
  recentStatus: (n: number) => `최근 검색어 ${count(n)}개. 위아래 화살표 키로 고르고 Delete 키로 지울 수 있습니다.`,
  removeRecent: (q: string) => `'${q}' 삭제`,
  clearRecent: "최근 검색어 전체 삭제",
  recentCleared: "최근 검색어를 모두 지웠습니다.",
  recentRemoved: (q: string) => `'${q}'${josa.pick(q, "을/를")} 최근 검색어에서 지웠습니다.`,
} as const;

export function formatDate(iso: string): string {
  return iso.replaceAll("-", ".");
}
