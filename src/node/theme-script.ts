/**
 * The script that sets the colour theme before the page is painted (no flash of the wrong theme):
 * the reader's choice if they made one (the header's toggle stores it, theme-toggle.ts), else the
 * system's. It is written into every page's <head> inline rather than loaded as a file: a blocking
 * script file held back the parser, and with it every preload and stylesheet after it, until it
 * arrived (on a shared search link, ~40 ms behind six other requests over HTTP/1.1). The site's
 * Content-Security-Policy allows it, and only it, by its hash.
 */
import { createHash } from "node:crypto";
import { THEME_STORAGE_KEY } from "../shared/theme-key";

export const THEME_SCRIPT =
  '(function(){var d=window.matchMedia("(prefers-color-scheme: dark)").matches,s=null;' +
  "try{s=window.localStorage.getItem(" +
  JSON.stringify(THEME_STORAGE_KEY) +
  ")}catch(e){}" +
  'document.documentElement.setAttribute("data-theme",(s?s==="dark":d)?"dark":"light")})();';

/** The CSP source that allows exactly THEME_SCRIPT. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_SCRIPT, "utf8").digest("base64")}'`;
