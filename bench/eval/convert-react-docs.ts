// Converts the Korean React docs (github.com/reactjs/ko.react.dev, CC-BY-4.0) into this project's
// content format, as a real, human-written corpus for the search-quality benchmark.
//
//   tsx bench/eval/convert-react-docs.ts <ko.react.dev checkout | extracted folder | bare git dir> [out dir] [--git-dir DIR]
//
// <source> is one of
//   - a checkout of ko.react.dev (has src/content and src/sidebar*.json; dates come from its .git, so a
//     `--depth 1` clone gives every page the date of its one commit),
//   - a folder extracted with `git archive HEAD src/content src/sidebar*.json vercel.json | tar -x -C DIR`
//     (dates come from --git-dir DIR if given, else every page gets FALLBACK_DATE),
//   - the bare git directory itself (e.g. /work/.mirror/reactjs+ko.react.dev/repo): HEAD is extracted
//     to a temporary folder and dates come from it.
// The out dir (default .tmp/eval/react-ko/content) receives categories.yaml and one <slug>.md per
// page; earlier *.md files and categories.yaml in it are removed first. The docs themselves must not
// be committed: only this converter and the hand-written questions are.
//
// Which pages become articles (services in categories.yaml, in this order):
//   - 학습하기 (learn): sidebarLearn.json, its section headers as sections and its items as topics.
//   - API 참고서 (reference): sidebarReference.json, sections react, react-dom, React Compiler, …
//   - 커뮤니티 (community): sidebarCommunity.json (참여하기: the community pages) and sidebarBlog.json
//     (최신 소식 › 블로그: the blog posts); versions.md (React 버전) joins 참여하기. The blog index (/blog) is
//     skipped: it is only a list of post cards.
//   - 경고 (warnings): warnings/*.md, which no sidebar lists but which the warnings in React link to.
//   Skipped: errors/* (English templates filled in at run time by <ErrorDecoder />), index.md (the
//   home page is a React component), and every page that no sidebar lists (test pages and pages that
//   vercel.json redirects elsewhere, e.g. learn/start-a-new-react-project).
//
// A sidebar item with children becomes a topic (level 3) holding its own page and its children's;
// an item without children is an article directly in its section (level 2).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readOptions } from "../cli";
import {
  FALLBACK_DATE,
  CODE_SPAN,
  KEEP_HTML,
  KEPT_PLACEHOLDER,
  SLUG,
  TAG,
  attribute,
  categoriesYaml,
  checkCategoryTree,
  convertBody,
  count,
  extractFromGit,
  finishProse,
  frontMatter,
  frontMatterOf,
  git,
  isBareGitDir,
  keeper,
  type LinkTarget,
  lastCommitDates,
  listMarkdown,
  newStats,
  pageSlug,
  rewriteLinks,
  trimSlash,
  type Category,
  type ConvertStats,
  clearOutDir,
  printSummary,
  slugsOf,
} from "./convert-common";

const DEFAULT_OUT = ".tmp/eval/react-ko/content";

// ---------------------------------------------------------------------------------------------
// Sources

interface SidebarRoute {
  title?: string;
  path?: string;
  routes?: SidebarRoute[];
  hasSectionHeader?: boolean;
  sectionHeader?: string;
}

interface Source {
  /** Folder holding `content/` and the `sidebar*.json` files (ko.react.dev's `src/`). */
  readonly srcDir: string;
  /** Repository root, for vercel.json; may lack it. */
  readonly rootDir: string;
  /** A git directory to read last-commit dates from, if any. */
  readonly gitDir: string | undefined;
  readonly cleanup: () => void;
}

