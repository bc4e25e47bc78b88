// The browser row: the consumer bundles its page with esbuild (platform
// browser, so any `node:` import in the SDK fails the build), a static server
// on another loopback port serves it (so the send is a real cross-origin
// request), and headless Chromium (the system's or npm's, @evovoice-sdk/chromium) runs it.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { launchChromium } from "@evovoice-sdk/chromium";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

export async function bundleForBrowser(consumerDir) {
  const out = join(consumerDir, "browser-dist");
  mkdirSync(out, { recursive: true });
  await exec(
    join(consumerDir, "node_modules/.bin/esbuild"),
    [
      "browser.mjs",
      "--bundle",
      "--minify",
      "--format=esm",
      "--platform=browser",
      `--outfile=${out}/bundle.js`,
    ],
    { cwd: consumerDir, env: cleanEnv(), timeoutMs: 30_000, throwOnError: true },
  );
  copyFileSync(join(consumerDir, "index.html"), join(out, "index.html"));
  return out;
}

function serveStatic(dir) {
  const types = { "/index.html": "text/html", "/bundle.js": "text/javascript" };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (!types[path]) return res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": `${types[path]}; charset=utf-8` })
      .end(readFileSync(join(dir, path)));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Opens the page in Chromium and returns what it left on window.__result. */
export async function sendFromChromium(dir, params, timeoutMs) {
  const server = await serveStatic(dir);
  const browser = await launchChromium({ timeout: timeoutMs });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const query = new URLSearchParams(params);
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html?${query}`, { timeout: timeoutMs });
    const handle = await page
      .waitForFunction(() => window.__result, undefined, { timeout: timeoutMs })
      .catch((error) => {
        throw new Error(
          `${error.message}${pageErrors.length ? `; page errors: ${pageErrors.join("; ")}` : ""}`,
        );
      });
    const result = await handle.jsonValue();
    return { ...result, userAgent: await page.evaluate(() => navigator.userAgent) };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
