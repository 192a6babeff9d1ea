/**
 * The term shards: MiniSearch's serialised index entries, with the pair tokens' positions, in token
 * order, cut into files of about the same size (format/files.ts).
 */
import type { IndexEntry, PairPositions } from "../../search/format/files";
import { jsonBytes } from "./file-size";
import { pack } from "./pack";
import { positionsOf, type FlatPositions } from "./pair-positions";

interface ShardPart {
  readonly entry: IndexEntry;
  readonly positions: PairPositions | undefined;
}

/**
 * One token's postings (and pair positions) cut by article id into parts of at most `maxBytes`:
 * a token in most articles of a large help center would not fit one file.
 */
function splitToken(entry: IndexEntry, positions: PairPositions | undefined, maxBytes: number): ShardPart[] {
  const [token, byField] = entry;
  const ids = [...new Set(Object.values(byField).flatMap((byDoc) => Object.keys(byDoc)))].map(Number).sort((a, b) => a - b);
  const docBytes = (id: number) => {
    let bytes = 0;
    for (const field in byField) if (byField[field]![id] !== undefined) bytes += String(id).length + 8;
    if (positions)
      for (const field in positions) if (positions[field]![id]) bytes += jsonBytes(positions[field]![id]) + String(id).length + 4;
    return bytes;
  };
  const overhead = jsonBytes(token) + 64;
  return pack(ids, docBytes, Math.max(1, maxBytes - overhead)).map((group) => {
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
    return { entry: [token, partFields], positions: positions ? partPositions : undefined };
  });
}

/**
 * Term shards in token order, each at most `shardBytes` of JSON, written as JSON text as they
 * fill: each token's entry and positions are turned into JSON once. A token too big for one shard
 * starts a new shard and fills as many as it needs, each starting with it (see shardsHolding).
 */
export function termShardsOf(entries: IndexEntry[], positions: Map<string, FlatPositions>, shardBytes: number) {
  const sorted = entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards: { bound: string; body: string }[] = [];
  let open: { bound: string; entries: string[]; positions: string[]; bytes: number } | undefined;
  const close = () => {
    if (open)
      shards.push({
        bound: open.bound,
        body: `{"entries":[${open.entries.join(",")}],"positions":{${open.positions.join(",")}}}`,
      });
    open = undefined;
  };
  const add = (token: string, entryJson: string, positionsJson: string | undefined, fresh: boolean) => {
    const bytes =
      Buffer.byteLength(entryJson) +
      (positionsJson === undefined ? 0 : Buffer.byteLength(positionsJson) + Buffer.byteLength(token) + 4) +
      2;
    if (!open || fresh || open.bytes + bytes > shardBytes) {
      close();
      open = { bound: token, entries: [], positions: [], bytes: 32 };
    }
    open.entries.push(entryJson);
    if (positionsJson !== undefined) open.positions.push(`${JSON.stringify(token)}:${positionsJson}`);
    open.bytes += bytes;
  };
  for (const entry of sorted) {
    const token = entry[0];
    const flat = positions.get(token);
    const found = flat ? positionsOf(flat) : undefined;
    const entryJson = JSON.stringify(entry);
    const positionsJson = found ? JSON.stringify(found) : undefined;
    const bytes =
      Buffer.byteLength(entryJson) + (positionsJson ? Buffer.byteLength(positionsJson) + Buffer.byteLength(token) + 4 : 0);
    if (bytes + 34 <= shardBytes) add(token, entryJson, positionsJson, false);
    else
      for (const part of splitToken(entry, found, shardBytes - 34))
        add(token, JSON.stringify(part.entry), part.positions ? JSON.stringify(part.positions) : undefined, true);
  }
  close();
  return shards;
}
