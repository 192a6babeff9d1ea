// npm run corpus -- N [DIR], or npm run corpus -- --articles N --out DIR [--seed S]: writes a valid
// content folder of N generated articles (DIR defaults to .tmp/corpus/N/content).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { corpusFiles, generateCorpus } from "./corpus";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const positional = args.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
const count = Number(option("articles") ?? positional[0] ?? "300");
const out = option("out") ?? positional[1] ?? path.join(".tmp", "corpus", String(count), "content");
const seed = Number(option("seed") ?? "20261125");
if (!Number.isInteger(count) || count < 1) {
  console.error("usage: npm run corpus -- N [DIR]  or  npm run corpus -- --articles N --out DIR [--seed S]");
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
