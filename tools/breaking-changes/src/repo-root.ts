import { fileURLToPath } from "node:url";

/** The monorepo this gate checks by default (`--root` checks another checkout). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
