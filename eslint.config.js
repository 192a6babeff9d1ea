// ESLint (flat config): typescript-eslint with type information for TypeScript, eslint-plugin-astro
// for components, Node globals for the scripts. `npm run lint` and `npm test` run it with zero warnings allowed.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";

export default defineConfig(
  { ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  ...astro.configs.recommended,
  {
    // Components: the template is checked by astro check; type-aware rules need a program astro files are not part of.
    files: ["**/*.astro", "**/*.astro/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/client/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain scripts the browser runs as they are (public/theme.js).
    files: ["public/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
);
