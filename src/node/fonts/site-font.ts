/**
 * Pretendard cut down to the characters this site shows, at build time. The npm package's 92
 * unicode-range subsets cost a Korean page about 320 KB, too much to preload, so with
 * `font-display: optional` (swapping fonts moved article text: CLS 0.08–0.22 on a phone) a first
 * visit showed the system font. The site's own characters are few (the demo's 161 articles use
 * about 620 Hangul syllables): the most used ones go in one file that every page preloads, so it
 * arrives before the first paint and nothing moves; rare ones in a second file that loads only on
 * a page that shows them (on a first visit they may show in the system font, never moving).
 * Characters outside both (a query typed by a user) show in the system's Korean font.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { getSiteData } from "../site-data";
import { ui } from "../../ui/strings";
import { href } from "../urls";

/** The family name pages ask for first (src/styles/global.css). */
const SITE_FONT_FAMILY = "Pretendard Site";
/** The weights the pages use (400–700): the variable font's axis is cut to this range. */
const WEIGHTS = { min: 400, max: 700 } as const;
/** The preloaded file holds the characters of this share of all text, the interface's always. */
const CORE_SHARE = 0.995;
/** However large the site, the preloaded file stays small enough to arrive before the first paint. */
const CORE_LIMIT = 1100;
/** Printable ASCII and the marks the interface writes: always in the preloaded file. */
const ALWAYS = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i)) + "·›…×‘’“”–—";

export interface FontFile {
  /** File name under `fonts/`, with a content hash: cached for good. */
  readonly name: string;
  readonly body: Uint8Array;
  /** The characters it holds, as a CSS `unicode-range`. */
  readonly unicodeRange: string;
  /** Every page preloads it. */
  readonly preload: boolean;
}

/** CSS `unicode-range` for a set of code points, runs written as ranges. */
function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    const end = sorted[i]!;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return parts.join(", ");
}

/** Text the interface can show: every string of `ui`, the templates' literal text included. */
function interfaceText(): string {
  return Object.values(ui)
    .map((value) => (typeof value === "function" ? value.toString() : JSON.stringify(value)))
    .join(" ");
}

/** Code points by how often the site's text uses them, most used first; `pinned` come first whatever their count. */
function splitByUse(counts: ReadonlyMap<number, number>, pinned: ReadonlySet<number>): { core: number[]; rest: number[] } {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const ordered = [...counts.entries()].filter(([cp]) => !pinned.has(cp)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const core = [...pinned];
  let covered = [...pinned].reduce((sum, cp) => sum + (counts.get(cp) ?? 0), 0);
  let i = 0;
  for (; i < ordered.length && core.length < CORE_LIMIT && covered < total * CORE_SHARE; i++) {
    core.push(ordered[i]![0]);
    covered += ordered[i]![1];
  }
  return { core, rest: ordered.slice(i).map(([cp]) => cp) };
}

/** Controls and line breaks need no glyph; the space does (without it a page would fetch another file for it). */
function isDrawn(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || (cp > 0x20 && !(cp >= 0x7f && cp < 0xa0) && !/\s/u.test(String.fromCodePoint(cp)));
}

async function subsetOf(font: Buffer, codePoints: readonly number[], preload: boolean): Promise<FontFile> {
  const body = await subsetFont(font, String.fromCodePoint(...codePoints), {
    targetFormat: "woff2",
    variationAxes: { wght: WEIGHTS },
  });
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return {
    name: `pretendard-site-${preload ? "core" : "rest"}.${hash}.woff2`,
    body,
    unicodeRange: unicodeRange(codePoints),
    preload,
  };
}

let cached: Promise<FontFile[]> | undefined;

/** The site's font files: built once per build, from the content as it is. */
export function getSiteFontFiles(): Promise<FontFile[]> {
  cached ??= (async () => {
    const data = await getSiteData();
    const counts = new Map<number, number>();
    const add = (text: string) => {
      for (const ch of text.normalize("NFC")) {
        const cp = ch.codePointAt(0)!;
        if (isDrawn(cp)) counts.set(cp, (counts.get(cp) ?? 0) + 1);
      }
    };
    for (const article of data.articles) {
      add(article.data.title);
      add(article.data.text);
      add(article.data.categoryLabels.join(" "));
    }
    const pinnedText = [ALWAYS, interfaceText(), ...data.categories.map((c) => `${c.label} ${c.description ?? ""}`)].join(" ");
    const pinned = new Set([...pinnedText.normalize("NFC")].map((ch) => ch.codePointAt(0)!).filter(isDrawn));
    for (const cp of pinned) counts.set(cp, counts.get(cp) ?? 0);
    const { core, rest } = splitByUse(counts, pinned);
    const fontPath = createRequire(import.meta.url).resolve("pretendard/dist/public/variable/PretendardVariable.ttf");
    const font = await readFile(fontPath);
    const files = [await subsetOf(font, core, true)];
    if (rest.length) files.push(await subsetOf(font, rest, false));
    return files;
  })();
  return cached;
}

/** The `@font-face` rules pages carry inline (the file names are only known at build time). */
export function fontFaceCss(files: readonly FontFile[]): string {
  return files
    .map(
      (file) =>
        `@font-face{font-family:"${SITE_FONT_FAMILY}";src:url("${href(`fonts/${file.name}`)}") format("woff2");` +
        `font-weight:${WEIGHTS.min} ${WEIGHTS.max};font-display:optional;unicode-range:${file.unicodeRange}}`,
    )
    .join("");
}
