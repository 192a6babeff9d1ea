/**
 * Streams a search-event log (NDJSON) line by line: a log grows without bound, so it is never read
 * into memory whole. Bad lines are counted and skipped; the first few are kept, with the reason,
 * for the report's note, because one bad line among a million is noise but a sender that writes
 * every line wrong should be told what is wrong.
 */
import { once } from "node:events";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseSearchEvent, type SearchEvent } from "../../shared/search-event";

interface BadLine {
  /** 1-based, as an editor shows it. */
  readonly line: number;
  readonly reason: string;
}

export interface ReadStats {
  /** Lines in the file, blank ones included. */
  lines: number;
  events: number;
  /** White-space-only lines: skipped, not counted as bad (an appending endpoint may leave one). */
  blank: number;
  bad: number;
  /** The first bad lines, at most `BAD_LINES_KEPT`. */
  readonly firstBad: BadLine[];
}

const BAD_LINES_KEPT = 5;
const BLANK = /^\uFEFF?\s*$/;

/** A file that cannot be read, with a message fit for one line of output (no stack). */
export class LogFileError extends Error {
  override name = "LogFileError";
}

/** Why a file could not be read or written, in a few words. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder, not a file";
  return error instanceof Error ? error.message : String(error);
}

/** Calls `onEvent` for each good line, in file order; resolves to the line counts. */
export async function readEvents(file: string, onEvent: (event: SearchEvent) => void): Promise<ReadStats> {
  const stats: ReadStats = { lines: 0, events: 0, blank: 0, bad: 0, firstBad: [] };
  let handle;
  try {
    handle = await open(file, "r");
    // A pipe is fine (`zcat log.gz | … /dev/stdin`); a folder opens but cannot be read.
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
  } catch (error) {
    await handle?.close();
    throw new LogFileError(`cannot read ${file}: ${fileErrorReason(error)}`);
  }
  const input = handle.createReadStream({ encoding: "utf8", highWaterMark: 1 << 20 });
  // readline does not pass on its input's errors: wait for whichever comes first.
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (error) => reject(new LogFileError(`cannot read ${file}: ${fileErrorReason(error)}`))),
  );
  // crlfDelay: a CRLF is one line break even when the CR ends one chunk and the LF starts the next.
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (line) => {
    stats.lines++;
    if (BLANK.test(line)) {
      stats.blank++;
      return;
    }
    const event = parseSearchEvent(line);
    if ("error" in event) {
      stats.bad++;
      if (stats.firstBad.length < BAD_LINES_KEPT) stats.firstBad.push({ line: stats.lines, reason: event.error });
      return;
    }
    stats.events++;
    onEvent(event);
  });
  try {
    await Promise.race([once(lines, "close"), failed]);
  } finally {
    lines.close();
    input.destroy();
  }
  return stats;
}
