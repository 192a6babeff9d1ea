// What the documentation converters (convert-react-docs.ts, convert-vue-docs.ts) share: last-commit
// dates from git, the category tree checks and categories.yaml, article front matter, and the
// Markdown pass that leaves fenced code alone, converts the prose between fences with a
// converter-specific function, shifts headings to start at ##, and dedents what MDX or HTML
// blocks had indented.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, stringify } from "yaml";

/** Used for `updated` when no git history is available; fixed so that output is deterministic. */
export const FALLBACK_DATE = "2026-01-01";
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------
// Git

/** A bare repository (or a .git folder) rather than a checkout: its files are read with `git archive`. */
export function isBareGitDir(dir: string): boolean {
  return existsSync(path.join(dir, "HEAD")) && existsSync(path.join(dir, "objects")) && !existsSync(path.join(dir, "src"));
}

/** The `paths` of a bare repository's HEAD, written into a new temporary folder. */
export function extractFromGit(gitDir: string, paths: readonly string[], prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const archive = execFileSync("git", ["-C", gitDir, "archive", "--format=tar", "HEAD", ...paths], {
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function git(gitDir: string, args: readonly string[]): string {
  // -C rather than --git-dir: works for a bare repository, a .git folder and a work tree alike.
  return execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/**
 * `git log -1 -- <file>`'s committer date (YYYY-MM-DD) for each file, i.e. the last commit that
 * changed it, merges that resolved a conflict in it included (translations sync with upstream by
 * merging); files git does not know are left out.
 */
export function lastCommitDates(gitDir: string | undefined, repoFiles: readonly string[]): Map<string, string> {
  const dates = new Map<string, string>();
  if (!gitDir) return dates;
  for (const file of repoFiles) {
    let date: string;
    try {
      date = git(gitDir, ["log", "-1", "--format=%cs", "HEAD", "--", file]).trim();
    } catch (error) {
      console.warn(`warning: cannot read git history from ${gitDir} (${String(error).split("\n")[0]}); using ${FALLBACK_DATE}`);
      return new Map();
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(file, date);
  }
  return dates;
}

/** An article slug from a site path: `/reference/react/useState` → `reference-react-usestate`. */
export function pageSlug(sitePath: string): string {
  return sitePath
    .replace(/^\/+/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

// ---------------------------------------------------------------------------------------------
// Categories and front matter

export interface Category {
  label: string;
  slug: string;
  description?: string;
  children: Category[];
}

/** Checks the tree the way the site does: unique slugs and labels among siblings, 1–3 levels. */
export function checkCategoryTree(roots: readonly Category[], problems: string[]): void {
  const checkLevel = (nodes: readonly Category[], where: string, depth: number) => {
    const seenSlugs = new Set<string>();
    const seenLabels = new Set<string>();
    for (const node of nodes) {
      if (!SLUG.test(node.slug)) problems.push(`${where}${node.label}: bad slug "${node.slug}"`);
      if (seenSlugs.has(node.slug)) problems.push(`${where}${node.label}: duplicate slug "${node.slug}"`);
      if (seenLabels.has(node.label)) problems.push(`${where}: duplicate label "${node.label}"`);
      if (depth > 3) problems.push(`${where}${node.label}: deeper than 3 levels`);
      seenSlugs.add(node.slug);
      seenLabels.add(node.label);
      checkLevel(node.children, `${where}${node.label} › `, depth + 1);
    }
  };
  checkLevel(roots, "", 1);
}

/** categories.yaml: `header` (comment lines) and the tree. */
export function categoriesYaml(roots: readonly Category[], header: string): string {
  const toYaml = (nodes: readonly Category[]): unknown[] =>
    nodes.map((n) => ({
      label: n.label,
      slug: n.slug,
      ...(n.description ? { description: n.description } : {}),
      ...(n.children.length ? { children: toYaml(n.children) } : {}),
    }));
  return header + stringify(toYaml(roots), { lineWidth: 0 });
}

export function countCategories(nodes: readonly Category[]): number {
  return nodes.reduce((n, c) => n + 1 + countCategories(c.children), 0);
}

/** Per service and section: how many pages each holds (and a section's topics). */
export function printCategorySummary(roots: readonly Category[], pages: readonly { readonly labels: readonly string[] }[]): void {
  for (const root of roots) {
    const inService = pages.filter((p) => p.labels[0] === root.label).length;
    console.log(`  ${root.label} (${root.slug}): ${inService} pages`);
    for (const section of root.children) {
      const inSection = pages.filter((p) => p.labels[0] === root.label && p.labels[1] === section.label).length;
      console.log(
        `    ${section.label} (${section.slug}): ${inSection} pages${section.children.length ? `; ${section.children.map((t) => t.label).join(", ")}` : ""}`,
      );
    }
  }
}

/** The source's own front matter, as flat `key: value` text fields, and the body after it. */
export function frontMatterOf(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const field = /^([A-Za-z_]\w*):\s*(.*)$/.exec(line);
    if (!field?.[1]) continue;
    let value = (field[2] ?? "").trim();
    if (/^".*"$/.test(value)) value = JSON.parse(value) as string;
    else if (/^'.*'$/.test(value)) value = value.slice(1, -1).replace(/''/g, "'");
    fields[field[1]] = value;
  }
  return { fields, body: text.slice(match[0].length) };
}

/** This site's front matter for an article. */
export function frontMatter(page: { readonly title: string; readonly labels: readonly string[] }, updated: string): string {
  const doc = new Document({ title: page.title, category: page.labels, updated });
  const category = doc.get("category", true) as { flow?: boolean } | undefined;
  if (category) category.flow = true;
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });

  return `---\n${text}---\n`;
}

export function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join("/"))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Markdown conversion

export interface ConvertStats {
  linksRewritten: number;
  linksToText: number;
  imagesDropped: number;
  componentsRemoved: Map<string, number>;
}

export function newStats(): ConvertStats {
  return { linksRewritten: 0, linksToText: 0, imagesDropped: 0, componentsRemoved: new Map() };
}

export function printStats(stats: ConvertStats): void {
  console.log(
    `links: ${stats.linksRewritten} rewritten to articles, ${stats.linksToText} turned into text (in-page anchors, skipped pages); images dropped: ${stats.imagesDropped}`,
  );
  const components = [...stats.componentsRemoved].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`);
  console.log(`tags removed or unwrapped: ${components.join(", ")}`);
}

// A JSX/HTML tag: name, attributes (quoted strings or {expressions} nested three deep, or {...spread}).
const BRACES = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const ATTRIBUTE = String.raw`\s+(?:[^\s=<>/{}"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|${BRACES}))?|${BRACES})`;
export const TAG = new RegExp(String.raw`<(\/?)([A-Za-z][\w.:-]*)((?:${ATTRIBUTE})*)\s*(\/?)>`, "g");

export function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(
    String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|\x60([^\x60]*)\x60)\s*\})`,
  ).exec(attrs);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5];
}

/** Inline HTML that plain Markdown renders as is (attributes are dropped). */
export const KEEP_HTML = new Set(["em", "strong", "b", "i", "s", "del", "kbd", "br"]);

export const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Text set aside while converting is replaced by NUL + its index + NUL: a character no document contains. */
export const KEPT_MARK = String.fromCharCode(0);
export const KEPT_PLACEHOLDER = new RegExp(`${KEPT_MARK}(\\d+)${KEPT_MARK}`, "g");

/** Text set aside while the prose around it is rewritten: `keep` returns its placeholder, `restore` puts all back. */
export function keeper(): { kept: string[]; keep: (value: string) => string; restore: (text: string) => string } {
  const kept: string[] = [];
  return {
    kept,
    keep: (value) => `${KEPT_MARK}${kept.push(value) - 1}${KEPT_MARK}`,
    restore: (text) => text.replace(KEPT_PLACEHOLDER, (_m, i: string) => kept[Number(i)] ?? ""),
  };
}

/** Where a link of the docs leads: one of the converted articles, another site, or nowhere kept. */
export type LinkTarget = { readonly slug: string } | "external" | "dead";

/** Links to converted pages point at their articles; links to what was not converted become their label; images stay. */
export function rewriteLinks(text: string, resolve: (dest: string) => LinkTarget, stats: ConvertStats): string {
  return text.replace(MARKDOWN_LINK, (all, bang: string, label: string, dest: string) => {
    if (bang) return all;
    const target = resolve(dest);
    if (target === "external") return all;
    if (target === "dead") {
      stats.linksToText++;
      return label;
    }
    stats.linksRewritten++;
    return `[${label}](../${target.slug}/)`;
  });
}

/** The last step of converting prose: anything an HTML parser would take for a tag is text, then what was kept comes back. */
export function finishProse(text: string, restore: (text: string) => string): string {
  return restore(text.replace(/(?<!\\)<(?=[A-Za-z/!?])/g, "&lt;"));
}

/** Inline code spans, exactly as written (a span never crosses a blank line). */
export const CODE_SPAN = /(`+)(?!`)((?:[^`\n]|\n(?![ \t]*\n)|`(?!\1))+?)\1(?!`)/g;

/** Markdown links and images: bang, label, destination, title. */
export const MARKDOWN_LINK =
  /(!?)\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

export const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;

/**
 * Fenced code stays as written (its info string cut to the language); the prose between fences goes
 * through `convertProse`. Then headings are shifted to start at ##, and over-indented prose dedented.
 */
export function convertBody(markdown: string, convertProse: (prose: string) => string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(convertProse(prose.join("\n")));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const open = FENCE_OPEN.exec(line);
    if (!open || (open[2]?.startsWith("`") && (open[3] ?? "").includes("`"))) {
      prose.push(line);
      continue;
    }
    flush();
    const indent = open[1] ?? "";
    const fence = open[2] ?? "```";
    const language = (/^\s*([A-Za-z0-9_+#-]+)/.exec(open[3] ?? "")?.[1] ?? "").toLowerCase();
    out.push(`${indent}${fence}${language}`);
    const close = new RegExp(String.raw`^\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\s*$`);
    let closed = false;
    for (i++; i < lines.length; i++) {
      const inner = lines[i] ?? "";
      if (close.test(inner)) {
        out.push(`${indent}${fence}`);
        closed = true;
        break;
      }
      out.push(inner);
    }
    if (!closed) out.push(`${indent}${fence}`);
  }
  flush();

  // Headings start at ##: shift every prose heading by the same amount.
  let text = out.join("\n");
  const headingLevels = [...stripFences(text).matchAll(/^(#{1,6})[ \t]/gm)].map((m) => m[1]?.length ?? 2);
  const shift = Math.max(0, 2 - Math.min(2, ...headingLevels));
  text = mapProseLines(text, (line) => {
    const heading = /^(#{1,6})([ \t].*)?$/.exec(line);
    if (!heading) return line;
    const level = Math.min(6, (heading[1]?.length ?? 2) + shift);
    return `${"#".repeat(level)}${(heading[2] ?? "").replace(/[ \t]+$/, "")}`;
  });
  text = dedentProse(text);
  return `${text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/**
 * MDX has no indented code blocks, so text indented inside a component (`<TeamMember>` bodies,
 * `<ul><li>` lists) is just text there; in plain Markdown four spaces would make it code. Lines that
 * start a block with more indentation than their list context allows lose the extra indentation.
 */
function dedentProse(text: string): string {
  const lines = text.split("\n");
  const listColumns: number[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  /** Lines indented at least `from` move left by `by`, so that a dedented block keeps its shape. */
  let shift: { from: number; by: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    const open = FENCE_OPEN.exec(line);
    if (fence) {
      if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length && !(open[3] ?? "").trim())
        fence = undefined;
      previousBlank = false;
      continue;
    }
    if (open) {
      fence = open[2];
      previousBlank = false;
      continue;
    }
    if (!line.trim()) {
      previousBlank = true;
      continue;
    }
    let indent = (/^[ \t]*/.exec(line)?.[0] ?? "").replace(/\t/g, "    ").length;
    if (shift && indent >= shift.from) {
      indent -= shift.by;
      line = " ".repeat(indent) + line.trimStart();
      lines[i] = line;
    } else shift = undefined;
    const item = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(line);
    // A paragraph's continuation line: its indentation does not matter.
    if (!previousBlank && !item) continue;
    while (listColumns.length > 0 && (listColumns.at(-1) ?? 0) > indent) listColumns.pop();
    const base = listColumns.at(-1) ?? 0;
    const newIndent = indent > base + 3 ? base : indent;
    if (newIndent !== indent) {
      lines[i] = " ".repeat(newIndent) + line.trimStart();
      shift = { from: indent + (shift?.by ?? 0), by: indent - newIndent + (shift?.by ?? 0) };
    }
    if (item) listColumns.push(newIndent + (item[0].length - indent));
    previousBlank = false;
  }
  return lines.join("\n");
}

/** Applies `fn` to every line outside fenced code (the output of convertBody's first pass). */
function mapProseLines(text: string, fn: (line: string) => string): string {
  let fence: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      const open = FENCE_OPEN.exec(line);
      if (fence) {
        if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length && !(open[3] ?? "").trim())
          fence = undefined;
        return line;
      }
      if (open) {
        fence = open[2];
        return line;
      }
      return fn(line);
    })
    .join("\n");
}

function stripFences(text: string): string {
  return mapProseLines(text, (line) => `\u0001${line}`)
    .split("\n")
    .filter((line) => line.startsWith("\u0001"))
    .map((line) => line.slice(1))
    .join("\n");
}

/**
 * Checks that every page has a file name and no two pages share one (`name` says which file a
 * problem is about); returns each site path's slug, for links between pages.
 */
export function slugsOf<P extends { readonly slug: string; readonly sitePath: string }>(
  pages: readonly P[],
  name: (page: P) => string,
  problems: string[],
): Map<string, string> {
  const slugs = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const page of pages) {
    if (!SLUG.test(page.slug)) problems.push(`${name(page)}: cannot derive a file name (got "${page.slug}")`);
    const other = bySlug.get(page.slug);
    if (other !== undefined) problems.push(`${name(page)} and ${other} both become ${page.slug}.md`);
    bySlug.set(page.slug, name(page));
    slugs.set(page.sitePath, page.slug);
  }
  return slugs;
}

/** Creates the output folder, removing the articles and categories.yaml of an earlier conversion. */
export function clearOutDir(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (name.endsWith(".md") || name === "categories.yaml") rmSync(path.join(outDir, name));
  }
}

/** What a conversion wrote and left out, printed at its end. */
export function printSummary(summary: {
  readonly outDir: string;
  readonly roots: readonly Category[];
  readonly written: readonly { readonly labels: readonly string[] }[];
  readonly gitDir: string | undefined;
  readonly fallbackDates: number;
  readonly stats: ConvertStats;
  readonly notes: readonly string[];
  readonly missing: readonly string[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}): void {
  const { outDir, roots, written, gitDir, fallbackDates, stats, notes, missing, skipped } = summary;
  console.log(`converted ${written.length} pages into ${outDir}`);
  console.log(`categories: ${countCategories(roots)} (${roots.length} services)`);
  printCategorySummary(roots, written);
  console.log(
    `updated: ${gitDir ? `last commit dates from ${gitDir}` : "no git history"}${fallbackDates ? `; ${fallbackDates} pages use ${FALLBACK_DATE}` : ""}`,
  );
  printStats(stats);
  for (const note of notes) console.log(`note: ${note}`);
  if (missing.length) console.log(`sidebar entries with no page (ignored): ${missing.join(", ")}`);
  console.log(`skipped ${skipped.length} files:`);
  for (const s of skipped) console.log(`  ${s.file}: ${s.reason}`);
}
