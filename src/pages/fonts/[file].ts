import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteFontFiles } from "../../node/fonts/site-font";

export const getStaticPaths = (async () => {
  const files = await getSiteFontFiles();
  return files.map((file) => ({ params: { file: file.name }, props: { body: file.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array }> = ({ props }) =>
  new Response(new Uint8Array(props.body), { headers: { "Content-Type": "font/woff2" } });
