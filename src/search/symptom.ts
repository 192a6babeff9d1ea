/**
 * Symptoms: a question that describes something failing (`결제가 안 돼요`, `오류가 떠요`, `화면이
 * 깨져요`) wants the article about that failure, not the one that explains the feature. Help
 * centers mark their troubleshooting articles in the title the same way people describe trouble
 * (`…이 안 될 때`, `… 오류`, `…되지 않아요`), so one general list of Korean (and English) ways of
 * saying "it fails" finds both: the build marks each article whose title says it (stats files), and
 * a query that says it ranks those articles first among equally complete matches. Nothing here
 * names an article or a product: which articles are troubleshooting is read off each help center's
 * own titles.
 *
 * Everything is compared in compact form (normalize.ts): no spaces between Hangul, lower case.
 */

/** Ways to say something fails, as they stand in titles and in questions. */
const TROUBLE = new RegExp(
  [
    // nouns of failure
    "오류",
    "에러",
    "실패",
    "장애",
    "먹통",
    "error",
    "fail",
    "troubleshoot",
    // negated verbs: 안 돼요, 되지 않아요, 못 받았어요 (안 and 못 only before a verb that can fail)
    "안(?:돼|되|됨|나|보|떠|뜨|열|와|오|들|맞|먹|켜|꺼|가|눌|써|읽|받|올|생|잡|붙|바뀌|변)",
    "못(?:하|해|했|받|보|봐|찾|쓰|써|들|가|열|읽|올)",
    "않(?:아|았|을|는|습|네|고)",
    "없(?:어요|습니다|다고|대요|네요|는데)",
    // what breaks: 깨져요, 멈춰요, 끊겨요, 튕겨요, 느려요, 떠요 (an error pops up)
    "깨져|깨짐|깨지|멈춰|멈춤|멈추|끊겨|끊김|끊기|튕겨|튕김|느려|느림|떠요|떴어|뜨네|뜹니다|이상해|이상하게",
  ].join("|"),
  "u",
);

/** True when a compact title or query says that something fails. */
export function describesTrouble(compactText: string): boolean {
  return TROUBLE.test(compactText);
}
