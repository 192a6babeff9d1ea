// @ts-check
// Finds a Chromium for the browser tests. When there is none and we are root with apt-get (as on
// CI), installs Debian's `chromium` package, the way `playwright install --with-deps` installs
// system packages; otherwise stops and says what to install. Playwright never downloads a browser.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromiumPath as found } from "./chromium.mjs";

export function ensureChromium() {
  if (found()) return found();
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt && process.env.NO_APT_INSTALL !== "1") {
    console.log("No Chromium found: installing Debian's chromium package with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [
      ["update", "-qq"],
      ["install", "-y", "-qq", "--no-install-recommends", "chromium"],
    ]) {
      const result = spawnSync("apt-get", args, { stdio: "inherit", env });
      if (result.status !== 0) break;
    }
    if (found()) return found();
  }
  console.error(
    "The browser tests need Chromium and none was found.\n" +
      "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
