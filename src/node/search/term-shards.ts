/**
 * The term shards and the position shards (format/files.ts): MiniSearch's serialised index entries,
 * and the syllable pairs' positions, each in token order, cut into files of at most a given size.
 * Sizes are counted on the texts the codec writes, so a shard's JSON is never larger than asked.
 * A token too big for one shard (a word in most articles of a large help center) is cut by article
 * id into parts, each starting a shard of its own (see shardsHolding).
 */
import {
  encodeTermEntry,
  encodeTokenPositions,
  joinPositionShard,
  joinTermShard,
  listItemBytes,
} from "../../search/format/codec";
import type { ByFieldByDoc, IndexEntry } from "../../search/format/files";
import { pack } from "./pack";
import { positionsOf, type FlatPositions } from "./pair-positions";

const utf8Bytes = (text: string) => Buffer.byteLength(text);

interface Shard {
  /** The shard's first token. */
  readonly bound: string;
  readonly body: string;
}

/** The ids of the articles a token's postings or positions name, in any field. */
export function articlesOf(byField: ByFieldByDoc<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const field in byField) for (const id in byField[field]) ids.add(id);
  return ids;
}

/** One token's `byField` cut by article id into parts whose texts (`encode`d) take at most `room` bytes. */
function splitByArticle<V extends number | number[]>(
  byField: ByFieldByDoc<V>,
  encode: (part: ByFieldByDoc<V>) => string,
  room: number,
): string[] {
  const ids = [...articlesOf(byField)].map(Number).sort((a, b) => a - b);
  // Each article's items in every field's list, written as its id's gap to the article before it.
  const bytes = new Map<number, number>();
  for (const field in byField) {
    let previous = 0;
    for (const id of Object.keys(byField[field]!)
      .map(Number)
      .sort((a, b) => a - b)) {
      bytes.set(id, (bytes.get(id) ?? 0) + listItemBytes(id - previous, byField[field]![id]!));
      previous = id;
    }
  }
  // A part with every field but no article: what each part holds besides its articles; and each
  // field's first article in a part is written as its whole id, not a gap.
  const empty = Object.fromEntries(Object.keys(byField).map((field) => [field, {}]));
  const frame = utf8Bytes(encode(empty)) + 1 + Object.keys(byField).length * String(ids[ids.length - 1] ?? 0).length;
  const articleBytes = (id: number) => bytes.get(id)!;
  return pack(ids, articleBytes, Math.max(1, room - frame)).map((group) => {
    const part: ByFieldByDoc<V> = {};
    for (const id of group)
      for (const field in byField) {
        const value = byField[field]![id];
        if (value !== undefined) (part[field] ??= {})[id] = value;
      }
    return encode(part);
  });
}

/**
 * Shards of `tokens` (ascending), each token's text from `encode`; `join` makes a shard's body of
 * its texts. Each text counts its bytes and a comma.
 */
function shardsOf<V extends number | number[]>(
  tokens: readonly string[],
  valueOf: (token: string) => ByFieldByDoc<V>,
  encode: (token: string, value: ByFieldByDoc<V>) => string,
  join: (texts: readonly string[]) => string,
  shardBytes: number,
): Shard[] {
  const room = shardBytes - utf8Bytes(join([]));
  const shards: Shard[] = [];
  let open: { bound: string; texts: string[]; bytes: number } | undefined;
  const close = () => {
    if (open) shards.push({ bound: open.bound, body: join(open.texts) });
    open = undefined;
  };
  const add = (token: string, text: string, fresh: boolean) => {
    const bytes = utf8Bytes(text) + 1;
    if (!open || fresh || open.bytes + bytes > room) {
      close();
      open = { bound: token, texts: [], bytes: 0 };
    }
    open.texts.push(text);
    open.bytes += bytes;
  };
  for (const token of tokens) {
    const value = valueOf(token);
    const text = encode(token, value);
    if (utf8Bytes(text) + 1 <= room) add(token, text, false);
    else for (const part of splitByArticle(value, (p) => encode(token, p), room)) add(token, part, true);
  }
  close();
  return shards;
}

const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Term shards: every token's postings, in token order. */
export function termShardsOf(entries: readonly IndexEntry[], shardBytes: number): Shard[] {
  const byToken = new Map(entries);
  return shardsOf(
    [...byToken.keys()].sort(ascending),
    (token) => byToken.get(token)!,
    (token, byField) => encodeTermEntry([token, byField]),
    joinTermShard,
    shardBytes,
  );
}

/** Position shards: every syllable pair's positions, in token order (loaded only to verify longer terms). */
export function positionShardsOf(positions: ReadonlyMap<string, FlatPositions>, shardBytes: number): Shard[] {
  return shardsOf(
    [...positions.keys()].sort(ascending),
    (token) => positionsOf(positions.get(token)!),
    encodeTokenPositions,
    joinPositionShard,
    shardBytes,
  );
}
