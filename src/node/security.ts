/**
 * The HTTP headers the site is meant to be served with, in one place: `dist/_headers` (read by
 * Netlify and Cloudflare Pages, and by `npm start`'s server) and the `<meta>` policy every page
 * carries for hosts that cannot set headers (GitHub Pages).
 */
import { href } from "./urls";
import { FEEDBACK_URL, SEARCH_LOG_URL } from "./settings";
import { THEME_SCRIPT_HASH } from "./theme-script";

/** Origins the pages send to with `navigator.sendBeacon`, which obeys `connect-src`. */
const beaconOrigins = [...new Set([FEEDBACK_URL, SEARCH_LOG_URL].flatMap((url) => (url ? [new URL(url).origin] : [])))];

/**
 * Scripts come from the site's own files, and the one inline script, the theme's, is allowed by its
 * hash (theme-script.ts): a page can run no other inline script. Inline styles are allowed
 * because Shiki writes each code token's colour as a `style` attribute.
 */
const POLICY: readonly string[] = [
  "default-src 'self'",
  `script-src 'self' ${THEME_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Feedback answers go to FEEDBACK_URL, search events to SEARCH_LOG_URL, when they are set.
  ["connect-src 'self'", ...beaconOrigins].join(" "),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the `<meta http-equiv>` tag: `frame-ancestors` is not allowed there (browsers ignore it with a warning). */
export const META_CONTENT_SECURITY_POLICY = POLICY.join("; ");

const CONTENT_SECURITY_POLICY = [...POLICY, "frame-ancestors 'none'"].join("; ");

/** Fingerprinted assets and content-hashed search files never change under their name. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** `_headers` in the Netlify / Cloudflare Pages format, with the site's base path. */
export function headersFile(): string {
  return [
    href("*"),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    href("_assets/*"),
    `  Cache-Control: ${IMMUTABLE}`,
    href("search-data/*"),
    `  Cache-Control: ${IMMUTABLE}`,
    href("fonts/*"),
    `  Cache-Control: ${IMMUTABLE}`,
    "",
  ].join("\n");
}
