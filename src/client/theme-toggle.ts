/**
 * The header's theme button: flips `data-theme` on <html> and remembers the choice (every page's
 * inline theme script, src/node/theme-script.ts, applies it before the next page paints). Without a stored choice the theme follows the system's,
 * also when it changes while the page is open. The button names what it does (`어두운 화면으로`),
 * rather than being a toggle whose fixed name leaves its state to `aria-pressed`.
 */
import { THEME_STORAGE_KEY as THEME_KEY } from "../shared/theme-key";

function isDark(): boolean {
  return document.documentElement.getAttribute("data-theme") === "dark";
}

function apply(dark: boolean, button: HTMLButtonElement): void {
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
  const label = button.querySelector("[data-theme-label]");
  if (label) label.textContent = (dark ? button.dataset["toLight"] : button.dataset["toDark"]) ?? "";
}

export function startThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  button.hidden = false;
  apply(isDark(), button);
  button.addEventListener("click", () => {
    const dark = !isDark();
    apply(dark, button);
    try {
      localStorage.setItem(THEME_KEY, dark ? "dark" : "light");
    } catch {
      // Storage refused: the choice holds for this page.
    }
  });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (event) => {
    let stored: string | null;
    try {
      stored = localStorage.getItem(THEME_KEY);
    } catch {
      stored = null;
    }
    if (!stored) apply(event.matches, button);
  });
}
