/**
 * The results page and the dropdown as a reader sees them on a phone and a desktop, light and dark
 * (issue 17): what fits on screen, what the highlight and print colours measure, where a dead end
 * leads. Colours are measured from the rendered page (a canvas turns any CSS colour into sRGB),
 * with the WCAG contrast formula written out here, not taken from the site's code.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect, heading, holdSearchFiles, waitForCount, waitForSomeResults, resultItems, message } from "./search-helpers";

type Rgb = [number, number, number];

/** sRGB channels of a computed CSS colour (rgb(), oklch(), …), as the browser paints it. */
async function paintedColour(page: Page, css: string): Promise<Rgb> {
  return page.evaluate((colour) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 1, 1);
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, css);
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour of `element` and the background it is painted on (its own, or the nearest opaque ancestor's). */
async function colours(element: Locator): Promise<{ text: string; background: string }> {
  return element.evaluate((el) => {
    const text = getComputedStyle(el).color;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (background !== "rgba(0, 0, 0, 0)" && background !== "transparent") return { text, background };
    }
    return { text, background: "rgb(255, 255, 255)" };
  });
}

async function contrastOf(page: Page, element: Locator): Promise<number> {
  const { text, background } = await colours(element);
  return contrast(await paintedColour(page, text), await paintedColour(page, background));
}

const searchUrl = (q: string, more = "") => `search/?q=${encodeURIComponent(q)}${more}`;

test.describe("the dropdown on a phone (360 × 640)", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test("spans the screen, and its last row is in view without scrolling", async ({ page }) => {
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    await box.pressSequentially("채널");
    const popup = page.locator("#header-search").locator("xpath=following-sibling::div[@data-popup]");
    const last = page.getByRole("listbox").getByRole("option").last();
    await expect(last).toHaveText(/^'채널' 검색 결과 전체 보기 \([\d,]+건\)$/);
    const popupBox = (await popup.boundingBox())!;
    expect(popupBox.width / 360).toBeGreaterThanOrEqual(0.9);
    const lastBox = (await last.boundingBox())!;
    // Wholly on screen, and inside the popup's own box (not scrolled out of it).
    expect(lastBox.y).toBeGreaterThanOrEqual(0);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(640);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(popupBox.y + popupBox.height + 1);
    // Five or six article rows on a phone.
    const articles = await page.getByRole("listbox").getByRole("option").count();
    expect(articles - 1).toBeLessThanOrEqual(6);
  });

  test("ends above an on-screen keyboard (a smaller visual viewport), the last row still in view", async ({ page }) => {
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    await box.pressSequentially("채널");
    await expect(page.getByRole("listbox").getByRole("option").last()).toContainText("전체 보기");
    // A keyboard taking 300 px: Chromium shrinks the visual viewport, as a phone's does.
    await page.setViewportSize({ width: 360, height: 340 });
    const last = page.getByRole("listbox").getByRole("option").last();
    await expect(async () => {
      const lastBox = (await last.boundingBox())!;
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(340);
    }).toPass({ timeout: 5_000 });
  });
});

test.describe("the dropdown says what it did", () => {
  test("a corrected query is labelled above the rows", async ({ page }) => {
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    // 챗봇 typed with the keyboard in English mode.
    await box.pressSequentially("cotqht");
    await expect(page.locator("#header-search-popup-label")).toHaveText("'cotqht' 대신 '챗봇'으로 찾은 결과");
    await expect(page.getByRole("listbox")).toHaveAccessibleName("'cotqht' 대신 '챗봇'으로 찾은 결과");
    await expect(page.getByRole("listbox").getByRole("option").last()).toHaveText(/^'챗봇' 검색 결과 전체 보기/);
  });

  test("text that matches nothing: says so, and offers the search page's help instead of a link to 0 results", async ({
    page,
  }) => {
    await page.goto("articles/cb-channel-connect/");
    const box = page.locator("#header-search");
    await box.click();
    await box.pressSequentially("zzqqxxvv");
    await expect(page.getByText("일치하는 도움말이 없습니다.", { exact: true })).toBeVisible();
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options).toHaveCount(1);
    await expect(options).toHaveText("자주 찾는 도움말과 카테고리 보기");
    await expect(page.getByRole("listbox")).not.toContainText("0건");
    await options.click();
    await expect(page).toHaveURL(/search\/\?q=zzqqxxvv$/);
    await expect(page.getByRole("heading", { name: "자주 찾는 도움말" })).toBeVisible();
  });
});

