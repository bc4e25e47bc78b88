import { fileURLToPath } from "node:url";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Tests import the packages by their public names; vitest resolves those names to
 * source, so `npm test` checks the code as it is, without a build in between. (The
 * built, packed packages are tested by `npm run test:package`.)
 */
export const workspaceAliases = {
  // Subpaths first: vitest matches an alias as a prefix, so the package name would swallow them.
  "@evovoice-sdk/mock-server/msw": source("packages/mock-server/src/msw.ts"),
  "@evovoice-sdk/client": source("packages/client/src/index.ts"),
  "@evovoice-sdk/mock-server": source("packages/mock-server/src/index.ts"),
};
