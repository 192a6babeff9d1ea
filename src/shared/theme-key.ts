/**
 * Where the reader's colour theme is stored: written by the header's toggle (the browser's
 * theme-toggle.ts) and read, before the first paint, by the inline script every page is built with
 * (Node's theme-script.ts).
 */
export const THEME_STORAGE_KEY = "help-center:theme";
