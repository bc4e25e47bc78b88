import { chromium } from "playwright-core";
import { chromiumExecutable } from "./executable.js";

// Root in a container needs --no-sandbox; there is no GPU; and a test must not phone home (updates,
// safe browsing, metrics), which also keeps the "no request leaves the machine" checks honest.
// The npm build needs nothing more here (its own list is for AWS Lambda: --single-process, …).
export const CHROMIUM_ARGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
]);

/** playwright-core's chromium.launch() on chromiumExecutable(), with CHROMIUM_ARGS first. */
export async function launchChromium(options = {}) {
  return chromium.launch({
    timeout: 30_000,
    ...options,
    executablePath: await chromiumExecutable(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