function openSource(input: string, gitDirOption: string | undefined): Source {
  const dir = path.resolve(input);
  if (!existsSync(dir)) throw new Error(`${input}: no such folder`);
  if (isBareGitDir(dir)) {
    const names = git(dir, ["ls-tree", "--name-only", "HEAD", "src/", "vercel.json"])
      .split("\n")
      .filter((name) => name === "src/content" || name === "vercel.json" || /^src\/sidebar\w*\.json$/.test(name));
    const extracted = extractFromGit(dir, names, "ko-react-src-");
    return {
      srcDir: path.join(extracted.dir, "src"),
      rootDir: extracted.dir,
      gitDir: gitDirOption ?? dir,
      cleanup: extracted.cleanup,
    };
  }
  let rootDir = dir;
  let srcDir = path.join(dir, "src");
  if (!existsSync(path.join(srcDir, "content")) && existsSync(path.join(dir, "content"))) {
    // Given ko.react.dev's src/ folder itself.
    srcDir = dir;
    rootDir = path.dirname(dir);
  }
  if (!existsSync(path.join(srcDir, "content")))
    throw new Error(`${input}: neither ${input}/src/content nor ${input}/content exists`);
  const gitDir = gitDirOption ?? (existsSync(path.join(rootDir, ".git")) ? rootDir : undefined);
  return { srcDir, rootDir, gitDir, cleanup: () => undefined };
}

function readRedirects(rootDir: string): Map<string, string> {
  const redirects = new Map<string, string>();
  const file = path.join(rootDir, "vercel.json");
  if (!existsSync(file)) return redirects;
  const json = JSON.parse(readFileSync(file, "utf8")) as { redirects?: { source?: unknown; destination?: unknown }[] };
  for (const r of json.redirects ?? []) {
    if (typeof r.source === "string" && typeof r.destination === "string" && !r.source.includes(":"))
      redirects.set(trimSlash(r.source), r.destination);
  }
  return redirects;
}

// ---------------------------------------------------------------------------------------------
// Pages and categories

interface Page {
  /** Site path, e.g. `/reference/react/useState`. */
  readonly sitePath: string;
  /** Path relative to the repository root, e.g. `src/content/reference/react/useState.md`. */
  readonly repoFile: string;
  readonly file: string;
  readonly slug: string;
  title: string;
  labels: string[];
  sidebarTitle: string | undefined;
}

interface Service {
  readonly label: string;
  readonly slug: string;
  readonly description: string;
  /** Sidebar files read in order; each one's section headers become this service's sections. */
  readonly sidebars: readonly string[];
}

const SERVICES: readonly Service[] = [
  {
    label: "학습하기",
    slug: "learn",
    description: "React를 처음 시작하는 방법부터 컴포넌트, state, Effect까지 React의 개념을 차근차근 배우는 문서입니다.",
    sidebars: ["sidebarLearn.json"],
  },
  {
    label: "API 참고서",
    slug: "reference",
    description: "react, react-dom, React 컴파일러, 서버 컴포넌트 등 React API의 레퍼런스 문서입니다.",
    sidebars: ["sidebarReference.json"],
  },
  {
    label: "커뮤니티",
    slug: "community",
    description: "React 커뮤니티, 팀, 버전 정책과 React 블로그 글입니다.",
    sidebars: ["sidebarCommunity.json", "sidebarBlog.json"],
  },
  { label: "경고", slug: "warnings", description: "React가 콘솔에 출력하는 경고와 그 해결 방법입니다.", sidebars: [] },
];

/** Section headers → category slugs (headers in ASCII are slugified instead). */
const SECTION_SLUGS: Readonly<Record<string, string>> = {
  시작하기: "getting-started",
  "React 학습하기": "learn-react",
  "React 개발자 도구": "dev-tools",
  "React의 규칙": "rules",
  "React 서버 컴포넌트": "rsc",
  "레거시 API": "legacy",
  참여하기: "get-involved",
  "최신 소식": "news",
};

/** Topic slugs where the last path segment would say nothing (or repeat its section). */
const TOPIC_SLUGS: Readonly<Record<string, string>> = {
  "/learn": "quick-start",
  "/reference/react-dom": "apis",
  "/reference/rules": "overview",
  "/reference/eslint-plugin-react-hooks": "lints",
};

/** Pages listed in a sidebar that are still left out, with the reason. */
const SKIP_LISTED: Readonly<Record<string, string>> = {
  "/blog": "blog index: only a list of post cards",
};

/** Pages no sidebar lists that are kept, with their category (labels). */
const EXTRA_PAGES: Readonly<Record<string, readonly string[]>> = {
  "/versions": ["커뮤니티", "참여하기"],
};

