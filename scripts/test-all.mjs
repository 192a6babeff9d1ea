// `npm test`: formatting, type checks, unit tests and browser tests, then one summary line
// `N passed, N failed` counting unit and browser tests (a failed check counts as one failure).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
const step = (title, command, args) => {
  console.log(`\n=== ${title} ===`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
};
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
};

rmSync(".tmp/results", { recursive: true, force: true });
let passed = 0;
let failed = 0;
const checks = [];

for (const [title, command, args] of [
  ["Prettier", "prettier", ["--check", "."]],
  ["astro check (TypeScript strict)", "astro", ["check"]],
  ["search core without the DOM (src/search/tsconfig.json)", "tsc", ["-p", "src/search/tsconfig.json"]],
]) {
  const ok = step(title, command, args);
  checks.push(`${title}: ${ok ? "ok" : "FAILED"}`);
  if (!ok) failed += 1;
}

const unitOk = step("Unit tests (Vitest)", "vitest", ["run"]);
const unit = readJson(".tmp/results/vitest.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1;

const e2eOk = step("Browser tests (Playwright)", "node", ["scripts/run-e2e.mjs"]);
const e2e = readJson(".tmp/results/playwright.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

console.log(`\n${checks.join("\n")}`);
console.log(`Unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : "no results"}`);
console.log(`Browser: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : "no results"}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
