/** Small helpers for benchmark scripts: sizes as a CDN would serve them, and timing distributions. */
import { readFile, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(body: string | Uint8Array): Sizes {
  const buffer = typeof body === "string" ? Buffer.from(body) : Buffer.from(body);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliSize(buffer),
  };
}

/** Brotli size at `quality` (11, what a CDN serves pre-compressed files at, unless asked for a faster estimate). */
export function brotliSize(body: string | Uint8Array, quality = 11): number {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/**
 * Puts `section` (Markdown starting with its `## ` heading line) into `file` in place of the section
 * with that heading, up to the next `## `, or at the end: each benchmark script owns its section of
 * docs/BENCHMARKS.md and leaves the others as they are.
 */
export async function replaceSection(file: string, section: string): Promise<void> {
  const heading = section.slice(0, section.indexOf("\n"));
  const current = await readFile(file, "utf8");
  const start = current.indexOf(heading);
  const end = start < 0 ? -1 : current.indexOf("\n## ", start + 1);
  await writeFile(
    file,
    start < 0
      ? `${current.trimEnd()}\n\n${section}`
      : // One blank line before the next section.
        `${current.slice(0, start)}${section.trimEnd()}\n${end < 0 ? "" : `\n${current.slice(end + 1)}`}`,
  );
}
