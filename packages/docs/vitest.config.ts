import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.aliases.js";

export default defineConfig({
  // Listed in order: the mock's `/msw` subpath comes before the package's own name (vitest.aliases.ts).
  resolve: { alias: Object.entries(workspaceAliases).map(([find, replacement]) => ({ find, replacement })) },
  test: {
    include: ["test/**/*.test.ts"],
    // Compiling every sample and driving Chromium take seconds, not milliseconds; the bounds stay finite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
