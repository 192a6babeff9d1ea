/** The search files of this build, made once and shared by the endpoint that writes them and the page that links them. */
import { buildSearchData } from "./search-data";
import { buildSearchFiles, type SearchFiles } from "./search-files";
import { getSiteData } from "../site-data";
import { href } from "../urls";

const SEARCH_DATA_DIR = "search-data";

let cached: Promise<SearchFiles> | undefined;

export function getSearchFiles(): Promise<SearchFiles> {
  cached ??= (async () => {
    const site = await getSiteData();
    const data = buildSearchData(
      site.articles.map((a) => ({ slug: a.id, ...a.data })),
      site.categories,
      site.synonyms,
    );
    return buildSearchFiles(data);
  })();
  return cached;
}

/**
 * URLs of the files every search needs first: the meta file (the other files' names are relative to
 * it) and the stats files. The search page preloads them; a box's page, when the box is focused.
 */
export async function searchUpFrontUrls(): Promise<string[]> {
  const files = await getSearchFiles();
  return [files.meta, ...files.upFront].map((asset) => href(`${SEARCH_DATA_DIR}/${asset.name}`));
}
