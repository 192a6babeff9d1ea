/** The search files of this build, made once and shared by the endpoint that writes them and the pages that link them. */
import { buildSearchData } from "./search-data";
import { buildSearchFiles, type SearchAsset, type SearchFiles } from "./search-files";
import { firstKeysFile } from "./first-keys-file";
import { getSiteData } from "../site-data";
import { href } from "../urls";

const SEARCH_DATA_DIR = "search-data";

interface SiteSearchFiles extends SearchFiles {
  /** The answers to a box's first key (src/search/first-keys.ts). */
  readonly firstKeys: SearchAsset;
}

let cached: Promise<SiteSearchFiles> | undefined;

export function getSearchFiles(): Promise<SiteSearchFiles> {
  cached ??= (async () => {
    const site = await getSiteData();
    const data = buildSearchData(
      site.articles.map((a) => ({ slug: a.id, ...a.data })),
      site.categories,
      site.synonyms,
    );
    const files = buildSearchFiles(data);
    return { ...files, firstKeys: await firstKeysFile(files) };
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

/** URL of the first keys' answers: a box of all categories fetches it with the up-front files. */
export async function firstKeysUrl(): Promise<string> {
  return href(`${SEARCH_DATA_DIR}/${(await getSearchFiles()).firstKeys.name}`);
}
