// ESLint (flat config): typescript-eslint with type information for TypeScript, eslint-plugin-astro
// for components, and the layers of docs/ARCHITECTURE.md: code lives by where it runs, and an import
// across a layer's edge fails the lint, naming the import. `npm run lint` and `npm test` run it with
// zero warnings allowed.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";

/**
 * Imports a layer may not make: `from` names the folders (as import paths reach them), `why` is
 * the message. Relative paths are matched by their folder names (`../client/dom`).
 */
/** @param {...{ from: string[], why: string }} rules */
const forbid = (...rules) => ({
  "no-restricted-imports": [
    "error",
    { patterns: rules.map(({ from, why }) => ({ group: from.flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]), message: why })) },
  ],
});
const NOT_TESTS = { from: ["tests", "bench"], why: "the site's code never depends on tests or benchmarks" };
const NO_NODE_API = { from: ["node:*"], why: "this layer runs in the browser too: no Node API" };
const NOT_NODE = { from: ["node"], why: "build-time Node code (src/node) is not for this layer" };
const NOT_CLIENT = { from: ["client"], why: "browser code (src/client) is not for this layer; shared code goes in src/shared" };
// typescript-eslint turns `no-undef` off for TypeScript (the compiler checks names), and the one
// tsconfig gives every file both the DOM's and Node's types: these name the globals a layer must not use.
const NODE_GLOBALS = ["process", "Buffer", "require", "module", "__dirname", "__filename", "global"].map((name) => ({
  name,
  message: "a Node global: this code runs in the browser",
}));
const BROWSER_GLOBALS = ["window", "document", "navigator", "location", "history", "localStorage", "sessionStorage"].map(
  (name) => ({ name, message: "a browser global: this code runs in Node at build time" }),
);
const NOT_PAGES = { from: ["pages", "components", "layouts"], why: "pages and components are rendered at build time" };

export default defineConfig(
  { ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  {
    // Components: the template is checked by astro check; type-aware rules need a program astro files are not part of.
    files: ["**/*.astro", "**/*.astro/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  // Layers (docs/ARCHITECTURE.md). The search core and src/shared run in the browser and in Node:
  // neither the DOM nor Node's APIs, nor any other layer of the site.
  {
    files: ["src/search/**/*.ts", "src/shared/**/*.ts", "src/ui/**/*.ts"],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      ...forbid(NOT_CLIENT, NOT_NODE, NOT_PAGES, NOT_TESTS, NO_NODE_API),
      "no-restricted-globals": ["error", ...NODE_GLOBALS, ...BROWSER_GLOBALS],
    },
  },
  // The browser: the DOM, the search core, src/shared, src/ui; never build-time code.
  {
    files: ["src/client/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...forbid(NOT_NODE, NOT_PAGES, NOT_TESTS, NO_NODE_API), "no-restricted-globals": ["error", ...NODE_GLOBALS] },
  },
  // Build time: Node, the search core, src/shared; never the browser's code.
  {
    files: ["src/node/**/*.ts", "src/pages/**/*.ts", "src/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: { ...forbid(NOT_CLIENT, NOT_TESTS), "no-restricted-globals": ["error", ...BROWSER_GLOBALS] },
  },
  {
    // A component's frontmatter runs at build time; its <script> tags (linted as `*.astro/*.ts`) in the browser.
    files: ["src/**/*.astro"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid(NOT_CLIENT, NOT_TESTS),
  },
  {
    files: ["src/**/*.astro/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...forbid(NOT_NODE, NOT_PAGES, NOT_TESTS, NO_NODE_API), "no-restricted-globals": ["error", ...NODE_GLOBALS] },
  },
  // Tooling: benchmarks may use the site's code but not the tests (tests may test the benchmarks' code).
  {
    files: ["bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid({ from: ["tests"], why: "benchmarks do not depend on the tests (shared tooling lives in bench/ or scripts/)" }),
  },
  {
    files: ["tests/**/*.ts", "scripts/**/*.mjs", "docs/**/*.mjs", "*.{js,mjs,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
