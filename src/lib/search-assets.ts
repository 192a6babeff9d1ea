/** The search files of this build, made once and shared by the endpoint that writes them and the pages that link them. */
import { buildSearchData, searchAssets, type SearchAsset } from "../build/search/build-search-data";
import { getSiteData } from "./site-data";
import { href } from "./urls";

export const SEARCH_DATA_DIR = "search-data";

let cached: Promise<{ index: SearchAsset; docs: SearchAsset }> | undefined;

export function getSearchAssets(): Promise<{ index: SearchAsset; docs: SearchAsset }> {
  cached ??= (async () => {
    const site = await getSiteData();
    const data = buildSearchData(
      site.articles.map((a) => ({ slug: a.id, ...a.data })),
      site.categories,
    );
    return searchAssets(data);
  })();
  return cached;
}

export async function searchAssetUrls(): Promise<{ index: string; docs: string }> {
  const assets = await getSearchAssets();
  return { index: href(`${SEARCH_DATA_DIR}/${assets.index.name}`), docs: href(`${SEARCH_DATA_DIR}/${assets.docs.name}`) };
}
