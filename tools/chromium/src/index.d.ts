import type { Browser, LaunchOptions } from "playwright-core";

/** The arguments every launch gets: `--no-sandbox`, `--disable-gpu`, `--disable-background-networking`. */
export const CHROMIUM_ARGS: readonly string[];

/**
 * Launches headless Chromium with playwright-core: the browser chromiumExecutable() finds, CHROMIUM_ARGS
 * followed by `options.args`, and your other launch options.
 *
 * @default { timeout: 30_000 }
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await page.goto(url);
 * await browser.close();
 */
export function launchChromium(options?: Omit<LaunchOptions, "executablePath">): Promise<Browser>;

/**
 * The path of the Chromium to launch, in this order: `CHROMIUM_PATH` (it must be an executable file), the system's
 * /usr/bin/chromium, else the Chromium that the npm package @sparticuz/chromium ships (Linux x64),
 * extracted once into node_modules/.cache. Never downloads anything.
 *
 * @example
 * spawn(await chromiumExecutable(), ["--headless", "--dump-dom", url]);
 */
export function chromiumExecutable(options?: {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default "/usr/bin/chromium" */
  systemPath?: string;
  /** Where the npm Chromium is extracted. @default "node_modules/.cache/evovoice-sdk-chromium" */
  cacheDir?: string;
}): Promise<string>;
