import type { APIRoute } from "astro";
import { absolute, href } from "../node/urls";

export const GET: APIRoute = () => {
  const sitemap = absolute(href("sitemap.xml"));
  const lines = ["User-agent: *", "Allow: /", ...(sitemap ? [`Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
