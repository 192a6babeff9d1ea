/**
 * Finding files by what they hold: the term shards a token or prefix is in (by the shards' first
 * tokens, `termBounds`) and the doc block an article is in (by the blocks' first ids), by binary search.
 */

/** How many of the ascending `bounds` are below `value` (code-unit order, as `Array.prototype.sort`). */
export function countBelow(bounds: readonly string[], value: string): number {
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bounds[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inclusive range of shard indexes. */
export type ShardRange = readonly [first: number, last: number];

/**
 * The shards that hold `token`: those starting with it if it is split over several, else the last
 * shard starting below it (its range runs up to the next shard's first token).
 */
export function shardsHolding(bounds: readonly string[], token: string): ShardRange {
  const below = countBelow(bounds, token);
  let end = below;
  while (end < bounds.length && bounds[end] === token) end++;
  if (end > below) return [below, end - 1];
  return [Math.max(0, below - 1), Math.max(0, below - 1)];
}

/** The shards that may hold tokens starting with `prefix`: every token from `prefix` up to `prefix` + U+FFFF. */
export function shardsWithPrefix(bounds: readonly string[], prefix: string): ShardRange {
  const below = countBelow(bounds, prefix);
  const upTo = countBelow(bounds, `${prefix}\uffff`);
  // The shard before the first one starting at or after `prefix` holds tokens up to that shard's
  // first token, which may start with `prefix`, unless that first token is `prefix` itself.
  const first = bounds[below] === prefix ? below : Math.max(0, below - 1);
  return [first, Math.max(first, upTo - 1)];
}

/** The doc block holding article `id`, given each block's first id. */
export function blockOf(starts: readonly number[], id: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many of the shards starting at `bounds` hold one of `tokens` (a word's covering pairs in the position shards). */
export function filesHolding(bounds: readonly string[], tokens: readonly string[]): number {
  const files = new Set<number>();
  for (const token of tokens) {
    const [from, to] = shardsHolding(bounds, token);
    for (let i = from; i <= to; i++) files.add(i);
  }
  return files.size;
}
