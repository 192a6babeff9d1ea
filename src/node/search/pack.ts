/** Cutting a list into files of bounded size. */

/**
 * Consecutive items packed into groups of at most `maxItems` and `maxBytes` (an item larger than
 * that alone). Each item counts `bytesOf(item)` and one byte more, for the comma that follows it in a list.
 */
export function pack<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number, maxItems = Infinity): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item) + 1;
    if (group.length > 0 && (bytes + size > maxBytes || group.length >= maxItems)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
