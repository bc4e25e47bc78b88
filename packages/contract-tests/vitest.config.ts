import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.aliases.js";

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ["test/**/*.test.ts"],
    // Test files share a worker and its module cache instead of one fresh process each: every file
    // imports the same spec, Ajv, client and mock server, and re-importing them was a quarter of the
    // suite's CPU. Files keep no state between them (each starts and closes its own servers).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
