// The static server of `npm start` and the browser tests: malformed and hostile requests get an
// answer, never a crash, and the server keeps serving afterwards.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, utimes, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { request, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const PORT = 4790 + Math.floor(Math.random() * 100);
let dir = "";
let server: ChildProcess | undefined;
let stderr = "";

interface Answer {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/** A raw request: the path is sent as written, not normalised by a URL parser. Bodies are decoded. */
function send(method: string, rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: PORT, method, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        // A HEAD answer says how its body would be encoded, and has none.
        const body =
          raw.length === 0 ? raw : encoding === "br" ? brotliDecompressSync(raw) : encoding === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, body: body.toString("utf8"), headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "serve-"));
  await mkdir(path.join(dir, "search"));
  await writeFile(path.join(dir, "index.html"), "<h1>home</h1>");
  await writeFile(path.join(dir, "search", "index.html"), "<h1>search</h1>");
  await writeFile(path.join(dir, "404.html"), "<h1>not found</h1>");
  await mkdir(path.join(dir, "_assets"));
  await writeFile(path.join(dir, "_assets", "app.abc123.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
  await writeFile(
    path.join(dir, "_headers"),
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n/_assets/*\n  Cache-Control: public, max-age=31536000, immutable\n",
  );
  server = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", String(PORT)], {
    env: { ...process.env, BASE_PATH: "/" },
  });
  server.stderr?.on("data", (chunk) => (stderr += chunk));
  await new Promise<void>((resolve, reject) => {
    server!.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Help center:")) resolve();
    });
    server!.on("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
});

afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/serve.mjs", () => {
  test.each([
    ["a malformed escape", "/%E0%A4%A", 400],
    ["an escaped path out of the folder", "/..%2f..%2fetc/passwd", 404],
    ["a 10 KB path", `/${"a".repeat(10_000)}`, 404],
    ["a missing page", "/no-such-page/", 404],
  ])("%s gets an answer, and the server lives on", async (_, rawPath, status) => {
    const answer = await send("GET", rawPath);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain("root:");
    const home = await send("GET", "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("home");
    expect(server?.exitCode).toBeNull();
  });

  test("a range request gets its bytes; a range it cannot serve gets the whole file", async () => {
    const part = await send("GET", "/_assets/app.abc123.js", { Range: "bytes=0-10" });
    expect(part.status).toBe(206);
    expect(part.body).toBe("console.log");
    expect(part.headers["content-range"]).toMatch(/^bytes 0-10\/\d+$/);
    for (const range of ["bytes=10-2", "bytes=-5", "pages=1-2", "bytes=a-b"]) {
      const whole = await send("GET", "/_assets/app.abc123.js", { Range: range });
      expect(whole.status, range).toBe(200);
      expect(whole.body.startsWith("console.log(")).toBe(true);
    }
    expect((await send("GET", "/")).status).toBe(200);
  });

  test("other methods are refused with 405, and the server lives on", async () => {
    expect((await send("POST", "/")).status).toBe(405);
    expect((await send("DELETE", "/search/")).status).toBe(405);
    expect((await send("GET", "/")).status).toBe(200);
  });

  test("brotli or gzip as the browser accepts, and the file as written otherwise", async () => {
    const br = await send("GET", "/_assets/app.abc123.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeGreaterThan(5000);
    const gzip = await send("GET", "/_assets/app.abc123.js", { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body).toBe(br.body);
    const plain = await send("GET", "/_assets/app.abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(br.body);
  });

  test("a script or data file is compressed once, and served fresh once it changes; its ETag revalidates", async () => {
    const file = path.join(dir, "_assets", "data.json");
    const accept = { "accept-encoding": "br" };
    await writeFile(file, JSON.stringify({ words: "채널 연결 ".repeat(400) }));
    const first = await send("GET", "/_assets/data.json", accept);
    expect(first.headers["content-encoding"]).toBe("br");
    expect(first.headers["content-type"]).toBe("application/json");
    expect((JSON.parse(first.body) as { words: string }).words).toContain("채널 연결");
    expect((await send("GET", "/_assets/data.json", accept)).body).toBe(first.body);
    const notModified = await send("GET", "/_assets/data.json", { ...accept, "if-none-match": String(first.headers.etag) });
    expect(notModified.status).toBe(304);
    await writeFile(file, JSON.stringify({ words: "결제 카드 ".repeat(500) }));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const changed = await send("GET", "/_assets/data.json", accept);
    expect((JSON.parse(changed.body) as { words: string }).words).toContain("결제 카드");
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  test("fingerprinted assets are cached for a year, pages revalidated; the site's _headers apply", async () => {
    const asset = await send("GET", "/_assets/app.abc123.js");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await send("GET", "/search/");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  test("a folder without its slash redirects, keeping the query; a missing page is the 404 page with 404", async () => {
    const redirect = await send("GET", "/search?q=%EC%B1%97%EB%B4%87");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe("/search/?q=%EC%B1%97%EB%B4%87");
    const missing = await send("GET", "/no/such/page/");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("not found");
    expect(missing.headers["content-security-policy"]).toBe("default-src 'self'");
  });

  test("HEAD answers with the status and no body", async () => {
    const answer = await send("HEAD", "/search/");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");
    expect((await send("GET", "/search/")).body).toContain("search");
  });

  test("HEAD answers with the headers GET would send, compression included (a CDN caches them)", async () => {
    const accept = { "accept-encoding": "br, gzip" };
    const [head, get] = [
      await send("HEAD", "/_assets/app.abc123.js", accept),
      await send("GET", "/_assets/app.abc123.js", accept),
    ];
    expect(get.headers["content-encoding"]).toBe("br");
    for (const name of ["content-encoding", "content-type", "vary", "cache-control", "content-security-policy", "etag"]) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
    expect(head.body).toBe("");
  });
});
