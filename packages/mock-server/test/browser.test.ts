import { fileURLToPath } from "node:url";
import { launchChromium } from "@evovoice-sdk/chromium";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ALIASES = {
  "@evovoice-sdk/mock-server": source("../src/index.ts"),
  "@evovoice-sdk/client": source("../../client/src/index.ts"),
};

/** Bundles for the browser as an app would: esbuild fails on any node: import it has to resolve. */
async function bundle(entry: string, external: string[] = []): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    alias: ALIASES,
    external,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("in a browser", () => {
  it("the MSW handlers bundle for the browser (for setupWorker)", async () => {
    const code = await bundle(source("../src/msw.ts"), ["msw"]);
    expect(code).not.toMatch(/from\s*"node:/);
  });

  it("createMockFetch bundles with the SDK and runs in headless Chromium", async () => {
    const code = await bundle(source("./fixtures/browser-app.ts"));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.setContent("<!doctype html><title>mock</title>");
      await page.addScriptTag({ content: code, type: "module" });
      const result = await page.evaluate(
        () => (window as unknown as { __result: Promise<unknown> }).__result,
      );
      expect(errors).toEqual([]);
      expect(result).toEqual({
        sent: "Outgoing",
        texts: ["Hello, browser", "From a browser"],
        dropped: "TypeError",
        records: 2,
      });
    } finally {
      await browser.close();
    }
  });
});
