/** A built site served locally for the benchmarks that drive a browser (compare.ts, eval/run.ts). */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** scripts/serve.mjs over `dir` at the root path; `log` (if not empty) receives every requested path. */
export function serveSite(dir: string, port: number, log = ""): ChildProcess {
  return spawn(process.execPath, ["scripts/serve.mjs", "--dir", dir, "--port", String(port)], {
    env: { ...process.env, BASE_PATH: "/", SERVE_LOG: log },
    stdio: "ignore",
  });
}

/** Waits up to a minute: over tens of thousands of pages the server lists its files for a while before it listens. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Marks each article page's `<article>` so Pagefind indexes only the article text, as Starlight does with its content area. */
export async function markPagefindBody(site: string): Promise<void> {
  for (const file of await filesUnder(path.join(site, "articles"))) {
    if (file.endsWith(".html"))
      await writeFile(file, (await readFile(file, "utf8")).replace("<article class=", "<article data-pagefind-body class="));
  }
}

/**
 * A copy of a built site for Pagefind to index and serve. Without the site's `_headers`: its
 * Content-Security-Policy (no inline script, no WebAssembly) is this site's, and would stop
 * Pagefind's WASM and the benchmark's query page from running.
 */
export async function copyForPagefind(dist: string, site: string): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await cp(dist, site, { recursive: true });
  await rm(path.join(site, "_headers"), { force: true });
}

/** A TCP port nothing listens on right now, for a server of our own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
