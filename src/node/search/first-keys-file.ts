/**
 * The first-keys file (src/search/first-keys.ts): the engine itself, over this build's search files
 * in memory, answers every first key a box can get, and the answers are written as one file named by
 * its own content hash. The engine never reads it: a box's page does, as the box is focused.
 */
import { SearchEngine, sourceOver } from "../../search/engine";
import { decodeMeta, encodeFirstKeys } from "../../search/format/codec";
import { FILE_BUDGET_BYTES } from "../../search/format/files";
import { answerFirstKeys } from "../../search/first-keys";
import { fingerprinted, firstWithin, type SearchAsset, type SearchFiles } from "./search-files";

export async function firstKeysFile(files: SearchFiles, budgetBytes = FILE_BUDGET_BYTES): Promise<SearchAsset> {
  const bodies = new Map([files.meta, ...files.upFront, ...files.others].map((asset) => [asset.name, asset.body]));
  const read = (name: string) => {
    const body = bodies.get(name);
    return body === undefined ? Promise.reject(new Error(`search files: no file ${name}`)) : Promise.resolve(body);
  };
  const engine = new SearchEngine(sourceOver(decodeMeta(files.meta.body, files.meta.name), read));
  const answers = [...(await answerFirstKeys(engine))];
  // Within the budget whatever the titles' length: the keys last in FIRST_KEYS (digits, then letters) go first.
  return fingerprinted(
    "first-keys",
    firstWithin(answers, (kept) => encodeFirstKeys(new Map(kept)), budgetBytes),
  );
}
