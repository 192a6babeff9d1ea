// A search-event endpoint (docs/deploy/search-log.md): appends each POSTed event to a file, one JSON
// object per line, for `npm run search-report`. Node ≥ 18, no dependencies.
//   SEARCH_LOG=/var/log/help-center/search.ndjson PORT=8787 node search-log-endpoint.mjs
// It stores only the event fields the site sends (anything else in a body is dropped) and never
// reads the caller's address; whatever proxy runs in front of it must not log addresses either.
import { appendFile } from "node:fs/promises";
import { createServer } from "node:http";

const FILE = process.env.SEARCH_LOG ?? "search.ndjson";
const PORT = Number(process.env.PORT ?? 8787);
const MAX_BYTES = 4096; // an event is about 300 bytes; anything much larger is not one
const FIELDS = "type q query count mode category sort page article rank helpful source at view".split(" ");

createServer((req, res) => {
  const reply = (/** @type {number} */ status) => res.writeHead(status, { "Cache-Control": "no-store" }).end();
  if (req.method !== "POST") return reply(405);
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  req.on("data", (/** @type {Buffer} */ chunk) => {
    size += chunk.length;
    if (size <= MAX_BYTES) chunks.push(chunk);
  });
  req.on("end", () => {
    if (size > MAX_BYTES) return reply(413);
    /** @type {unknown} */
    let event;
    try {
      event = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(400);
    }
    if (typeof event !== "object" || event === null || Array.isArray(event)) return reply(400);
    const fields = /** @type {Record<string, unknown>} */ (event);
    const kept = Object.fromEntries(FIELDS.filter((name) => Object.hasOwn(fields, name)).map((name) => [name, fields[name]]));
    // JSON.stringify never writes a line break, so one request is always one line.
    appendFile(FILE, `${JSON.stringify(kept)}\n`).then(
      () => reply(204),
      (/** @type {NodeJS.ErrnoException} */ error) => {
        console.error(`cannot append to ${FILE}: ${error.code ?? error.message}`);
        reply(500);
      },
    );
  });
}).listen(PORT, "127.0.0.1", () => console.log(`search events: POST http://127.0.0.1:${PORT}/ → ${FILE}`));
