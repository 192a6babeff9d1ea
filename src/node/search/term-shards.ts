/**
 * The term shards: MiniSearch's serialised index entries, with the pair tokens' positions, in token
 * order, cut into files of at most a given size (format/files.ts). Sizes are counted on the texts
 * the codec writes, so a shard's JSON is never larger than asked.
 */
import { encodeTermEntry, encodeTokenPositions, joinTermShard } from "../../search/format/codec";
import type { IndexEntry, PairPositions } from "../../search/format/files";
import { pack } from "./pack";
import { positionsOf, type FlatPositions } from "./pair-positions";

const utf8Bytes = (text: string) => Buffer.byteLength(text);

/** What every shard holds besides its tokens. */
const SHARD_FRAME_BYTES = utf8Bytes(joinTermShard([], []));

/** One token's texts in a shard: its entry and, for a pair token, its positions. */
interface TokenTexts {
  readonly entry: string;
  readonly positions: string | undefined;
  /** Both texts' bytes, each with the comma that may follow it. */
  readonly bytes: number;
}

function textsOf(entry: IndexEntry, positions: PairPositions | undefined): TokenTexts {
  const entryText = encodeTermEntry(entry);
  const positionsText = positions && encodeTokenPositions(entry[0], positions);
  return {
    entry: entryText,
    positions: positionsText,
    bytes: utf8Bytes(entryText) + 1 + (positionsText === undefined ? 0 : utf8Bytes(positionsText) + 1),
  };
}

/** The bytes `"key":value,` adds to a JSON object. */
const memberBytes = (key: number, valueText: string) => String(key).length + 4 + utf8Bytes(valueText);

/**
 * One token's postings (and pair positions) cut by article id into parts whose texts take at most
 * `maxBytes`: a token in most articles of a large help center would not fit one file.
 */
function splitToken(entry: IndexEntry, positions: PairPositions | undefined, maxBytes: number): TokenTexts[] {
  const [token, byField] = entry;
  const ids = [...new Set(Object.values(byField).flatMap((byDoc) => Object.keys(byDoc)))].map(Number).sort((a, b) => a - b);
  const docBytes = (id: number) => {
    let bytes = 0;
    for (const field in byField) {
      const tf = byField[field]![id];
      if (tf !== undefined) bytes += memberBytes(id, String(tf));
    }
    if (positions)
      for (const field in positions) {
        const list = positions[field]![id];
        if (list) bytes += memberBytes(id, JSON.stringify(list));
      }
    return bytes;
  };
  // A part with every field but no article: what each part holds besides its articles.
  const emptyOf = <T>(byFieldOf: Record<string, T>) => Object.fromEntries(Object.keys(byFieldOf).map((field) => [field, {}]));
  const frame = textsOf([token, emptyOf(byField)], positions && emptyOf(positions)).bytes;
  return pack(ids, docBytes, Math.max(1, maxBytes - frame)).map((group) => {
    const partFields: IndexEntry[1] = {};
    const partPositions: PairPositions = {};
    for (const id of group) {
      for (const field in byField) {
        const tf = byField[field]![id];
        if (tf !== undefined) (partFields[field] ??= {})[id] = tf;
      }
      if (positions)
        for (const field in positions) {
          const list = positions[field]![id];
          if (list) (partPositions[field] ??= {})[id] = list;
        }
    }
    return textsOf([token, partFields], positions && partPositions);
  });
}

/**
 * Term shards in token order, each at most `shardBytes` of JSON, written as text as they fill:
 * each token's entry and positions are encoded once. A token too big for one shard starts a new
 * shard and fills as many as it needs, each starting with it (see shardsHolding).
 */
export function termShardsOf(entries: IndexEntry[], positions: Map<string, FlatPositions>, shardBytes: number) {
  const sorted = entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const room = shardBytes - SHARD_FRAME_BYTES;
  const shards: { bound: string; body: string }[] = [];
  let open: { bound: string; entries: string[]; positions: string[]; bytes: number } | undefined;
  const close = () => {
    if (open) shards.push({ bound: open.bound, body: joinTermShard(open.entries, open.positions) });
    open = undefined;
  };
  const add = (token: string, texts: TokenTexts, fresh: boolean) => {
    if (!open || fresh || open.bytes + texts.bytes > room) {
      close();
      open = { bound: token, entries: [], positions: [], bytes: 0 };
    }
    open.entries.push(texts.entry);
    if (texts.positions !== undefined) open.positions.push(texts.positions);
    open.bytes += texts.bytes;
  };
  for (const entry of sorted) {
    const token = entry[0];
    const flat = positions.get(token);
    const found = flat ? positionsOf(flat) : undefined;
    const texts = textsOf(entry, found);
    if (texts.bytes <= room) add(token, texts, false);
    else for (const part of splitToken(entry, found, room)) add(token, part, true);
  }
  close();
  return shards;
}
