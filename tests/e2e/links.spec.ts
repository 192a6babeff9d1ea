/**
 * Link crawl over the built site on disk (.tmp/site-root for `root`, .tmp/site-help for `subpath`):
 * every href/src in every page (a, link, script, img, plus form actions, srcset, the search page's
 * data-*-url attributes and JSON-LD breadcrumb items) must stay under the base path and point at a
 * file that exists. A directory URL must end with `/` and hold an index.html, as on a plain static host.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import path from "node:path";
import { test, expect } from "@playwright/test";

const SITE_DIRS: Record<string, string> = { root: ".tmp/site-root", subpath: ".tmp/site-help" };
/** SITE_URL of the root build: absolute links to it (canonical, JSON-LD) are internal too. */
const SITE_ORIGINS: Record<string, string | undefined> = { root: "https://help.example.com", subpath: undefined };

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.name.endsWith(".html")) found.push(full);
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

interface Reference {
  /** e.g. `a href`, `img src`, `json-ld item`. */
  where: string;
  value: string;
  /** A URL prefix (a folder the script appends names to), not a page: the folder must exist. */
  prefix?: boolean;
}

const TAG = /<(a|link|script|img|source|form)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every URL-valued attribute in the page, and the `item` URLs of its JSON-LD. */
function references(html: string): Reference[] {
  const found: Reference[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      const key = attribute[1]!.toLowerCase();
      const raw = attribute[2] ?? attribute[3] ?? attribute[4];
      if (raw === undefined) continue;
      const value = decodeEntities(raw).trim();
      if (key === "href" || key === "src" || (key === "action" && name === "form")) {
        found.push({ where: `${name} ${key}`, value });
      } else if (key === "srcset") {
        for (const candidate of value.split(",")) {
          const candidateUrl = candidate.trim().split(/\s+/)[0];
          if (candidateUrl) found.push({ where: `${name} srcset`, value: candidateUrl });
        }
      }
    }
  }
  // The search page hands URLs to its script in data attributes: files (data-*-url) and the
  // folder article links are built under (data-*-base).
  for (const data of html.matchAll(/\s(data-[a-z-]*-(url|base))\s*=\s*"([^"]*)"/gi)) {
    // FEEDBACK_URL is where answers are POSTed (another service), not a file of the site.
    if (data[1] === "data-feedback-url") continue;
    found.push({ where: data[1]!, value: decodeEntities(data[3]!), prefix: data[2] === "base" });
  }
  for (const script of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(script[1]!);
    } catch (error) {
      found.push({ where: `json-ld (does not parse: ${String(error)})`, value: "" });
      continue;
    }
    const items = (data as { itemListElement?: { item?: unknown }[] }).itemListElement ?? [];
    for (const item of items) if (typeof item.item === "string") found.push({ where: "json-ld item", value: item.item });
  }
  return found;
}

test("every internal link, asset and form action in the built site resolves", ({ baseURL }, testInfo) => {
  const siteDir = SITE_DIRS[testInfo.project.name];
  expect(siteDir, `no built folder known for project ${testInfo.project.name}`).toBeDefined();
  const root = path.resolve(siteDir!);
  expect(existsSync(path.join(root, "index.html")), `${root} is not built (run npm run test:e2e without E2E_SKIP_BUILD)`).toBe(
    true,
  );

  const base = new URL(baseURL!);
  const basePath = base.pathname; // "/" or "/help/"
  const siteOrigin = SITE_ORIGINS[testInfo.project.name];

  /** Why the URL is broken, or undefined when it maps to an existing file under the base path. */
  const problem = (target: URL, prefix = false): string | undefined => {
    if (!target.pathname.startsWith(basePath)) return `leaves the base path ${basePath}`;
    let relative: string;
    try {
      relative = decodeURIComponent(target.pathname.slice(basePath.length));
    } catch {
      return "has a malformed %-escape";
    }
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return "escapes the site folder";
    if (!existsSync(file)) return "no such file";
    if (prefix) return statSync(file).isDirectory() && target.pathname.endsWith("/") ? undefined : "not a folder URL ending in /";
    if (statSync(file).isDirectory()) {
      if (!target.pathname.endsWith("/")) return "directory URL without a trailing slash";
      if (!existsSync(path.join(file, "index.html"))) return "directory without index.html";
    } else if (target.pathname.endsWith("/")) {
      return "trailing slash on a file";
    }
    return undefined;
  };

  const pages = htmlFiles(root);
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    // Where the page is served: directory index pages at their folder URL. 404.html is served at
    // any unknown URL, so its links must also work from a deep, made-up URL.
    const pageUrls =
      relative === "404.html"
        ? [new URL("404.html", base), new URL("no/such/deep/page/", base)]
        : [new URL(relative.replace(/(^|\/)index\.html$/, "$1"), base)];
    const html = readFileSync(file, "utf8");
    for (const reference of references(html)) {
      const { value, where } = reference;
      if (where.startsWith("json-ld (")) {
        broken.push(`${relative}: ${where}`);
        continue;
      }
      if (value === "" || value.startsWith("#")) continue;
      if (/^(mailto|tel|data|javascript):/i.test(value)) {
        if (/^javascript:/i.test(value)) broken.push(`${relative}: ${where}="${value}" (javascript: URL)`);
        continue;
      }
      for (const pageUrl of pageUrls) {
        let target: URL;
        try {
          target = new URL(value, pageUrl);
        } catch {
          broken.push(`${relative}: ${where}="${value}" does not parse as a URL`);
          continue;
        }
        if (siteOrigin && target.origin === siteOrigin) {
          // An absolute link to the published site: check the same path locally.
          target = new URL(target.pathname + target.search, base);
        } else if (target.origin !== base.origin) {
          if (/^https?:$/.test(target.protocol)) continue; // another host
          broken.push(`${relative}: ${where}="${value}" has an unexpected scheme`);
          continue;
        }
        checked++;
        const why = problem(target, reference.prefix);
        if (why) {
          const from = pageUrls.length > 1 ? ` (from ${pageUrl.pathname})` : "";
          broken.push(`${relative}: ${where}="${value}" → ${target.pathname}${from}: ${why}`);
        }
      }
    }
  }

  // A crawl that finds nothing proves nothing: the site has home, search, 404, categories and articles.
  expect(pages.length).toBeGreaterThan(150);
  expect(checked).toBeGreaterThan(pages.length * 5);
  const unique = [...new Set(broken)];
  expect(unique, `${unique.length} broken link(s) in ${path.relative(process.cwd(), root)}:\n${unique.join("\n")}`).toEqual([]);
});

test("every built page is valid HTML and ends with its </html>", async ({ baseURL }, testInfo) => {
  expect(baseURL).toBeDefined();
  const root = path.resolve(SITE_DIRS[testInfo.project.name] ?? ".tmp/site-root");
  // html-validate's `standard` rules: what the HTML standard requires (content models, nesting,
  // attributes, duplicate ids), none of its style opinions.
  const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
  const problems: string[] = [];
  const pages = htmlFiles(root);
  for (const file of pages) {
    const relative = path.relative(root, file);
    const html = readFileSync(file, "utf8");
    // A parser moves a script after </html> into <body> without a word (and html-validate says
    // nothing), but it is not what was written: a page-level <script> outside the layout.
    if (!/<\/html>\s*$/.test(html)) problems.push(`${relative}: something after </html>`);
    const report = await validator.validateString(html, relative);
    for (const result of report.results)
      for (const message of result.messages) problems.push(`${relative}:${message.line}: ${message.ruleId}: ${message.message}`);
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
