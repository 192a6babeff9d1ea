// Converts the Korean Vue docs (github.com/vuejs-translations/docs-ko; text CC-BY-4.0, images not
// used) into this project's content format, as a third real, human-written corpus for the
// search-quality benchmark.
//
//   tsx bench/eval/convert-vue-docs.ts <docs-ko checkout | bare git dir> [out dir]
//
// <source> is a checkout of docs-ko (has src/ and .vitepress/config.ts; dates come from its .git,
// so a `--depth 1` clone gives every page the date of its one commit) or the bare git directory
// itself (e.g. /work/.mirror/vuejs-translations+docs-ko/repo): HEAD is extracted to a temporary
// folder and dates come from it. The out dir (default .tmp/eval/vue-ko/content) receives
// categories.yaml and one <slug>.md per page; earlier *.md files and categories.yaml in it are
// removed first. The docs themselves must not be committed: only this converter and the
// hand-written questions are.
//
// Which pages become articles (services in categories.yaml, in this order):
//   - 가이드 (guide): the '/guide/' sidebar of .vitepress/config.ts, its groups as sections;
//     guide/extras/reactivity-transform.md (a removed feature's page, linked from the guide but in
//     no sidebar) joins 추가 주제.
//   - 튜토리얼 (tutorial): the steps' texts, tutorial/src/step-N/description.md, titled "N. …" as
//     the tutorial's step list shows them (the tutorial page itself is an interactive REPL).
//   - API (api): the '/api/' sidebar, its groups as sections.
//   - 스타일 가이드 (style-guide): the '/style-guide/' sidebar (one group, so its pages sit directly
//     in the service).
//   - 참고 자료 (resources): the glossary and the production error code reference (whose tables
//     are generated from the vue package at build time and so are left out).
//   - 소개 (about): the pages the 소개, 지원 and 에코시스템 menus link to that are written text (FAQ,
//     releases, community guide, code of conduct, privacy, sponsoring, newsletters) and the
//     translations page.
//   Skipped, with a printed note: pages that are only a component (home, API index, examples REPL,
//   tutorial REPL, team, themes, partners).
//
// Markdown: VitePress containers (::: tip …) become a bold title line; {#anchor} ids, <script> and
// <style> blocks, live demos (<div class="demo">), lesson links and other components are removed;
// both API styles' text (options-api / composition-api blocks) is kept, as VitePress's own search
// indexes both; the one hand-coloured terminal transcript becomes a code block; `{{ '…' }}` in
// `*-vue` code fences is evaluated as VitePress does; internal links become relative article links.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { readOptions } from "../cli";
import {
  FALLBACK_DATE,
  FENCE_OPEN,
  KEEP_HTML,
  CODE_SPAN,
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

const DEFAULT_OUT = ".tmp/eval/vue-ko/content";

// ---------------------------------------------------------------------------------------------
// Sources

interface Source {
  /** Repository root: holds src/ and .vitepress/config.ts. */
  readonly rootDir: string;
  /** A git directory to read last-commit dates from, if any. */
  readonly gitDir: string | undefined;
  readonly cleanup: () => void;
}

function openSource(input: string): Source {
  const dir = path.resolve(input);
  if (!existsSync(dir)) throw new Error(`${input}: no such folder`);
  if (isBareGitDir(dir)) {
    const extracted = extractFromGit(dir, ["src", ".vitepress/config.ts"], "vue-docs-ko-src-");
    return { rootDir: extracted.dir, gitDir: dir, cleanup: extracted.cleanup };
  }
  if (!existsSync(path.join(dir, "src")) || !existsSync(path.join(dir, ".vitepress", "config.ts")))
    throw new Error(`${input}: not a docs-ko checkout (needs src/ and .vitepress/config.ts)`);
  return { rootDir: dir, gitDir: existsSync(path.join(dir, ".git")) ? dir : undefined, cleanup: () => undefined };
}

interface SidebarItem {
  text?: string;
  link?: string;
  items?: SidebarItem[];
}

/**
 * The `sidebar` object literal of .vitepress/config.ts, read with the TypeScript parser (the file
 * imports VitePress and its theme, so it is parsed, not run). Only literals are read: strings,
 * arrays and objects; anything else is undefined.
 */
function readSidebars(configFile: string): Record<string, SidebarItem[]> {
  const source = ts.createSourceFile(configFile, readFileSync(configFile, "utf8"), ts.ScriptTarget.Latest, true);
  const literal = (node: ts.Node): unknown => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isArrayLiteralExpression(node)) return node.elements.map(literal);
    if (ts.isObjectLiteralExpression(node)) {
      const object: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = property.name;
        if (ts.isIdentifier(name) || ts.isStringLiteral(name)) object[name.text] = literal(property.initializer);
      }
      return object;
    }
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node))
      return literal(node.expression);
    return undefined;
  };
  let sidebars: unknown;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "sidebar" && node.initializer)
      sidebars = literal(node.initializer);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!sidebars || typeof sidebars !== "object") throw new Error(`${configFile}: no \`sidebar\` object literal found`);
  return sidebars as Record<string, SidebarItem[]>;
}