function asciiSlug(text: string): string {
  return text
    .replace(/@\{\{version\}\}/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sectionLabel(header: string): string {
  return header.replace(/@\{\{version\}\}/g, "").trim();
}

function sectionSlug(header: string, index: number): string {
  const label = sectionLabel(header);
  const known = SECTION_SLUGS[label];
  if (known) return known;
  const slug = asciiSlug(label);
  return SLUG.test(slug) ? slug : `section-${index + 1}`;
}

function topicSlug(sitePath: string | undefined, title: string, index: number): string {
  if (sitePath) {
    const known = TOPIC_SLUGS[trimSlash(sitePath)];
    if (known) return known;
    const last = trimSlash(sitePath).split("/").pop() ?? "";
    const slug = asciiSlug(last);
    if (SLUG.test(slug)) return slug;
  }
  const slug = asciiSlug(title);
  return SLUG.test(slug) ? slug : `topic-${index + 1}`;
}

/** `/reference/react/useState` → `reference-react-usestate`. */
// ---------------------------------------------------------------------------------------------
// Markdown conversion

interface LinkContext {
  /** Site path → article slug, for the pages that are converted. */
  readonly slugs: ReadonlyMap<string, string>;
  readonly redirects: ReadonlyMap<string, string>;
}

/** The article an internal link points to (following vercel.json redirects), "external", or "dead" (nothing we have). */
function resolveLink(dest: string, ctx: LinkContext): LinkTarget {
  let target = dest.trim().replace(/^<|>$/g, "");
  const site = /^https?:\/\/(?:ko\.)?react\.dev(\/[^\s]*)?$/.exec(target);
  if (site) target = site[1] ?? "/";
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return "external";
  if (target.startsWith("#") || target.startsWith("?")) return "dead";
  target = target.replace(/[#?].*$/, "");
  if (!target.startsWith("/")) target = `/${target.replace(/^\.\//, "")}`;
  target = trimSlash(target);
  for (let hop = 0; hop < 5; hop++) {
    const slug = ctx.slugs.get(target);
    if (slug) return { slug };
    const next = ctx.redirects.get(target);
    if (!next) return "dead";
    const inner = /^https?:\/\/(?:ko\.)?react\.dev(\/[^\s]*)?$/.exec(next);
    if (/^https?:/.test(next) && !inner) return "external";
    target = trimSlash((inner ? (inner[1] ?? "/") : next).replace(/[#?].*$/, ""));
  }
  return "dead";
}

function convertProse(text: string, ctx: LinkContext, stats: ConvertStats): string {
  const { kept, keep, restore } = keeper();

  // Inline code spans are left exactly as written (a span never crosses a blank line).
  let s = text.replace(CODE_SPAN, (span) => keep(span));
  // MDX comments and heading ids: {/* … */}; HTML comments; MDX ESM lines.
  s = s.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, "");
  s = s.replace(/<!--[\s\S]*?-->/g, "");
  s = s.replace(/^(?:import|export)\s.*$/gm, "");
  // Reference-definition "comments": [//]: # (…), [comment]: <> (…).
  s = s.replace(/^\[[^\]\n]*\]:\s*(?:<>|#)(?:\s.*)?$/gm, "");
  // Autolinks stay.
  s = s.replace(/<(?:https?|mailto):[^\s<>]+>/g, (link) => keep(link));
  // <a href="…">text</a> → Markdown link (rewritten below with the others).
  s = s.replace(
    /<a\s[^>]*?href=["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/g,
    (_all, href: string, inner: string) => `[${inner}](${href})`,
  );
  // <TerminalBlock> holds shell commands: a code fence.
  s = s.replace(/<TerminalBlock[^>]*>\s*([\s\S]*?)\s*<\/TerminalBlock>/g, (_all, inner: string) => {
    count(stats.componentsRemoved, "TerminalBlock");
    return `\n\`\`\`sh\n${inner.replace(KEPT_PLACEHOLDER, (_m, i: string) => (kept[Number(i)] ?? "").replace(/^`+|`+$/g, ""))}\n\`\`\`\n`;
  });
  // <sup>English</sup> after a Korean term (코드 분할<sup>Code-Splitting</sup>) reads as a gloss.
  s = s.replace(/<sup>([\s\S]*?)<\/sup>/g, (_all, inner: string) => (inner.trim() ? `(${inner.trim()})` : ""));
  s = s.replace(/<sub>([\s\S]*?)<\/sub>/g, (_all, inner: string) => ` ${inner.trim()}`);
  // Markdown images: alt text only.
  s = s.replace(/!\[((?:[^[\]]|\[[^[\]]*\])*)\]\([^)]*\)/g, (_all, alt: string) => {
    stats.imagesDropped++;
    return alt;
  });

  s = s.replace(TAG, (_whole, closing: string, name: string, attrs: string) => {
    const lower = name.toLowerCase();
    if (KEEP_HTML.has(lower) && name === lower) return keep(lower === "br" ? "<br>" : `<${closing}${lower}>`);
    if (closing) return "";
    count(stats.componentsRemoved, name);
    if (lower === "li") return "- ";
    if (lower === "img") {
      stats.imagesDropped++;
      const alt = attribute(attrs, "alt");
      return alt && !/dark-image/.test(attrs) ? alt : "";
    }
    if (name === "Recipes") {
      const title = attribute(attrs, "titleText") ?? attribute(attrs, "title");
      return title ? `\n\n**${title}**\n\n` : "";
    }
    if (name === "TeamMember") {
      const member = attribute(attrs, "name");
      const role = attribute(attrs, "title");
      return member ? `\n\n**${member}**${role ? ` (${role})` : ""}\n\n` : "";
    }
    // Any other component or HTML element: unwrapped (its content stays), or dropped if self-closing.
    return "";
  });

  // JSX string expressions such as {' '} are their text.
  s = s.replace(/\{\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\}/g, (_all, a: string | undefined, b: string | undefined) => a ?? b ?? "");

  s = rewriteLinks(s, (dest) => resolveLink(dest, ctx), stats);
  return finishProse(s, restore);
}

// ---------------------------------------------------------------------------------------------
// Main

function sitePathOf(relative: string): string {
  const withoutExt = relative.replace(/\.md$/, "");
  const p = withoutExt === "index" ? "" : withoutExt.replace(/\/index$/, "");
  return `/${p}`;
}

function main(): void {
  const usage =
    "tsx bench/eval/convert-react-docs.ts <ko.react.dev checkout | extracted folder | bare git dir> [out dir] [--git-dir DIR]";
  const { values, positionals: positional } = readOptions(
    { options: { "git-dir": { type: "string" } }, allowPositionals: true },
    usage,
  );
  const gitDirOption = values["git-dir"];
  const [input, outArg] = positional;
  if (!input || positional.length > 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const outDir = path.resolve(outArg ?? DEFAULT_OUT);
  const source = openSource(input, gitDirOption ? path.resolve(gitDirOption) : undefined);
  try {
    convert(source, outDir);
  } finally {
    source.cleanup();
  }
}

function convert(source: Source, outDir: string): void {
  const contentDir = path.join(source.srcDir, "content");
  const redirects = readRedirects(source.rootDir);
  const skipped: { file: string; reason: string }[] = [];
  const problems: string[] = [];
  /** Sidebar entries without a page (ko.react.dev lists some that only exist upstream). */
  const missing: string[] = [];

  // Files by site path.
  const files = new Map<string, string>();
  for (const rel of listMarkdown(contentDir)) files.set(sitePathOf(rel), rel);

  // Category tree and page → labels, from the sidebars.
  const roots: Category[] = [];
  const assigned = new Map<string, { labels: string[]; sidebarTitle: string | undefined }>();
  const assign = (sitePath: string | undefined, labels: string[], sidebarTitle: string | undefined): boolean => {
    if (!sitePath || /^https?:/.test(sitePath)) return false;
    const p = trimSlash(sitePath);
    if (assigned.has(p)) return false;
    if (SKIP_LISTED[p] !== undefined) return false;
    if (!files.has(p)) {
      missing.push(`${p} (${sidebarTitle ?? "?"})`);
      return false;
    }
    assigned.set(p, { labels, sidebarTitle });
    return true;
  };

  for (const service of SERVICES) {
    const serviceNode: Category = { label: service.label, slug: service.slug, description: service.description, children: [] };
    roots.push(serviceNode);
    let sectionIndex = 0;
    for (const sidebarName of service.sidebars) {
      const sidebar = JSON.parse(readFileSync(path.join(source.srcDir, sidebarName), "utf8")) as SidebarRoute;
      let section: Category | undefined;
      for (const route of sidebar.routes ?? []) {
        if (route.hasSectionHeader) {
          const header = route.sectionHeader ?? `section ${sectionIndex + 1}`;
          section = { label: sectionLabel(header), slug: sectionSlug(header, sectionIndex), children: [] };
          sectionIndex++;
          serviceNode.children.push(section);
          continue;
        }
        if (!section) {
          section = { label: "개요", slug: "overview", children: [] };
          serviceNode.children.push(section);
        }
        const title = (route.title ?? "").trim();
        const children = route.routes ?? [];
        if (children.length === 0) {
          assign(route.path, [service.label, section.label], title);
          continue;
        }
        const topic: Category = { label: title, slug: topicSlug(route.path, title, section.children.length), children: [] };
        const labels = [service.label, section.label, topic.label];
        let any = assign(route.path, labels, title);
        const walk = (routes: readonly SidebarRoute[]) => {
          for (const child of routes) {
            if (assign(child.path, labels, child.title?.trim())) any = true;
            walk(child.routes ?? []);
          }
        };
        walk(children);
        if (any) section.children.push(topic);
      }
    }
  }
  for (const [p, labels] of Object.entries(EXTRA_PAGES)) {
    if (files.has(p) && !assigned.has(p)) assigned.set(p, { labels: [...labels], sidebarTitle: undefined });
  }
  const warnings = roots.find((r) => r.slug === "warnings");
  for (const p of files.keys()) {
    if (p.startsWith("/warnings/") && !assigned.has(p) && warnings)
      assigned.set(p, { labels: [warnings.label], sidebarTitle: undefined });
  }
  // Drop sections that received nothing.
  for (const root of roots)
    root.children = root.children.filter(
      (section) =>
        section.children.length > 0 ||
        [...assigned.values()].some((a) => a.labels[0] === root.label && a.labels[1] === section.label),
    );

  // Pages.
  const pages: Page[] = [];
  for (const [sitePath, rel] of files) {
    const where = assigned.get(sitePath);
    if (!where) {
      const redirect = redirects.get(sitePath);
      const reason =
        SKIP_LISTED[sitePath] ??
        (rel.startsWith("errors/")
          ? "error decoder template (English, filled in at run time)"
          : sitePath === "/"
            ? "home page (a React component)"
            : redirect
              ? `in no sidebar; vercel.json redirects it to ${redirect}`
              : "in no sidebar");
      skipped.push({ file: rel, reason });
      continue;
    }
    pages.push({
      sitePath,
      repoFile: `src/content/${rel}`,
      file: rel,
      slug: pageSlug(sitePath),
      title: "",
      labels: where.labels,
      sidebarTitle: where.sidebarTitle,
    });
  }
  const slugs = slugsOf(pages, (page) => page.file, problems);

  checkCategoryTree(roots, problems);
  if (problems.length > 0) throw new Error(`cannot convert:\n  - ${problems.join("\n  - ")}`);

  // Convert and write.
  clearOutDir(outDir);
  const dates = lastCommitDates(
    source.gitDir,
    pages.map((page) => page.repoFile),
  );
  const ctx: LinkContext = { slugs, redirects };
  const stats = newStats();
  let fallbackDates = 0;
  for (const page of pages) {
    const raw = readFileSync(path.join(contentDir, page.file), "utf8").normalize("NFC");
    const { fields, body } = frontMatterOf(raw);
    page.title = (fields["title"] || page.sidebarTitle || "").trim();
    if (!page.title) throw new Error(`${page.file}: no title in front matter or sidebar`);
    const updated = dates.get(page.repoFile) ?? FALLBACK_DATE;
    if (!dates.has(page.repoFile)) fallbackDates++;
    const converted = convertBody(body, (prose) => convertProse(prose, ctx, stats));
    if (!converted.trim()) throw new Error(`${page.file}: nothing left after conversion`);
    writeFileSync(path.join(outDir, `${page.slug}.md`), `${frontMatter(page, updated)}\n${converted}`);
  }

  const header =
    "# Generated by bench/eval/convert-react-docs.ts from reactjs/ko.react.dev (CC-BY-4.0). Do not edit or commit.\n";
  writeFileSync(path.join(outDir, "categories.yaml"), categoriesYaml(roots, header));

  printSummary({ outDir, roots, written: pages, gitDir: source.gitDir, fallbackDates, stats, notes: [], missing, skipped });
}

main();
