import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../node/site-data";
import { absolute, articleHref, href } from "../node/urls";
import { categoryPageHref, pageCountOf } from "../node/category-pages";

// sitemap.xml needs absolute URLs, so it is written only when SITE_URL is set.
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: "sitemap" } }] : [])) satisfies GetStaticPaths;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const newest = data.articles[0]?.data.updated;
  const entries: { path: string; lastmod?: string | undefined }[] = [
    { path: href(), lastmod: newest },
    ...data.categories.flatMap((c) =>
      Array.from({ length: pageCountOf(data.articlesBelow.get(c.path)?.length ?? 0) }, (_, i) => ({
        path: categoryPageHref(c.path, i + 1),
      })),
    ),
    ...data.articles.map((a) => ({ path: articleHref(a.id), lastmod: a.data.updated })),
  ];
  const body = entries
    .map(
      ({ path, lastmod }) =>
        `  <url><loc>${escapeXml(absolute(path)!)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { "Content-Type": "application/xml; charset=utf-8" },
    },
  );
};
