/**
 * The one script of every page: the theme toggle, and the search boxes, which become comboboxes
 * when first focused. Until then nothing of search loads, so pages that are only read download
 * none of the search code or files.
 */
import { startThemeToggle } from "./theme-toggle";

startThemeToggle();

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-search-box]")) {
  if (form.dataset["boxMode"] === "page") continue;
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!input) continue;
  const attach = () => {
    input.removeEventListener("focus", attach);
    void import("./search-box").then(({ attachSearchBox }) => attachSearchBox(form, { instant: true }));
  };
  input.addEventListener("focus", attach);
  if (document.activeElement === input) attach();
}
