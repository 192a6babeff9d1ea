/** Splits a Markdown file into its YAML front matter and body. */

export interface SplitFile {
  /** The YAML between the `---` fences, or null when the file has none. */
  readonly yaml: string | null;
  readonly body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, "");
  const match = FENCE.exec(text);
  if (!match) return { yaml: null, body: text };
  return { yaml: match[1] ?? "", body: text.slice(match[0].length) };
}
