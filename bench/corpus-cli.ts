// npm run corpus -- N [DIR], or npm run corpus -- --articles N --out DIR [--seed S]: writes a valid
// content folder of N generated articles (DIR defaults to .tmp/corpus/N/content).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { corpusFiles, generateCorpus } from "./corpus";
import { readOptions } from "./cli";

const USAGE = "npm run corpus -- N [DIR]  or  npm run corpus -- --articles N --out DIR [--seed S]";
const { values: options, positionals } = readOptions(
  {
    options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "20261125" } },
    allowPositionals: true,
  },
  USAGE,
);
const count = Number(options.articles ?? positionals[0] ?? "300");
const out = options.out ?? positionals[1] ?? path.join(".tmp", "corpus", String(count), "content");
const seed = Number(options.seed);
if (!Number.isInteger(count) || count < 1) {
  console.error(`usage: ${USAGE}`);
  process.exit(2);
}

export async function writeCorpus(articleCount: number, dir: string, corpusSeed = seed): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [name, text] of corpusFiles(generateCorpus(articleCount, corpusSeed))) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

await writeCorpus(count, path.resolve(out));
console.log(`wrote ${count} articles to ${out}`);
