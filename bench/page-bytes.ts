// npm run bench:page -- [--dir .tmp/site-root] [--path articles/cb-channel-connect/]: what one page
// downloads in Chromium with a cold cache, served compressed by scripts/serve.mjs, by kind
// (document, stylesheet, script, font, image, other), in bytes on the wire.
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.mjs";
import { serveSite, waitForServer } from "./local-site";
import { readOptions } from "./cli";

const { values: options } = readOptions(
  { options: { dir: { type: "string", default: "dist" }, path: { type: "string", default: "articles/cb-channel-connect/" } } },
  "npm run bench:page -- [--dir .tmp/site-root] [--path articles/cb-channel-connect/]",
);
const dir = path.resolve(options.dir);
const pagePath = options.path;
const port = 4690;

const server = serveSite(dir, port);
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const page = await (await browser.newContext()).newPage();
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
        const kind = ["document", "stylesheet", "script", "font", "image"].includes(request.resourceType())
          ? request.resourceType()
          : "other";
        sizes.set(kind, (sizes.get(kind) ?? 0) + responseBodySize + responseHeadersSize);
      }),
    );
  });
  await page.goto(`http://127.0.0.1:${port}/${pagePath}`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  await browser.close();
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`${pagePath} (${dir}): ${(total / 1024).toFixed(1)} KB in all`);
  for (const [kind, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${(bytes / 1024).toFixed(1)} KB`);
} finally {
  server.kill();
}
