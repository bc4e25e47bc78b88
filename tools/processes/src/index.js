// The public surface; types in index.d.ts.
export { exec } from "./exec.js";
export { waitForOutput } from "./wait-for-output.js";
