/**
 * Optional build settings for article pages (environment variables, checked when read: a bad value
 * stops the build with a message naming the variable).
 * - FEEDBACK_URL: where "이 도움말이 도움이 되었나요?" answers are sent with `navigator.sendBeacon`;
 *   unset, nothing is sent anywhere.
 * - SUPPORT_URL: the contact link shown after "아니요"; unset, no link.
 * - SEARCH_LOG_URL: where search events are sent for `npm run search-report` (src/client/search-log.ts,
 *   docs/deploy/search-log.md); unset, nothing is sent and no code for it is built
 *   (astro.config.mjs passes it to the browser code as `__SEARCH_LOG_URL__`).
 */
import { optionalAbsoluteUrl } from "../../scripts/site-settings.mjs";

const EXAMPLE_PATH: Record<string, string> = { FEEDBACK_URL: "feedback", SEARCH_LOG_URL: "search-log" };

function optionalUrl(name: string): string | undefined {
  return optionalAbsoluteUrl(name, process.env[name], `https://help.example.com/${EXAMPLE_PATH[name] ?? "contact"}`)?.href;
}

export const FEEDBACK_URL = optionalUrl("FEEDBACK_URL");
export const SUPPORT_URL = optionalUrl("SUPPORT_URL");
export const SEARCH_LOG_URL = optionalUrl("SEARCH_LOG_URL");
