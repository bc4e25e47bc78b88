import { fileURLToPath } from "node:url";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Tests import the packages by their public names; vitest resolves those names to
 * source, so `npm test` checks the code as it is, without a build in between. (The
 * built, packed packages are tested by `npm run test:package`.)
 */
export const workspaceAliases = {
  "@evovoice-sdk/client": source("packages/client/src/index.ts"),
  "@evovoice-sdk/mock-server": source("packages/mock-server/src/index.ts"),
};
