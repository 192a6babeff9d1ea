/** Site-relative URLs that respect BASE_PATH; every link in pages goes through these. */

const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path = ""): string {
  return base + path.replace(/^\/+/, "");
}

export function articleHref(slug: string): string {
  return href(`articles/${encodeURIComponent(slug)}/`);
}

export function categoryHref(path: string): string {
  return href(`categories/${path}/`);
}

export function searchHref(query?: string): string {
  return href("search/") + (query ? `?q=${encodeURIComponent(query)}` : "");
}

/** Absolute URL when SITE_URL is set, for canonical links, JSON-LD and the sitemap. */
export function absolute(path: string): string | undefined {
  return import.meta.env.SITE ? new URL(path, import.meta.env.SITE).href : undefined;
}
