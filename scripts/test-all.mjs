// @ts-check
// `npm test`: formatting, type checks, unit tests and browser tests, then one summary line
// `N passed, N failed` counting unit and browser tests (a failed check counts as one failure).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
/** @param {string} title @param {string} command @param {string[]} args */
const step = (title, command, args) => {
  console.log(`\n=== ${title} ===`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
};
/**
 * @typedef {{ numPassedTests: number; numFailedTests: number;
 *   testResults?: { name: string; assertionResults: { status: string; fullName: string }[] }[] }} VitestReport
 * @typedef {{ title: string; specs?: { title: string; tests: { projectName: string; status: string }[] }[];
 *   suites?: PlaywrightSuite[] }} PlaywrightSuite
 * @typedef {{ stats: { expected: number; flaky: number; unexpected: number }; suites?: PlaywrightSuite[] }} PlaywrightReport
 */
/**
 * @template T
 * @param {string} file
 * @returns {T | undefined}
 */
function readJson(file) {
  try {
    /** @type {unknown} */
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    return /** @type {T} */ (parsed);
  } catch {
    return undefined;
  }
}

rmSync(".tmp/results", { recursive: true, force: true });
let passed = 0;
let failed = 0;
const checks = [];

/** @type {[title: string, command: string, args: string[]][]} */
const CHECKS = [
  ["Prettier", "prettier", ["--check", "."]],
  ["astro check (TypeScript strict)", "astro", ["check"]],
  ["search core without the DOM (src/search/tsconfig.json)", "tsc", ["-p", "src/search/tsconfig.json"]],
  ["scripts type-checked from their JSDoc (scripts/tsconfig.json)", "tsc", ["-p", "scripts/tsconfig.json"]],
  ["ESLint (no warnings)", "eslint", ["--max-warnings", "0", "."]],
  ["knip (no unused files, exports or dependencies)", "knip", []],
];
for (const [title, command, args] of CHECKS) {
  const ok = step(title, command, args);
  checks.push(`${title}: ${ok ? "ok" : "FAILED"}`);
  if (!ok) failed += 1;
}

const unitOk = step("Unit tests (Vitest)", "vitest", ["run"]);
/** @type {VitestReport | undefined} */
const unit = readJson(".tmp/results/vitest.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1;

const e2eOk = step("Browser tests (Playwright)", "node", ["scripts/run-e2e.mjs"]);
/** @type {PlaywrightReport | undefined} */
const e2e = readJson(".tmp/results/playwright.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

// The names of failed tests come last, next to the summary: a CI log is often read from its end.
/** @type {string[]} */
const failures = [];
for (const file of unit?.testResults ?? [])
  for (const test of file.assertionResults)
    if (test.status === "failed") failures.push(`unit: ${file.name.replace(`${process.cwd()}/`, "")} › ${test.fullName}`);
/** @param {PlaywrightSuite} suite @param {string[]} titles */
const walk = (suite, titles) => {
  const path = [...titles, suite.title].filter(Boolean);
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      if (test.status === "unexpected") failures.push(`browser: [${test.projectName}] ${[...path, spec.title].join(" › ")}`);
  for (const child of suite.suites ?? []) walk(child, path);
};
for (const suite of e2e?.suites ?? []) walk(suite, []);

console.log(`\n${checks.join("\n")}`);
if (failures.length > 0) console.log(`Failed:\n  ${failures.join("\n  ")}`);
console.log(`Unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : "no results"}`);
console.log(`Browser: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : "no results"}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
