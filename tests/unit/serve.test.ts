// The static server of `npm start` and the browser tests: malformed and hostile requests get an
// answer, never a crash, and the server keeps serving afterwards.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { request } from "node:http";

const PORT = 4790 + Math.floor(Math.random() * 100);
let dir = "";
let server: ChildProcess | undefined;
let stderr = "";

/** A raw request: the path is sent as written, not normalised by a URL parser. */
function send(method: string, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: PORT, method, path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
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

  test("HEAD answers with the status and no body", async () => {
    const answer = await send("HEAD", "/search/");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");
    expect((await send("GET", "/search/")).body).toContain("search");
  });
});
