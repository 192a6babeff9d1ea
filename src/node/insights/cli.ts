// npm run search-report -- LOG.ndjson [--out report.html] [--top N] [--synonyms content/synonyms.yaml]
// Reads a search-event log (one JSON event per line, docs/deploy/search-log.md), prints the summary
// and, with --out, writes it as one self-contained HTML page. --top: rows per list (20).
// --synonyms: the site's synonyms file, so suggestions do not repeat its groups (by default
// $CONTENT_DIR/synonyms.yaml or content/synonyms.yaml, when there is one).
// A file that cannot be read or written, or a bad option, is one line on stderr and exit code 1.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ContentProblem } from "../content/problems";
import { readSynonyms, SYNONYMS_FILE } from "../content/synonyms-file";
import { fileErrorReason, LogFileError, readEvents } from "./read-events";
import { reportHtml } from "./report-html";
import { reportText } from "./report-text";
import { SearchLogSummariser } from "./summarise";
import { synonymSuggestionYaml } from "./synonym-suggestions";

const USAGE = "usage: npm run search-report -- LOG.ndjson [--out report.html] [--top N] [--synonyms FILE]";
const DEFAULT_TOP = 20;

/** A mistake of the caller's: shown as one line, without a stack. */
class UsageError extends Error {}

async function siteSynonyms(file: string | undefined): Promise<string[][]> {
  const chosen = file ?? path.join(process.env.CONTENT_DIR || "content", SYNONYMS_FILE);
  let text: string;
  try {
    text = await readFile(chosen, "utf8");
  } catch (error) {
    // Without the option, no file means no groups yet; a file asked for must be there.
    if (file === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new UsageError(`cannot read the synonyms file ${chosen}: ${fileErrorReason(error)}`);
  }
  // Its problems are the build's to report; the groups it could read are enough here.
  const problems: ContentProblem[] = [];
  return readSynonyms(text, chosen, problems);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        top: { type: "string" },
        synonyms: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? `no log file given\n${USAGE}` : `one log file at a time\n${USAGE}`);
  const top = values.top === undefined ? DEFAULT_TOP : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a whole number ≥ 1, got "${values.top}"`);
  const file = positionals[0]!;

  const existing = await siteSynonyms(values.synonyms);
  const summariser = new SearchLogSummariser();
  const lines = await readEvents(file, (event) => summariser.add(event));
  const summary = summariser.result(top);
  const report = { file, lines, summary, synonymYaml: synonymSuggestionYaml(summary.reformulations, existing) };
  process.stdout.write(reportText(report));
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, reportHtml(report));
    } catch (error) {
      throw new UsageError(`cannot write ${values.out}: ${fileErrorReason(error)}`);
    }
    console.error(`Wrote ${values.out}`);
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError || error instanceof LogFileError)) throw error;
  console.error(`search-report: ${error.message}`);
  process.exitCode = 1;
}
