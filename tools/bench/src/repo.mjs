import { fileURLToPath } from "node:url";

/** The monorepo's root, with a trailing slash: the bench builds, tests and reads packages there. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A path inside the monorepo, from a root-relative one. */
export const fromRoot = (path) => `${ROOT}${path}`;

/** The environment of the commands the bench times: no turbo telemetry call in the measurement. */
export const BENCH_ENV = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