test.describe("the highlight reads as text", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${colorScheme}: marked words keep ≥ 4.5:1, on a pale tint in the light theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(searchUrl("채널 연결"));
      await waitForSomeResults(page);
      const mark = resultItems(page).first().locator("[data-slot=snippet] mark").first();
      await expect(mark).toBeVisible();
      expect(await contrastOf(page, mark)).toBeGreaterThanOrEqual(4.5);
      const { background } = await colours(mark);
      const tint = luminance(await paintedColour(page, background));
      // Light: a pale tint (not a solid dark box); dark: a dim one under light text.
      if (colorScheme === "light") expect(tint).toBeGreaterThan(0.75);
      else expect(tint).toBeLessThan(0.1);
      // A few marks per snippet, not a redacted line.
      for (const snippet of await resultItems(page).locator("[data-slot=snippet]").all()) {
        expect(await snippet.locator("mark").count()).toBeLessThanOrEqual(4);
      }
    });
  }
});

test("a snippet keeps a table's cells apart", async ({ page }) => {
  // The oracle is the article's own Markdown table: the row with 결번, its cells.
  const markdown = readFileSync("content/biz-message/bm-result-codes.md", "utf8");
  const row = markdown.split("\n").find((line) => line.startsWith("|") && line.includes("결번"))!;
  const cells = row
    .split("|")
    .map((cell) => cell.trim())
    .filter(Boolean);
  await page.goto(searchUrl("결번"));
  await waitForSomeResults(page);
  const result = resultItems(page).filter({ hasText: "발송 결과 코드별 의미가 궁금해요" });
  const snippet = (await result.locator("[data-slot=snippet]").textContent()) ?? "";
  expect(snippet).toContain(cells.join(" · "));
  expect(snippet).not.toContain(cells.join(" "));
});

test.describe("dead ends lead somewhere", () => {
  test("zero results: tips, at least 3 articles and a category, no order or category controls", async ({ page }) => {
    await page.goto(searchUrl("zzqqxxvv"));
    expect(await waitForCount(page)).toBe(0);
    const help = page.locator("#search-help");
    await expect(help).toBeVisible();
    expect(await help.locator('a[href*="/articles/"]').count()).toBeGreaterThanOrEqual(3);
    expect(await help.locator('a[href*="/categories/"]').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("group", { name: "정렬 기준" })).toBeHidden();
    await expect(page.getByLabel("카테고리 선택")).toBeHidden();
    await expect(page.getByRole("heading", { name: "이렇게 찾아보세요" })).toBeVisible();
  });

  test("a filtered list links to every category's results with their full count", async ({ page }) => {
    await page.goto(searchUrl("채널"));
    const all = await waitForSomeResults(page);
    await page.goto(searchUrl("채널", "&category=chatbot-admin%2Fgetting-started"));
    const filtered = await waitForSomeResults(page);
    expect(filtered).toBeLessThan(all);
    const link = message(page).getByRole("link", { name: `전체 카테고리에서 ${all}건 보기` });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).not.toHaveURL(/category=/);
    await expect(heading(page)).toHaveText(`도움말 검색 결과 (총 ${all}건)`);
  });

  test("after 아니요: a search that starts from the title, other articles, and the contact link", async ({ page, errorLog }) => {
    // The root build sends feedback to an endpoint the test server does not have.
    errorLog.allow(/feedback-endpoint|405/);
    await page.goto("articles/cb-channel-connect/");
    const title = (await heading(page).textContent())!.trim();
    await page.getByRole("button", { name: "아니요", exact: true }).click();
    const again = page.getByRole("search", { name: "다시 검색" }).getByRole("combobox");
    await expect(again).toBeVisible();
    await expect(again).toHaveValue(title);
    await expect(page.getByText("이런 도움말도 있습니다.")).toBeVisible();
    // Only the root build sets SUPPORT_URL (scripts/run-e2e.mjs).
    if (test.info().project.name === "root") await expect(page.getByRole("link", { name: "고객센터에 문의하기" })).toBeVisible();
  });
});

