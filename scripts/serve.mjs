// @ts-check
// Serves a built site (dist/) the way a good static host does, under BASE_PATH: sirv for the
// files (cached file list, ETags, ranges), brotli/gzip (each script, style and data file compressed
// once and kept, as a CDN's edge keeps it; anything else through the compression middleware), the headers of the
// site's own `_headers` file (the CSP, immutable caching of fingerprinted assets and search files),
// `no-cache` for everything else, `/search` → `/search/` redirects, and the site's 404 page with
// status 404. Used by `npm start`, the browser tests and the benchmarks.
// Usage: node scripts/serve.mjs [--port N] [--dir dist]
import { createServer } from "node:http";
import { appendFile, readFile, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sirv from "sirv";
import compression from "compression";
import { parseArgs } from "node:util";
import { basePath } from "./site-settings.mjs";

/** @type {{ dir: string, port?: string }} */
let options;
try {
  ({ values: options } = parseArgs({ options: { dir: { type: "string", default: "dist" }, port: { type: "string" } } }));
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\nusage: node scripts/serve.mjs [--dir dist] [--port 4321]`);
  process.exit(2);
}
const root = path.resolve(options.dir);
const port = Number(options.port ?? (process.env["PORT"] || "4321"));
const base = basePath(process.env["BASE_PATH"]);
// SERVE_LOG=file appends each requested path: benchmarks count exactly what a page fetched.
const requestLog = process.env["SERVE_LOG"];

/**
 * `_headers` rules (Netlify / Cloudflare Pages format: a path pattern, then indented `Name: value`
 * lines), as `[pattern, headers]` with `*` matching anything.
 * @returns {[RegExp, [string, string][]][]}
 */
function readHeaderRules() {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return [];
  /** @type {[RegExp, [string, string][]][]} */
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push([new RegExp(`^${pattern}$`), []]);
    } else {
      const at = line.indexOf(":");
      const rule = rules[rules.length - 1];
      if (rule && at > 0) rule[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

const files = sirv(root, {
  etag: true,
  // Paths outside the site and dotfiles are never served; sirv lists the files once at start.
  dotfiles: false,
  setHeaders(res, pathname) {
    res.setHeader("Cache-Control", "no-cache");
    applyHeaders(res, base + pathname.replace(/^\//, ""));
  },
});
const compress = compression();
const notFoundPage = path.join(root, "404.html");

/** @param {import("node:http").ServerResponse} res @param {string} urlPath */
function applyHeaders(res, urlPath) {
  for (const [pattern, headers] of headerRules) {
    if (pattern.test(urlPath)) for (const [name, value] of headers) res.setHeader(name, value);
  }
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {number} status @param {string} type @param {Buffer} body */
function send(req, res, status, type, body) {
  res.statusCode = status;
  res.setHeader("Content-Type", type);
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
async function notFound(req, res) {
  applyHeaders(res, base);
  const body = await readFile(notFoundPage).catch(() => Buffer.from("Not found"));
  send(req, res, 404, "text/html; charset=utf-8", body);
}

/**
 * Types of the files a page fetches by the dozen (scripts, styles, search data), compressed once and
 * kept: compressing each on every request would make this server, not the page, the bottleneck of a
 * page that fetches fourteen files at once. The types are sirv's for these extensions.
 */
const EDGE_CACHED = new Map([
  [".js", "text/javascript"],
  [".mjs", "text/javascript"],
  [".css", "text/css"],
  [".json", "application/json"],
  [".svg", "image/svg+xml"],
]);
/** As the compression middleware: a body smaller than this gains nothing from compression. */
const COMPRESS_FROM_BYTES = 1024;
/** The kept bodies' total size; past it the oldest go (a 50,000-article site's search files are ~60 MB compressed). */
const EDGE_CACHE_BYTES = 256 * 2 ** 20;
/** `encoding:file:mtime` → compressed body, oldest first. @type {Map<string, Buffer>} */
const edgeCache = new Map();
let edgeCacheBytes = 0;
/** @type {Record<"br" | "gzip", (body: Buffer) => Promise<Buffer>>} */
const compressors = {
  br: (/** @type {Buffer} */ body) =>
    promisify(brotliCompress)(body, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (/** @type {Buffer} */ body) => promisify(gzip)(body),
};

/**
 * Serves a script, style or data file compressed from the kept copy, with the headers sirv and the
 * compression middleware would send (ETag as sirv makes it, so revalidation works either way).
 * Returns false when the request is not one for it (a range, no compression accepted, another type,
 * a small or missing file): sirv serves it then.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string} relative
 */
async function serveCompressed(req, res, relative) {
  const type = EDGE_CACHED.get(path.extname(relative));
  if (!type || req.headers.range) return false;
  const accepted = String(req.headers["accept-encoding"] ?? "");
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : undefined;
  if (!encoding) return false;
  const name = decodeURIComponent(relative);
  const file = path.join(root, name);
  // As sirv: nothing outside the site, no dotfiles.
  if (!file.startsWith(root + path.sep) || name.split("/").some((part) => part.startsWith("."))) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size < COMPRESS_FROM_BYTES) return false;
  const etag = `W/"${info.size}-${info.mtime.getTime()}"`;
  res.setHeader("Content-Type", type);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("ETag", etag);
  res.setHeader("Cache-Control", "no-cache");
  applyHeaders(res, base + relative);
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const key = `${encoding}:${file}:${info.mtimeMs}`;
  let body = edgeCache.get(key);
  if (!body) {
    body = await compressors[encoding](await readFile(file));
    edgeCache.set(key, body);
    edgeCacheBytes += body.length;
    for (const [oldKey, old] of edgeCache) {
      if (edgeCacheBytes <= EDGE_CACHE_BYTES) break;
      edgeCache.delete(oldKey);
      edgeCacheBytes -= old.length;
    }
  }
  res.statusCode = 200;
  res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/** A `Range` sirv answers correctly (`bytes=a-b` with a ≤ b, or `bytes=a-`); anything else is served whole, as RFC 9110 allows. */
const USABLE_RANGE = /^bytes=(\d+)-(\d*)$/;

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
async function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (requestLog) await appendFile(requestLog, `${url.pathname}\n`);
  try {
    decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape such as /%E0%A4%A: the request is bad, the server is fine.
    return send(req, res, 400, "text/plain; charset=utf-8", Buffer.from("Bad request"));
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(req, res, 405, "text/plain; charset=utf-8", Buffer.from("Method not allowed"));
  }
  if (!url.pathname.startsWith(base)) return notFound(req, res);
  const relative = url.pathname.slice(base.length);
  // A folder without its slash (`/search`): redirect, so the page's relative URLs resolve as built.
  if (relative && !relative.endsWith("/") && !path.extname(relative)) {
    const folder = path.resolve(root, decodeURIComponent(relative));
    if (folder.startsWith(root + path.sep) && existsSync(path.join(folder, "index.html"))) {
      res.statusCode = 301;
      res.setHeader("Location", `${url.pathname}/${url.search}`);
      return res.end();
    }
  }
  const range = req.headers.range;
  if (range !== undefined) {
    const match = USABLE_RANGE.exec(range);
    if (!match || (match[2] && Number(match[2]) < Number(match[1]))) delete req.headers.range;
  }
  if (await serveCompressed(req, res, relative)) return;
  req.url = `/${relative}${url.search}`;
  // Ranges are served as they are on disk; everything else may be compressed.
  const serve = () => files(req, res, () => void notFound(req, res).catch(() => res.end()));
  if (req.headers.range) return serve();
  // HEAD must answer with GET's headers (a CDN caches them): compression skips HEAD requests, so it
  // is handled as a GET here; Node still sends no body, since the response was made for a HEAD.
  if (req.method === "HEAD") req.method = "GET";
  // compression is Express middleware; Node's own request and response are what it works on.
  compress(
    /** @type {Parameters<typeof compress>[0]} */ (/** @type {unknown} */ (req)),
    /** @type {Parameters<typeof compress>[1]} */ (/** @type {unknown} */ (res)),
    serve,
  );
}

// No request may stop the server: whatever a handler throws becomes a 500 for that request alone.
const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
});
// A client that sends garbage (not HTTP) gets a 400 and the connection closes; the server lives on.
server.on("clientError", (_error, socket) => {
  if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  else socket.destroy();
});

server.listen(port, "127.0.0.1", () => {
  console.log(
    `Help center: http://localhost:${port}${base}  (serving ${path.relative(process.cwd(), root) || "."}; Ctrl+C to stop)`,
  );
});
