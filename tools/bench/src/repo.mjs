import { fileURLToPath } from "node:url";

/** The monorepo's root, with a trailing slash: the bench builds, tests and reads packages there. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A path inside the monorepo, from a root-relative one. */
export const fromRoot = (path) => `${ROOT}${path}`;
