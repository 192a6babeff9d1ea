/**
 * Sizes of search files: JSON bytes to fill files with, brotli bytes (quality 11, as a CDN serves
 * them) to hold each file within the budget.
 */
import { brotliCompressSync, constants as zlib } from "node:zlib";

export const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
export const brotliBytes = (text: string) =>
  brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: text.length } }).length;

/** Throws, naming the file, if one is over the budget (compressed only when its raw size could be). */
export function checkBudget(
  assets: readonly { readonly name: string; readonly body: string }[],
  budgetBytes: number,
  describe: (name: string) => string,
): void {
  for (const asset of assets) {
    if (Buffer.byteLength(asset.body) <= budgetBytes) continue;
    const compressed = brotliBytes(asset.body);
    if (compressed > budgetBytes)
      throw new Error(
        `search files: ${asset.name} is ${compressed} bytes compressed, over the budget of ${budgetBytes} bytes${describe(asset.name)}`,
      );
  }
}
