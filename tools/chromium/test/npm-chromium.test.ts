import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CHROMIUM_ARGS, chromiumExecutable, launchChromium } from "../src/index.js";
import { npmChromium } from "../src/npm-chromium.js";

// The machine this runs on may have a system Chromium; this makes sure the npm one, which a machine
// without it gets, works too.
const scratch = mkdtempSync(join(tmpdir(), "evovoice-chromium-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const fakeExtract = fileURLToPath(new URL("./fixtures/fake-extract.js", import.meta.url));

describe("the Chromium npm installs (@sparticuz/chromium)", () => {
  it("is what launchChromium() starts when there is no system Chromium, with the shared arguments", async () => {
    // The real extraction, into node_modules/.cache: done once per install, then reused.
    const executablePath = await chromiumExecutable({
      env: {},
      systemPath: join(scratch, "no-system-chromium"),
    });
    expect(executablePath).toMatch(/node_modules\/\.cache\/evovoice-sdk-chromium\/153\.\d+\.\d+\/chromium$/);
    expect(CHROMIUM_ARGS).toEqual(["--no-sandbox", "--disable-gpu", "--disable-background-networking"]);
    // One browser for the whole package's tests: launchChromium() itself, pointed at the npm build.
    vi.stubEnv("CHROMIUM_PATH", executablePath);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent("<h1>Evo Voice</h1>");
      expect(await page.locator("h1").textContent()).toBe("Evo Voice");
      expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\/153\./);
    } finally {
      await browser.close();
      vi.unstubAllEnvs();
    }
  });

  it("is extracted whole, once, even when callers race for an empty cache", async () => {
    const cacheDir = join(scratch, "race");
    const options = { extractScript: fakeExtract };
    const [first, second] = await Promise.all([
      npmChromium(cacheDir, options),
      npmChromium(cacheDir, options),
    ]);
    expect(first).toBe(second);
    accessSync(first, constants.X_OK);
    // One extraction won; its file is complete (both steps written), and no staging folder is left.
    expect(readFileSync(first, "utf8")).toMatch(/^#!\/bin\/sh\necho \d+\n$/);
    expect(readdirSync(cacheDir)).toEqual([first.split("/").at(-2)]);
    // A later call finds it and extracts nothing.
    const winner = readFileSync(first, "utf8");
    expect(await npmChromium(cacheDir, options)).toBe(first);
    expect(readFileSync(first, "utf8")).toBe(winner);
  });
});
