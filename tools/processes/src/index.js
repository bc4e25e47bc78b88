// The public surface; each concept lives in a file of its own. Types: index.d.ts.
export { cleanEnv } from "./clean-env.js";
export { killAll } from "./groups.js";
export { describeExit, run, runOrThrow, tail } from "./run.js";
export { start } from "./start.js";
