/**
 * The layers of docs/ARCHITECTURE.md are enforced by `npm run lint` (eslint.config.js): an import
 * across a layer's edge fails, naming the import. Each case lints one line as if it were in a file
 * of that layer; the site's own files are linted by `npm run lint` itself.
 */
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, test } from "vitest";

// The type-aware rules need the file in a TypeScript program; these lines exist only here.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function problems(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport {};\n`, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId ?? "?"}: ${m.message}`);
}

describe("an import across a layer's edge fails the lint, naming it", () => {
  test.each([
    ["src/client/x.ts", 'import { SEARCH_LOG_URL } from "../node/settings";', "../node/settings"],
    ["src/search/x.ts", 'import { attachSearchBox } from "../client/search-box";', "../client/search-box"],
    ["src/node/x.ts", 'import { attachSearchBox } from "../client/search-box";', "../client/search-box"],
    ["src/search/x.ts", 'import { readFileSync } from "node:fs";', "node:fs"],
    ["src/shared/x.ts", 'import { getSiteData } from "../node/site-data";', "../node/site-data"],
    ["src/client/x.ts", 'import { engineFor } from "../../tests/unit/helpers";', "../../tests/unit/helpers"],
    ["src/node/x.ts", 'import { generateCorpus } from "../../bench/corpus";', "../../bench/corpus"],
    ["bench/x.ts", 'import { typeWithIme } from "../tests/e2e/ime";', "../tests/e2e/ime"],
  ])("%s: %s", async (file, line, named) => {
    const found = await problems(file, line);
    expect(
      found.some((p) => p.startsWith("no-restricted-imports") && p.includes(`'${named}'`)),
      found.join("\n"),
    ).toBe(true);
  });
});

describe("imports within the layers' rules pass", () => {
  test.each([
    ["src/client/x.ts", 'import { SearchEngine } from "../search/engine";'],
    ["src/node/x.ts", 'import { SearchEngine } from "../search/engine";'],
    ["src/client/x.ts", 'import { pageWindow } from "../shared/page-window";'],
    ["src/node/x.ts", 'import { readFileSync } from "node:fs";'],
    ["tests/unit/x.ts", 'import { generateCorpus } from "../../bench/corpus";'],
  ])("%s: %s", async (file, line) => {
    expect((await problems(file, line)).filter((p) => p.startsWith("no-restricted-imports"))).toEqual([]);
  });
});

test("browser globals only in browser code, Node globals only in Node code", async () => {
  const globalsUsed = async (file: string) =>
    (await problems(file, "document.title = process.title;"))
      .filter((p) => p.startsWith("no-restricted-globals"))
      .map((p) => /'(\w+)'/.exec(p)![1]);
  expect(await globalsUsed("src/search/x.ts")).toEqual(["document", "process"]);
  expect(await globalsUsed("src/client/x.ts")).toEqual(["process"]);
  expect(await globalsUsed("src/node/x.ts")).toEqual(["document"]);
});
