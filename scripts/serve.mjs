// Serves dist/ as a plain static host would (no rewrites, no server logic), under BASE_PATH.
// Used by `npm start` and the browser tests. Usage: node scripts/serve.mjs [--port N] [--dir dist]
import { createServer } from "node:http";
import { appendFile, readFile, stat } from "node:fs/promises";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = path.resolve(option("dir", "dist"));
const port = Number(option("port", process.env.PORT || "4321"));
const base = `/${(process.env.BASE_PATH || "/").split("/").filter(Boolean).join("/")}/`.replace("//", "/");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
};

/** The file a URL path names under `root`, or null; throws URIError on a malformed escape. */
async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      // Like a plain static host: a directory URL must end with a slash to get its index.html.
      if (!urlPath.endsWith("/")) return null;
      return path.join(target, "index.html");
    }
    return target;
  } catch {
    return null;
  }
}

// SERVE_LOG=file appends each requested path: benchmarks count exactly what a page fetched.
const requestLog = process.env.SERVE_LOG;

async function send(req, res, status, type, body) {
  res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

async function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (requestLog) await appendFile(requestLog, `${url.pathname}\n`);
  let file;
  try {
    file = await fileFor(url.pathname);
  } catch {
    // A malformed escape such as /%E0%A4%A: the request is bad, the server is fine.
    return send(req, res, 400, "text/plain; charset=utf-8", Buffer.from("Bad request"));
  }
  const body = file ? await readFile(file).catch(() => null) : null;
  if (body) return send(req, res, 200, TYPES[path.extname(file)] ?? "application/octet-stream", body);
  const notFound = await readFile(path.join(root, "404.html")).catch(() => Buffer.from("Not found"));
  return send(req, res, 404, "text/html; charset=utf-8", notFound);
}

// No request may stop the server: whatever a handler throws becomes a 500 for that request alone.
const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(
    `Help center: http://localhost:${port}${base}  (serving ${path.relative(process.cwd(), root) || "."}; Ctrl+C to stop)`,
  );
});
