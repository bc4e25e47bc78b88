// The public surface; types and documentation in index.d.ts, the choice of browser in README.md.

export { chromiumExecutable } from "./executable.js";
export { CHROMIUM_ARGS, launchChromium } from "./launch.js";
