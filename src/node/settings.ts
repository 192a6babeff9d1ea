/**
 * Optional build settings for article pages (environment variables, checked when read: a bad value
 * stops the build with a message naming the variable).
 * - FEEDBACK_URL: where "이 도움말이 도움이 되었나요?" answers are sent with `navigator.sendBeacon`;
 *   unset, nothing is sent anywhere.
 * - SUPPORT_URL: the contact link shown after "아니요"; unset, no link.
 */
function optionalUrl(name: string): string | undefined {
  const raw = (process.env[name] ?? "").trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${name} "${raw}" must be an absolute URL such as https://help.example.com/${name === "FEEDBACK_URL" ? "feedback" : "contact"}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`${name} "${raw}" must start with https:// or http://`);
  return url.href;
}

export const FEEDBACK_URL = optionalUrl("FEEDBACK_URL");
export const SUPPORT_URL = optionalUrl("SUPPORT_URL");