/** src/public/_redirects: internal redirects (`/from /to`), without splats or placeholders. */
function readRedirects(rootDir: string): Map<string, string> {
  const redirects = new Map<string, string>();
  const file = path.join(rootDir, "src", "public", "_redirects");
  if (!existsSync(file)) return redirects;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith("#") || /[*:]/.test(from) || !to.startsWith("/") || to.includes(":")) continue;
    redirects.set(normalizeSitePath(from), to);
  }
  return redirects;
}

/** `/guide/introduction.html#x` → `/guide/introduction`; `/style-guide/index.md` → `/style-guide`. */
function normalizeSitePath(p: string): string {
  return trimSlash(
    p
      .replace(/[#?].*$/, "")
      .replace(/\.(?:html|md)$/, "")
      .replace(/\/index$/, "/"),
  );
}

// ---------------------------------------------------------------------------------------------
// Pages and categories

interface Page {
  /** Site path, e.g. `/guide/essentials/computed`; `/tutorial/step-3` for a tutorial step. */
  readonly sitePath: string;
  /** Path relative to the repository root, e.g. `src/guide/essentials/computed.md`. */
  readonly repoFile: string;
  /** The folder relative links in the page start from, e.g. `/guide/essentials/`. */
  readonly linkBase: string;
  readonly slug: string;
  /** Prefix for the title (a tutorial step's number). */
  readonly titlePrefix: string;
  title: string;
  readonly labels: string[];
}

interface Service {
  readonly label: string;
  readonly slug: string;
  readonly description: string;
  /** A key of the config's `sidebar`: its groups become sections (or, with one group, the service's own list). */
  readonly sidebar?: string;
}

const SERVICES: readonly Service[] = [
  {
    label: "가이드",
    slug: "guide",
    description: "Vue의 핵심 개념부터 컴포넌트, 재사용성, 내장 컴포넌트, 확장과 베스트 프랙티스까지 다루는 가이드입니다.",
    sidebar: "/guide/",
  },
  {
    label: "튜토리얼",
    slug: "tutorial",
    description: "브라우저에서 직접 코드를 고치며 Vue의 기본 기능을 한 단계씩 익히는 튜토리얼입니다.",
  },
  {
    label: "API",
    slug: "api",
    description: "전역 API, 컴포지션 API, 옵션 API, 내장 기능, 싱글 파일 컴포넌트 등 Vue API 참조 문서입니다.",
    sidebar: "/api/",
  },
  {
    label: "스타일 가이드",
    slug: "style-guide",
    description: "Vue 코드를 작성할 때 따르면 좋은 규칙을 우선순위별로 정리한 공식 스타일 가이드입니다.",
    sidebar: "/style-guide/",
  },
  { label: "참고 자료", slug: "resources", description: "Vue 문서에서 쓰는 용어와 프로덕션 에러 코드를 찾아보는 문서입니다." },
  {
    label: "소개",
    slug: "about",
    description: "자주 묻는 질문, 릴리스, 커뮤니티, 후원과 번역 등 Vue 프로젝트에 관한 문서입니다.",
  },
];

/** Sidebar group labels → category slugs (labels in ASCII are slugified instead). */
const SECTION_SLUGS: Readonly<Record<string, string>> = {
  시작하기: "getting-started",
  필수: "essentials",
  "컴포넌트 심화": "components",
  재사용성: "reusability",
  "내장 컴포넌트": "built-ins",
  확장하기: "scaling-up",
  "베스트 프랙티스": "best-practices",
  "추가 주제": "extras",
  TypeScript: "typescript",
  "글로벌 API": "global-api",
  "내장 기능": "built-ins",
  "싱글 파일 컴포넌트": "sfc",
  "고급 API": "advanced",
};

/** Pages no sidebar lists that are kept, with their category (labels). */
const EXTRA_PAGES: Readonly<Record<string, readonly string[]>> = {
  "/guide/extras/reactivity-transform": ["가이드", "추가 주제"],
  "/glossary": ["참고 자료"],
  "/error-reference": ["참고 자료"],
  "/about/faq": ["소개"],
  "/about/releases": ["소개"],
  "/about/community-guide": ["소개"],
  "/about/coc": ["소개"],
  "/about/privacy": ["소개"],
  "/sponsor": ["소개"],
  "/ecosystem/newsletters": ["소개"],
  "/translations": ["소개"],
};

/** Why the pages that become no article are left out. */
const SKIP_REASONS: Readonly<Record<string, string>> = {
  "/": "home page (a component)",
  "/api": "API index: a component listing the API pages",
  "/examples": "examples: an interactive REPL",
  "/tutorial": "tutorial: an interactive REPL (its steps' texts are converted)",
  "/about/team": "team page: a component",
  "/ecosystem/themes": "themes: a component",
};

function asciiSlug(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sectionSlug(label: string, index: number): string {
  const known = SECTION_SLUGS[label];
  if (known) return known;
  const slug = asciiSlug(label);
  return SLUG.test(slug) && /^[\x20-\x7e]+$/.test(label) ? slug : `section-${index + 1}`;
}

/** `/guide/essentials/computed` → `guide-essentials-computed`. */
/** `guide/essentials/computed.md` → `/guide/essentials/computed`; `style-guide/index.md` → `/style-guide`. */
function sitePathOf(relative: string): string {
  return normalizeSitePath(`/${relative}`) || "/";
}

/** The page's h1 as plain text (VitePress takes the title from it). */
function headingText(heading: string): string {
  return heading
    .replace(/\s*\{#[^}\s]*\}\s*$/, "")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<sup\b[^>]*\bdata-text="([^"]*)"[^>]*>(?:<\/sup>)?/g, " ($1)")
    .replace(/(?<!\\)<\/?[A-Za-z][^>]*>/g, "")
    .replace(/\\([<>*_`[\]\\])/g, "$1")
    .replace(/`/g, "")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The body without its h1 (the site shows the title as the page's only h1), and the h1's text. */
function takeTitle(body: string): { title: string | undefined; body: string } {
  const lines = body.split("\n");
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const open = FENCE_OPEN.exec(line);
    if (fence) {
      if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length && !(open[3] ?? "").trim())
        fence = undefined;
      continue;
    }
    if (open) {
      fence = open[2];
      continue;
    }
    const h1 = /^#[ \t]+(.*)$/.exec(line);
    if (h1) {
      lines.splice(i, 1);
      return { title: headingText(h1[1] ?? ""), body: lines.join("\n") };
    }
  }
  return { title: undefined, body };
}

// ---------------------------------------------------------------------------------------------
// Markdown conversion

interface LinkContext {
  /** Site path → article slug, for the pages that are converted. */
  readonly slugs: ReadonlyMap<string, string>;
  readonly redirects: ReadonlyMap<string, string>;
}

/** The article an internal link points to (following _redirects), "external", or "dead" (nothing we have). */
function resolveLink(dest: string, base: string, ctx: LinkContext): LinkTarget {
  let target = dest.trim().replace(/^<|>$/g, "");
  const site = /^https?:\/\/(?:ko\.)?vuejs\.org(\/[^\s]*)?$/.exec(target);
  if (site) target = site[1] ?? "/";
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return "external";
  if (target.startsWith("#") || target.startsWith("?")) return "dead";
  // The tutorial's steps are /tutorial/#step-N on the site.
  const step = /^\/tutorial\/?#step-(\d+)$/.exec(target);
  if (step) target = `/tutorial/step-${step[1]}`;
  target = target.replace(/[#?].*$/, "");
  if (!target.startsWith("/")) target = path.posix.resolve(base, target);
  target = normalizeSitePath(target);
  for (let hop = 0; hop < 5; hop++) {
    const slug = ctx.slugs.get(target);
    if (slug) return { slug };
    const next = ctx.redirects.get(target);
    if (!next) return "dead";
    target = normalizeSitePath(next);
  }
  return "dead";
}

/** The labels VitePress shows on a container without a title of its own. */
const CONTAINER_TITLES: Readonly<Record<string, string>> = {
  tip: "TIP",
  info: "INFO",
  warning: "WARNING",
  danger: "DANGER",
  details: "Details",
};

/** What a `<sup class="vt-badge …">` shows. */
function badgeText(attrs: string): string {
  const text = attribute(attrs, "data-text");
  if (text) return text;
  const classes = attribute(attrs, "class") ?? "";
  if (/\bts\b/.test(classes)) return "TS";
  if (/\bdev-only\b/.test(classes)) return "dev only";
  if (/\bexperimental\b/.test(classes)) return "experimental";
  return "";
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/**
 * Removes every `<tag …>…</tag>` block whose opening tag matches `open` (the closing tag found by
 * counting nested tags of the same name), with `onRemove` told each time.
 */
function removeElements(text: string, name: string, open: RegExp, onRemove: () => void): string {
  let s = text;
  for (;;) {
    const start = open.exec(s);
    if (!start) return s;
    const tags = new RegExp(String.raw`<(\/?)${name}\b[^>]*?(\/?)>`, "g");
    tags.lastIndex = start.index;
    let depth = 0;
    let end = s.length;
    for (let m = tags.exec(s); m; m = tags.exec(s)) {
      if (m[2]) continue;
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    onRemove();
    s = s.slice(0, start.index) + s.slice(end);
  }
}

function convertProse(text: string, base: string, ctx: LinkContext, stats: ConvertStats): string {
  const { keep, restore } = keeper();

  // A hand-coloured terminal transcript (<pre><code> with <span style>s): a code block.
  let s = text.replace(/<pre\b[^>]*>\s*<code\b[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/g, (_all, inner: string) => {
    count(stats.componentsRemoved, "pre");
    return `\n\n${keep(`\`\`\`sh\n${decodeEntities(inner.replace(/<\/?[A-Za-z][^>]*>/g, ""))}\n\`\`\``)}\n\n`;
  });
  // Inline code spans are left exactly as written.
  s = s.replace(CODE_SPAN, (span) => keep(span));
  s = s.replace(/<!--[\s\S]*?-->/g, "");
  // \<T> is text.
  s = s.replace(/\\</g, (escaped) => keep(escaped));
  // Code run by the page (<script>, <style>), live demos, and content that only exists in the browser.
  s = s.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, (_all, name: string) => {
    count(stats.componentsRemoved, name);
    return "";
  });
  s = removeElements(s, "div", /<div\s+class="demo[" ][^>]*>/, () => count(stats.componentsRemoved, "div.demo"));
  s = removeElements(s, "ClientOnly", /<ClientOnly\b[^>]*>/, () => count(stats.componentsRemoved, "ClientOnly"));
  // `<p v-if="version">…{{ version }}…</p><p v-else>확인 중...</p>`: filled in only in the browser.
  s = s.replace(/<p\s+v-(?:if|else-if|else)\b[^>]*>[\s\S]*?<\/p>/g, () => {
    count(stats.componentsRemoved, "p v-if");
    return "";
  });
  // Heading ids: ## 제목 {#id}.
  s = s.replace(/[ \t]*\{#[^}\s]*\}[ \t]*$/gm, "");
  // Containers: ::: tip 제목 … ::: → a bold title line; ::: code-group only groups fences.
  s = s.replace(/^[ \t]*:::+[ \t]*([A-Za-z][\w-]*)?[ \t]*(.*?)[ \t]*$/gm, (_all, kind: string | undefined, title: string) => {
    if (!kind || kind === "code-group") return "";
    count(stats.componentsRemoved, `::: ${kind}`);
    const shown = title || CONTAINER_TITLES[kind] || kind;
    return `\n**${shown}**\n`;
  });
  // Autolinks stay.
  s = s.replace(/<(?:https?|mailto):[^\s<>]+>/g, (link) => keep(link));
  // <code>…</code> → a code span.
  s = s.replace(/<code\b[^>]*>([\s\S]*?)<\/code>/g, (_all, inner: string) => {
    const code = decodeEntities(inner.replace(/<\/?[A-Za-z][^>]*>/g, ""));
    const ticks = "`".repeat(Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    return keep(`${ticks}${/^`|`$/.test(code) ? ` ${code} ` : code}${ticks}`);
  });
  // <a href="…">text</a> → Markdown link (rewritten below with the others); its text on one line.
  s = s.replace(/<a\s[^>]*?href=["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/g, (_all, href: string, inner: string) => {
    const label = inner
      .replace(/<\/?[A-Za-z][^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return `[${label}](${href})`;
  });
  // The two API styles' inline variants side by side (the site shows one): "A / B".
  s = s.replace(
    /(<span\s+class="(?:options|composition)-api"[^>]*>[^<]*?)<\/span>[ \t]*(?=<span\s+class="(?:options|composition)-api")/g,
    "$1</span> / ",
  );
  // Badges: <sup class="vt-badge" data-text="3.5+" /> → (3.5+).
  s = s.replace(/<sup\b([^>]*?)\/?>(?:\s*<\/sup>)?/g, (_all, attrs: string) => {
    count(stats.componentsRemoved, "sup");
    const badge = badgeText(attrs);
    return badge ? ` (${badge})` : "";
  });
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
      return attribute(attrs, "alt") ?? "";
    }
    // Any other component or HTML element: unwrapped (its content stays), or dropped if self-closing.
    return "";
  });

  // Vue interpolation left in page text ({{ version }}) is filled in only in the browser.
  s = s.replace(/\{\{[^{}\n]*\}\}/g, () => {
    count(stats.componentsRemoved, "{{ }}");
    return "";
  });

  s = rewriteLinks(s, (dest) => resolveLink(dest, base, ctx), stats);
  return finishProse(s, restore);
}

/**
 * In a fence whose language ends in `-vue` (```sh-vue), VitePress runs Vue interpolation: the
 * `{{ '<your-project-name>' }}` there shows as the string. The fence keeps the plain language.
 */
function evaluateVueFences(markdown: string): string {
  const lines = markdown.split("\n");
  let fence: string | undefined;
  let interpolate = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const open = FENCE_OPEN.exec(line);
    if (fence) {
      if (open && open[2]?.[0] === fence[0] && (open[2]?.length ?? 0) >= fence.length && !(open[3] ?? "").trim()) {
        fence = undefined;
        continue;
      }
      if (interpolate)
        lines[i] = line.replace(/\{\{\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\}\}/g, (_all, a?: string, b?: string) => a ?? b ?? "");
      continue;
    }
    if (open) {
      fence = open[2];
      const info = /^\s*([A-Za-z0-9_+#]+)-vue\b(.*)$/.exec(open[3] ?? "");
      interpolate = Boolean(info);
      if (info) lines[i] = `${open[1] ?? ""}${open[2] ?? ""}${info[1] ?? ""}${info[2] ?? ""}`;
    }
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

function main(): void {
  const usage = "tsx bench/eval/convert-vue-docs.ts <docs-ko checkout | bare git dir> [out dir]";
  const { positionals } = readOptions({ options: {}, allowPositionals: true }, usage);
  const [input, outArg] = positionals;
  if (!input || positionals.length > 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const outDir = path.resolve(outArg ?? DEFAULT_OUT);
  const source = openSource(input);
  try {
    convert(source, outDir);
  } finally {
    source.cleanup();
  }
}

function convert(source: Source, outDir: string): void {
  const srcDir = path.join(source.rootDir, "src");
  const sidebars = readSidebars(path.join(source.rootDir, ".vitepress", "config.ts"));
  const redirects = readRedirects(source.rootDir);
  const skipped: { file: string; reason: string }[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  /** Sidebar entries without a page. */
  const missing: string[] = [];

  // Files by site path; the tutorial steps' texts are not pages of their own on the site.
  const files = new Map<string, string>();
  const steps: { n: number; file: string }[] = [];
  for (const rel of listMarkdown(srcDir)) {
    const step = /^tutorial\/src\/step-(\d+)\/description\.md$/.exec(rel);
    if (step) steps.push({ n: Number(step[1]), file: rel });
    else files.set(sitePathOf(rel), rel);
  }
  steps.sort((a, b) => a.n - b.n);

  // Category tree and page → labels, from the sidebars.
  const roots: Category[] = [];
  const assigned = new Map<string, string[]>();
  const assign = (link: string | undefined, labels: string[], text: string | undefined): boolean => {
    if (!link || /^https?:/.test(link)) return false;
    if (link.includes("#")) {
      notes.push(`sidebar entry ${link} (${text ?? "?"}) points into a page: not an article`);
      return false;
    }
    const p = normalizeSitePath(link);
    if (assigned.has(p)) return false;
    if (!files.has(p)) {
      missing.push(`${p} (${text ?? "?"})`);
      return false;
    }
    assigned.set(p, labels);
    return true;
  };
  for (const service of SERVICES) {
    const serviceNode: Category = { label: service.label, slug: service.slug, description: service.description, children: [] };
    roots.push(serviceNode);
    if (!service.sidebar) continue;
    const groups = sidebars[service.sidebar];
    if (!Array.isArray(groups)) throw new Error(`.vitepress/config.ts: no sidebar "${service.sidebar}"`);
    // One group named like the service: its pages sit directly in the service.
    const flat = groups.length === 1 && groups[0]?.text?.trim() === service.label;
    groups.forEach((group, index) => {
      const label = (group.text ?? "").trim() || `섹션 ${index + 1}`;
      const section: Category = { label, slug: sectionSlug(label, index), children: [] };
      if (!flat) serviceNode.children.push(section);
      const labels = flat ? [service.label] : [service.label, section.label];
      const walk = (items: readonly SidebarItem[]) => {
        for (const item of items) {
          assign(item.link, labels, item.text?.trim());
          walk(item.items ?? []);
        }
      };
      if (group.link) assign(group.link, labels, label);
      walk(group.items ?? []);
      if (!flat && !SECTION_SLUGS[label] && section.slug.startsWith("section-"))
        notes.push(`sidebar group "${label}" has no slug in SECTION_SLUGS: using ${section.slug}`);
    });
  }
  for (const [p, labels] of Object.entries(EXTRA_PAGES)) {
    if (!files.has(p)) missing.push(`${p} (EXTRA_PAGES)`);
    else if (!assigned.has(p)) assigned.set(p, [...labels]);
  }
  // Drop sections that received nothing.
  for (const root of roots)
    root.children = root.children.filter((section) =>
      [...assigned.values()].some((labels) => labels[0] === root.label && labels[1] === section.label),
    );

  // Pages.
  const pages: Page[] = [];
  for (const [sitePath, rel] of files) {
    const labels = assigned.get(sitePath);
    if (!labels) {
      const reason =
        SKIP_REASONS[sitePath] ??
        (sitePath.startsWith("/partners") ? "partners: components filled from partners.json" : "in no sidebar or menu");
      skipped.push({ file: rel, reason });
      continue;
    }
    const dir = path.posix.dirname(`/${rel}`);
    pages.push({
      sitePath,
      repoFile: `src/${rel}`,
      linkBase: dir.endsWith("/") ? dir : `${dir}/`,
      slug: pageSlug(sitePath),
      titlePrefix: "",
      title: "",
      labels,
    });
  }
  const tutorial = SERVICES.find((s) => s.slug === "tutorial");
  for (const step of steps) {
    if (!tutorial) break;
    pages.push({
      sitePath: `/tutorial/step-${step.n}`,
      repoFile: `src/${step.file}`,
      linkBase: "/tutorial/",
      slug: `tutorial-step-${step.n}`,
      titlePrefix: `${step.n}. `,
      title: "",
      labels: [tutorial.label],
    });
  }
  // Services in SERVICES order, and within a service as the sidebars list them (Map order above).
  const order = new Map(roots.map((r, i) => [r.label, i]));
  pages.sort((a, b) => (order.get(a.labels[0] ?? "") ?? 0) - (order.get(b.labels[0] ?? "") ?? 0));

  const slugs = slugsOf(pages, (page) => page.repoFile, problems);
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
  const written: Page[] = [];
  for (const page of pages) {
    const raw = readFileSync(path.join(source.rootDir, page.repoFile), "utf8").normalize("NFC");
    const { fields, body } = frontMatterOf(raw);
    const taken = takeTitle(body.replace(/\r\n?/g, "\n"));
    const title = taken.title || (fields["title"] ?? "").trim();
    if (!title) {
      skipped.push({ file: page.repoFile, reason: "no title (no h1, no front matter title)" });
      continue;
    }
    page.title = `${page.titlePrefix}${title}`;
    const updated = dates.get(page.repoFile) ?? FALLBACK_DATE;
    if (!dates.has(page.repoFile)) fallbackDates++;
    const converted = convertBody(evaluateVueFences(taken.body), (prose) => convertProse(prose, page.linkBase, ctx, stats));
    if (!converted.trim()) {
      skipped.push({ file: page.repoFile, reason: "nothing left after conversion" });
      continue;
    }
    writeFileSync(path.join(outDir, `${page.slug}.md`), `${frontMatter(page, updated)}\n${converted}`);
    written.push(page);
  }

  const header =
    "# Generated by bench/eval/convert-vue-docs.ts from vuejs-translations/docs-ko (text CC-BY-4.0). Do not edit or commit.\n";
  writeFileSync(path.join(outDir, "categories.yaml"), categoriesYaml(roots, header));

  printSummary({ outDir, roots, written, gitDir: source.gitDir, fallbackDates, stats, notes, missing, skipped });
}

main();
