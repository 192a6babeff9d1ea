// @ts-check
// How the site's settings are read from the environment, in one place: the Astro config, the
// build-time settings (src/node/settings.ts) and the static server all use these, so a value means
// the same everywhere and a bad one stops with the same message naming the variable.

/**
 * BASE_PATH: where the site is served, always with leading and trailing slashes (`/`, `/help/`).
 * @param {string | undefined} raw
 * @returns {string}
 */
export function basePath(raw) {
  const value = (raw || "/").trim();
  const parts = value.split("/").filter(Boolean);
  if (parts.some((part) => !/^[A-Za-z0-9._~-]+$/.test(part))) {
    throw new Error(`BASE_PATH "${value}" must be a URL path such as /help/ (letters, digits, . _ ~ -)`);
  }
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/**
 * An optional absolute http(s) URL, or undefined when unset or blank.
 * @param {string} name the variable, named in the message
 * @param {string | undefined} raw
 * @param {string} example shown in the message, e.g. https://help.example.com/feedback
 * @returns {URL | undefined}
 */
export function optionalAbsoluteUrl(name, raw, example) {
  const value = (raw ?? "").trim();
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} "${value}" must be an absolute URL such as ${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`${name} "${value}" must start with https:// or http://`);
  return url;
}
