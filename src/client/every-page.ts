/**
 * The one script of every page: the theme toggle, and the search boxes, which become comboboxes
 * when first focused. Until then nothing of search loads, so pages that are only read download
 * none of the search code or files.
 */
import { startThemeToggle } from "./theme-toggle";
import type { StartedWorker } from "./open-engine";

startThemeToggle();

/**
 * Asks for the files every search needs first, and the first keys' answers (the form names them),
 * as the box's code is asked for, not once it has arrived and run: the engine's fetch of them then takes the preloaded
 * responses (as on the search page, whose HTML preloads them), one round trip sooner.
 */
function preloadUpFront(form: HTMLFormElement): void {
  const urls = [form.dataset["metaUrl"], ...(form.dataset["statsUrls"] ?? "").split(" "), form.dataset["firstKeysUrl"]].filter(
    (url) => !!url,
  );
  for (const url of urls) {
    if (document.querySelector(`link[rel="preload"][href="${CSS.escape(url!)}"]`)) continue;
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = url!;
    document.head.append(link);
  }
}

/**
 * Starts the search worker as a box is focused, so its script loads with the box's code instead of
 * after it; open-engine.ts takes it over (and starts its own where none could start here). What it
 * reports before the engine listens is kept.
 */
let started: StartedWorker | undefined;
function startWorker(): StartedWorker | undefined {
  if (started || typeof Worker !== "function") return started;
  try {
    const worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
    let failure: string | undefined;
    worker.addEventListener("error", (event) => (failure ??= event.message || "search worker failed"));
    started = { worker, failure: () => failure };
  } catch {
    // A policy or browser that refuses the worker: the engine runs on the page.
  }
  return started;
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-search-box]")) {
  if (form.dataset["boxMode"] === "page") continue;
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!input) continue;
  const attach = () => {
    input.removeEventListener("focus", attach);
    preloadUpFront(form);
    const worker = startWorker();
    void import("./search-box").then(({ attachSearchBox }) =>
      attachSearchBox(form, { instant: true, ...(worker ? { worker } : {}) }),
    );
  };
  input.addEventListener("focus", attach);
  if (document.activeElement === input) attach();
}
