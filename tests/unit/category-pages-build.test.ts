// A 2,000-article generated help center (npm run corpus) built for real: every category page stays
// under the size bound however many articles sit below it, long lists are paged at stable URLs,
// article pages list a bounded "more in this topic", and the sitemap holds every page.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { corpusFiles, generateCorpus } from "../../bench/corpus";

const MAX_CATEGORY_HTML = 60 * 1024;
let dir = "";
let dist = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "corpus-2000-"));
  dist = path.join(dir, "dist");
  for (const [name, text] of corpusFiles(generateCorpus(2000))) {
    const file = path.join(dir, "content", name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  const result = spawnSync("astro", ["build", "--outDir", dist, "--silent"], {
    encoding: "utf8",
    env: {
      ...process.env,
      CONTENT_DIR: path.join(dir, "content"),
      SITE_URL: "https://help.example.com",
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function pagesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name === "index.html").map((e) => path.join(e.parentPath, e.name));
}

describe("a 2,000-article help center", () => {
  test(`no category page's HTML exceeds ${MAX_CATEGORY_HTML / 1024} KB`, async () => {
    const pages = await pagesUnder(path.join(dist, "categories"));
    expect(pages.length).toBeGreaterThan(50);
    const sizes = await Promise.all(pages.map(async (file) => ({ file, size: (await stat(file)).size })));
    const largest = sizes.sort((a, b) => b.size - a.size)[0]!;
    expect(largest.size, path.relative(dist, largest.file)).toBeLessThanOrEqual(MAX_CATEGORY_HTML);
  });

  test("a service's articles are paged at categories/<path>/page/N/", async () => {
    const services = (await readdir(path.join(dist, "categories"), { withFileTypes: true })).filter((e) => e.isDirectory());
    const service = services[0]!.name;
    const paged = await readdir(path.join(dist, "categories", service, "page"));
    expect(paged.length).toBeGreaterThan(5);
    const last = Math.max(...paged.map(Number));
    const html = await readFile(path.join(dist, "categories", service, "page", String(last), "index.html"), "utf8");
    expect(html).toContain(`<link rel="prev" href="/categories/${service}/page/${last - 1}/">`);
    expect(html).not.toContain('rel="next"');
    expect(html).toMatch(new RegExp(`<title>[^<]*\\(${last}페이지\\)`));
  });

  test("article pages list at most 8 more in their topic, with a link to the rest", async () => {
    const pages = await pagesUnder(path.join(dist, "articles"));
    let linked = 0;
    for (const file of pages.slice(0, 200)) {
      const html = await readFile(file, "utf8");
      const section = /<section aria-labelledby="related-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
      expect((section.match(/<li /g) ?? []).length).toBeLessThanOrEqual(8);
      if (section.includes("도움말 전체 보기")) linked++;
    }
    expect(linked).toBeGreaterThan(0);
  });

  test("the sitemap lists every page of every category", async () => {
    const sitemap = await readFile(path.join(dist, "sitemap.xml"), "utf8");
    const pagedDirs = (await pagesUnder(path.join(dist, "categories"))).map((file) => path.relative(dist, path.dirname(file)));
    for (const page of pagedDirs) expect(sitemap).toContain(`<loc>https://help.example.com/${page}/</loc>`);
  });
});
