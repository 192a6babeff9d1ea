/**
 * An article page's behaviour, all of it progressive: the page reads fine without it.
 * - The table of contents marks the section being read (`aria-current="location"`).
 * - Code blocks get a copy button that says "복사됨" (visibly and to screen readers).
 * - "이 도움말이 도움이 되었나요?": the answer is kept in localStorage and, when the site was built
 *   with FEEDBACK_URL, sent with navigator.sendBeacon as the text of a JSON object:
 *   `{"article":"<slug>","helpful":true|false,"date":"YYYY-MM-DD"}` (a string body: text/plain, so no
 *   CORS preflight). Nothing else is sent, ever.
 */

/** Texts come from the page (data attributes written from src/ui/strings.ts): this script stays small. */
function text(element: HTMLElement, name: string): string {
  return element.dataset[name] ?? "";
}
const FEEDBACK_KEY = (slug: string) => `help-center:feedback:${slug}`;

function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")];
  if (links.length === 0) return;
  const headings = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((heading): heading is HTMLElement => heading !== null);
  const update = () => {
    // The last heading above the upper quarter of the window is the section being read.
    let current: HTMLElement | undefined = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top <= window.innerHeight / 4) current = heading;
    for (const link of links) {
      if (current && decodeURIComponent(link.hash.slice(1)) === current.id) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };
  let queued = false;
  window.addEventListener(
    "scroll",
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (a page served over plain http on a LAN): the older way still works.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

function addCopyButtons(status: HTMLElement): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>(".prose pre")) {
    const wrapper = document.createElement("div");
    wrapper.className = "relative";
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement("button");
    button.type = "button";
    // The code block's own colours (dark in both themes), so the button reads the same on it.
    button.className =
      "code-copy absolute top-2 right-2 rounded border border-[#7a828e] bg-[#0a0c10] px-2 py-0.5 text-xs font-semibold text-[#f0f3f6]";
    button.textContent = text(status, "copy");
    button.setAttribute("aria-label", text(status, "copyLabel"));
    button.addEventListener("click", () => {
      void copyText(pre.innerText).then((ok) => {
        button.textContent = ok ? text(status, "copied") : text(status, "copy");
        status.textContent = ok ? text(status, "copied") : text(status, "copyFailed");
        setTimeout(() => (button.textContent = text(status, "copy")), 2000);
      });
    });
    wrapper.append(button);
  }
}

function startFeedback(): void {
  const section = document.querySelector<HTMLElement>("[data-feedback]");
  if (!section) return;
  const slug = section.dataset["article"] ?? "";
  const url = section.dataset["feedbackUrl"] ?? "";
  const result = section.querySelector<HTMLElement>("[data-feedback-result]")!;
  const next = section.querySelector<HTMLElement>("[data-feedback-next]");
  const buttons = [...section.querySelectorAll<HTMLButtonElement>("[data-answer]")];
  const show = (answer: "yes" | "no" | null, announce: boolean) => {
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset["answer"] === answer));
    const said = answer === "yes" ? text(section, "thanks") : answer === "no" ? text(section, "sorry") : "";
    if (announce || result.textContent !== said) result.textContent = said;
    // `아니요`: a search that starts from the title, other articles of the topic, the contact link.
    if (next) next.hidden = answer !== "no";
  };
  let stored: string | null;
  try {
    stored = localStorage.getItem(FEEDBACK_KEY(slug));
  } catch {
    stored = null;
  }
  show(stored === "yes" || stored === "no" ? stored : null, false);
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const answer = button.dataset["answer"] === "yes" ? "yes" : "no";
      try {
        localStorage.setItem(FEEDBACK_KEY(slug), answer);
      } catch {
        // Storage refused: the answer shows for this visit.
      }
      show(answer, true);
      // Only in a build with SEARCH_LOG_URL (a constant "" otherwise, and this import is dropped).
      if (__SEARCH_LOG_URL__)
        void import("./search-log").then((module) => module.openSearchLog("page")?.feedback(slug, answer === "yes"));
      if (url) {
        const body = JSON.stringify({ article: slug, helpful: answer === "yes", date: new Date().toISOString().slice(0, 10) });
        navigator.sendBeacon(url, body);
      }
    });
  }
  section.hidden = false;
}

export function startArticlePage(): void {
  const status = document.getElementById("article-status");
  markCurrentSection();
  if (status) addCopyButtons(status);
  startFeedback();
}
