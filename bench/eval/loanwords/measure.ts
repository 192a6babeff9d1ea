/**
 * How often a loanword typed in one script finds the articles' word in the other (lexicon.ts
 * `acrossScripts`): over a list of Korean loanwords and their English spellings (`pairs.txt`,
 * written down from general usage, not from any evaluation question or engine output), against the
 * vocabulary of built search files. A pair counts where the built site writes its target word:
 * Hangul → Latin where the articles write the English word, Latin → Hangul where they write the
 * Korean one.
 *
 *   npm run eval:loanwords -- .tmp/eval/react-ko/dist-nosyn/search-data [--misses]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileCache } from "../../../src/search/file-cache";
import { Lexicon } from "../../../src/search/lexicon";
import { MemorySource } from "../../memory-source";

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith("--"));
if (!dir) {
  console.error("usage: npm run eval:loanwords -- <built search-data folder> [--misses]");
  process.exit(2);
}
const names = readdirSync(dir);
const metaName = names.find((name) => name.startsWith("meta."));
if (!metaName) {
  console.error(`${dir}: no meta file; build the site first`);
  process.exit(2);
}
const read = (name: string) => ({ name, body: readFileSync(path.join(dir, name), "utf8") });
const source = new MemorySource({ meta: read(metaName), others: names.filter((name) => name !== metaName).map(read) });
const files = new FileCache(source);
const words = await files.words();
const written = new Set(words.map(([word]) => word));
const lexicon = new Lexicon(words, new Set(files.meta.shortWords ?? ""));

const listFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "pairs.txt");
const pairs = readFileSync(listFile, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => line.trim().split(/\s+/) as [string, string]);

const tally = { toLatin: { right: 0, all: 0 }, toHangul: { right: 0, all: 0 } };
for (const [hangul, latin] of pairs) {
  for (const [from, to, counts] of [
    [hangul, latin, tally.toLatin],
    [latin, hangul, tally.toHangul],
  ] as const) {
    if (!written.has(to)) continue;
    counts.all++;
    const found = lexicon.acrossScripts(from);
    if (found === to) counts.right++;
    else if (args.includes("--misses")) console.log(`miss: ${from} → ${found ?? "nothing"} (wanted ${to})`);
  }
}
const share = ({ right, all }: { right: number; all: number }) => `${right}/${all} (${all ? (right / all).toFixed(2) : "-"})`;
console.log(`${pairs.length} pairs; Hangul → Latin ${share(tally.toLatin)}; Latin → Hangul ${share(tally.toHangul)}`);
