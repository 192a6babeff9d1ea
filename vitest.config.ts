import { defineConfig } from "vitest/config";

// The dev-loop test times a running `astro dev` (edits served within 2 s). It runs after the other
// unit tests, on its own: next to the 2,000-article builds on a 2-core machine it measured the
// machine's load, not the dev loop, and failed CI once.
const TIMED_ALONE = ["tests/unit/dev-loop.test.ts"];

export default defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: ".tmp/results/vitest.json" }]],
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: TIMED_ALONE, sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: "timed", include: TIMED_ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
