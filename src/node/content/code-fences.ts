/**
 * Code fence languages as authors write them: `XML`, `SQL` and `Json` are the languages Shiki knows
 * as `xml`, `sql` and `json`, and a language it does not know (`JSP`) is rendered as plain code
 * instead of a build warning per block. Applied to the Markdown before it is rendered (Astro 7's
 * Markdown processor takes no remark plugins); only opening fence lines change.
 */
import { bundledLanguages } from "shiki";

const KNOWN = new Set(Object.keys(bundledLanguages));
/** Names for "no language": rendered as plain code, and not worth a mention. */
const PLAIN = new Set(["text", "plaintext", "plain", "txt"]);
// An opening or closing fence: up to three spaces, then three or more backticks or tildes.
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

export interface FencedLanguages {
  readonly markdown: string;
  /** Languages without highlighting, lower case, with how many blocks used each. */
  readonly unknown: ReadonlyMap<string, number>;
}

export function normalizeFenceLanguages(markdown: string): FencedLanguages {
  const unknown = new Map<string, number>();
  let open: string | null = null;
  const lines = markdown.split("\n").map((line) => {
    const match = FENCE.exec(line);
    if (!match) return line;
    const [, indent, fence, rest] = match as unknown as [string, string, string, string];
    if (open !== null) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === "") open = null;
      return line;
    }
    open = fence;
    const info = rest.trim();
    const [lang = "", ...meta] = info.split(/\s+/);
    if (!lang || (fence[0] === "`" && lang.includes("`"))) return line;
    const lower = lang.toLowerCase();
    if (PLAIN.has(lower)) return `${indent}${fence}`;
    if (KNOWN.has(lower)) return `${indent}${fence}${[lower, ...meta].join(" ")}`;
    unknown.set(lower, (unknown.get(lower) ?? 0) + 1);
    // No language at all: plain code, which the highlighter renders without a warning.
    return `${indent}${fence}`;
  });
  return { markdown: lines.join("\n"), unknown };
}
