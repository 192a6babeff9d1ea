import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchFiles } from "../../node/search/search-assets";

export const getStaticPaths = (async () => {
  const { meta, upFront, others, firstKeys } = await getSearchFiles();
  return [meta, ...upFront, ...others, firstKeys].map((asset) => ({ params: { file: asset.name }, props: { body: asset.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
