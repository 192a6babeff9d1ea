/**
 * Browser tests for questions as people type them (issue 7): a relaxed question, a corrected typo,
 * Korean typed in English mode and a synonym, through the search page, at `/` and under `/help/`.
 * The pipeline itself is unit-tested (tests/unit/pipeline-stages.test.ts, questions-on-demo.test.ts);
 * these check what the page says and links.
 */
import {
  expect,
  expectSearchUrl,
  heading,
  message,
  openSearch,
  paramsOf,
  resultItems,
  resultLinks,
  searchBox,
  test,
  titles,
  waitForSomeResults,
} from "./search-helpers";

test.describe("questions, corrections and synonyms", () => {
  test("a question no article answers word for word lists the closest and says so", async ({ page }) => {
    // No article mentions 챗봇 together with tax invoices: the tax-invoice articles are listed.
    const total = await openSearch(page, { q: "챗봇 세금계산서 발행?" });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(30);
    await expect(message(page)).toContainText("모든 단어가 포함된 도움말이 없어 일부 단어가 맞는 도움말을 보여 드립니다.");
    await expect(resultLinks(page).first()).toContainText("세금계산서");
    await expect(resultItems(page).first().locator("mark").first()).toBeVisible();
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${total}건)`);
  });

  test("a sentence with endings finds its article without a notice", async ({ page }) => {
    await openSearch(page, { q: "챗봇 삭제하기" });
    await expect(resultLinks(page).first()).toHaveText("더 이상 쓰지 않는 봇을 삭제하고 싶어요");
    await expect(resultItems(page).first().locator("mark", { hasText: "삭제" }).first()).toBeVisible();
    await expect(message(page)).toBeHidden();
  });

  test("a typo is corrected at once, with a link to search the words as typed", async ({ page, baseURL }) => {
    const chatbot = await openSearch(page, { q: "챗봇" });
    const chatbotTitles = await titles(page);
    expect(await openSearch(page, { q: "쳇봇" })).toBe(chatbot);
    await expect(resultLinks(page)).toHaveText(chatbotTitles);
    await expect(message(page)).toContainText("'챗봇'으로 검색한 결과입니다.");
    await expect(searchBox(page)).toHaveValue("쳇봇");
    const exactly = message(page).getByRole("link", { name: "'쳇봇' 그대로 검색하기" });
    expect(paramsOf(new URL((await exactly.getAttribute("href"))!, page.url()).href)).toEqual({ q: "쳇봇", exact: "1" });
    await exactly.click();
    await expectSearchUrl(page, baseURL, { q: "쳇봇", exact: "1" });
    await expect(heading(page)).toHaveText("도움말 검색 결과 (총 0건)");
    await expect(heading(page)).toBeFocused();
    await page.goBack();
    await expectSearchUrl(page, baseURL, { q: "쳇봇" });
    await waitForSomeResults(page);
  });

  test("typing a new query after 'as typed' corrects again", async ({ page, baseURL }) => {
    expect(await openSearch(page, { q: "쳇봇", exact: "1" })).toBe(0);
    await searchBox(page).fill("cotqht");
    await searchBox(page).press("Enter");
    await expectSearchUrl(page, baseURL, { q: "cotqht" });
    await waitForSomeResults(page);
  });

  test("Korean typed in English mode is searched as Korean", async ({ page }) => {
    const chatbot = await openSearch(page, { q: "챗봇" });
    expect(await openSearch(page, { q: "cotqht" })).toBe(chatbot);
    await expect(message(page)).toContainText("'챗봇'으로 검색한 결과입니다.");
    await expect(resultItems(page).first().locator("mark", { hasText: "챗봇" }).first()).toBeVisible();
    await openSearch(page, { q: "xpavmfflt" });
    await expect(message(page)).toContainText("'템플릿'으로 검색한 결과입니다.");
  });

  test("a synonym from synonyms.yaml finds the articles written with the other word", async ({ page }) => {
    // The articles write `Webhook`; content/synonyms.yaml groups it with 웹훅.
    await openSearch(page, { q: "웹훅" });
    await expect(resultLinks(page).filter({ hasText: "발송 결과를 Webhook으로 받아볼 수 있나요?" })).toHaveCount(1);
    await expect(
      resultItems(page)
        .first()
        .locator("mark", { hasText: /webhook/i })
        .first(),
    ).toBeVisible();
    await expect(message(page)).toBeHidden();
  });
});
