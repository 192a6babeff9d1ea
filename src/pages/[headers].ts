import type { APIRoute, GetStaticPaths } from "astro";
import { headersFile } from "../node/security";

// `dist/_headers`: response headers for Netlify, Cloudflare Pages and `npm start` (src/node/security.ts).
// (A page file named `_headers.ts` would be ignored by Astro: the name comes from the parameter.)
export const getStaticPaths = (() => [{ params: { headers: "_headers" } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(headersFile(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