test.describe("controls like the seed's", () => {
  test("count, order and category on one row on a desktop; options name their service", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(searchUrl("채널"));
    await waitForSomeResults(page);
    const order = page.getByRole("group", { name: "정렬 기준" });
    const category = page.getByLabel("카테고리 선택");
    const [a, b] = [(await order.boundingBox())!, (await category.boundingBox())!];
    expect(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2))).toBeLessThan(8);
    await expect(order.getByRole("radio", { name: "정확도순" })).toBeChecked();
    // Every option but 전체 begins with its service, as the categories file names it.
    const services = readFileSync("content/categories.yaml", "utf8")
      .split("\n")
      .filter((line) => /^- label: /.test(line))
      .map((line) => line.replace(/^- label: /, "").trim());
    const options = (await category.locator("option").allTextContents()).slice(1);
    expect(options.length).toBeGreaterThan(services.length);
    for (const option of options)
      expect(
        services.some((service) => option.startsWith(service)),
        option,
      ).toBe(true);
    for (const option of options) expect(option).not.toMatch(/^\s/);
  });

  test("the order toggle sorts by date", async ({ page }) => {
    await page.goto(searchUrl("채널"));
    await waitForSomeResults(page);
    await page.getByRole("radio", { name: "최신순" }).check();
    await expect(page).toHaveURL(/sort=latest/);
    const dates = () =>
      resultItems(page)
        .locator("time")
        .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    await expect
      .poll(async () => {
        const shown = await dates();
        return shown.length > 1 && shown.join() === [...shown].sort().reverse().join();
      })
      .toBe(true);
  });
});

test.describe("one search box a page", () => {
  for (const path of ["", "no-such-page/"]) {
    test(`${path || "home"}: one visible search box`, async ({ page, errorLog }) => {
      errorLog.allow(/status of 404/);
      await page.goto(path);
      await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
    });
  }
  test("a category page's box says where it searches", async ({ page }) => {
    await page.goto("categories/chatbot-admin/");
    await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
    await expect(page.getByText("'챗봇 관리자센터'에서 검색", { exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "'챗봇 관리자센터'에서 검색" })).toBeVisible();
  });
});

test.describe("print from the dark theme", () => {
  test("body text, table cells and code print dark on white (≥ 7:1)", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("articles/bm-result-codes/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const white: Rgb = [255, 255, 255];
    const samples = [
      page.locator("article .prose p").first(),
      page.locator("article .prose td").first(),
      page.locator("article .prose th").first(),
      page.locator("article h1"),
    ];
    const code = page.locator("article .prose pre code span").first();
    if (await code.count()) samples.push(code);
    for (const sample of samples) {
      const { text } = await colours(sample);
      // Paper is white whatever the screen's background: browsers drop backgrounds when printing.
      expect(
        contrast(await paintedColour(page, text), white),
        await sample.evaluate((el) => el.outerHTML.slice(0, 80)),
      ).toBeGreaterThanOrEqual(7);
    }
  });
});

test.describe("polish", () => {
  test("the theme button says what it does, and its words change with the theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("");
    const button = page.getByRole("button", { name: "어두운 화면으로" });
    await button.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("button", { name: "밝은 화면으로" })).toBeVisible();
    await expect(page.getByRole("button", { name: "밝은 화면으로" })).not.toHaveAttribute("aria-pressed");
  });

  test("an article's breadcrumb reads 홈 › 서비스 › 섹션, without the result rows' brackets", async ({ page }) => {
    await page.goto("articles/cb-channel-connect/");
    const crumbs = page.getByRole("navigation", { name: "카테고리 경로" });
    await expect(crumbs).toHaveText(/^홈\s*›\s*챗봇 관리자센터\s*›/);
    await expect(crumbs).not.toContainText("[");
  });
});

test("the last row opens the search page for the text in the box, even while its rows are a few keys old", async ({ page }) => {
  await page.goto("articles/cb-channel-connect/");
  const box = page.locator("#header-search");
  await box.click();
  await box.pressSequentially("정산");
  const last = page.getByRole("listbox").getByRole("option").last();
  await expect(last).toHaveText(/^'정산' 검색 결과 전체 보기/);
  // Hold the next answer: the rows stay those of `정산` while the box says `정산 환불`.
  const gate = await holdSearchFiles(page);
  await box.pressSequentially(" 환불");
  await expect.poll(gate.held).toBeGreaterThan(0);
  await expect(last).toHaveText(/^'정산' 검색 결과 전체 보기/);
  await last.click();
  await expect(page).toHaveURL(
    /search\/\?q=%EC%A0%95%EC%82%B0\+%ED%99%98%EB%B6%88$|search\/\?q=%EC%A0%95%EC%82%B0%20%ED%99%98%EB%B6%88$/,
  );
});
