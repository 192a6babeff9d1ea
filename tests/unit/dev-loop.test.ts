// `npm run dev` on a content folder of its own: an edited title is served within 2 s, and a content
// error shows in the dev overlay naming the file and the field, then clears when it is fixed.
import { afterAll, beforeAll, expect, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const PORT = 4480 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}/`;
let dir = "";
let server: ChildProcess | undefined;
let output = "";

const article = (title: string, updated = "2025-03-01") =>
  `---\ntitle: ${title}\ncategory: [서비스, 섹션, 주제]\nupdated: ${updated}\n---\n\n본문입니다. 챗봇을 설정합니다.\n`;

async function page(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(BASE + url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/** Polls `url` until `done` holds; returns how long it took. */
async function until(url: string, done: (r: { status: number; text: string }) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const result = await page(url);
    if (done(result)) return performance.now() - started;
    if (performance.now() - started > timeoutMs)
      throw new Error(`${url}: not done after ${timeoutMs} ms (status ${result.status})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "help-dev-"));
  await writeFile(
    path.join(dir, "categories.yaml"),
    "- label: 서비스\n  slug: service\n  children:\n    - label: 섹션\n      slug: section\n      children:\n        - label: 주제\n          slug: topic\n",
  );
  await writeFile(path.join(dir, "first.md"), article("처음 제목"));
  await writeFile(path.join(dir, "second.md"), article("다른 도움말"));
  // Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro's Vite server runs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST")));
  server = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "dev", "--port", String(PORT), "--host", "127.0.0.1"], {
    env: { ...env, CONTENT_DIR: dir, BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await until("articles/first/", (r) => r.status === 200 && r.text.includes("처음 제목"), 90_000);
}, 120_000);

afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

test("an edited title is served within 2 s", async () => {
  await writeFile(path.join(dir, "first.md"), article("바뀐 제목"));
  const ms = await until("articles/first/", (r) => r.text.includes("바뀐 제목"), 10_000);
  expect(ms).toBeLessThan(2_000);
}, 20_000);

test("the search page's files are served as the page asks for them (no trailing slash), so search works", async () => {
  const search = await page("search/?q=%EC%B1%97%EB%B4%87");
  expect(search.status).toBe(200);
  const metaUrl = /data-meta-url="([^"]+)"/.exec(search.text)?.[1];
  expect(metaUrl).toMatch(/search-data\/meta\.[0-9a-f]+\.json$/);
  const meta = await page(metaUrl!.replace(/^\//, ""));
  expect(meta.status).toBe(200);
  expect(JSON.parse(meta.text)).toHaveProperty("documentCount", 2);
}, 30_000);

test("a content error shows in the overlay naming file and field, and clears when fixed", async () => {
  await writeFile(path.join(dir, "second.md"), article("다른 도움말", "2025-13-45"));
  // The page answers with Astro's error overlay, which shows the error's message; the terminal has it too.
  await until("articles/first/", (r) => r.status === 500 && r.text.includes("<title>ContentError</title>"), 10_000);
  expect(output).toMatch(/second\.md › updated: "2025-13-45" is not a date written YYYY-MM-DD/);
  await writeFile(path.join(dir, "second.md"), article("고친 도움말"));
  await until("articles/second/", (r) => r.status === 200 && r.text.includes("고친 도움말"), 10_000);
  expect((await page("articles/first/")).status).toBe(200);
}, 30_000);
