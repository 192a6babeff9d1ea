/**
 * Command-line options for the benchmark scripts, read with Node's own `util.parseArgs` (strict:
 * an unknown option or one without its value stops the script with the usage line, exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

export function readOptions<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** `2000,10000` as positive whole numbers, or a message naming the option. */
export function articleCounts(option: string, value: string): number[] {
  const counts = value
    .split(",")
    .filter((s) => s.trim() !== "")
    .map(Number);
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error(`--${option} takes article counts, e.g. --${option} 2000,10000,50000 (got ${value})`);
    process.exit(2);
  }
  return counts;
}

/** One positive whole number (`3`), or a message naming the option. */
export function positiveNumber(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n <= 0) {
    console.error(`--${option} takes a positive whole number, e.g. --${option} 3 (got ${value})`);
    process.exit(2);
  }
  return n;
}
