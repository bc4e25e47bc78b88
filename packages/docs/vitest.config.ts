import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.aliases.js";

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ["test/**/*.test.ts"],
    // Compiling every sample and driving Chromium take seconds, not milliseconds; the bounds stay finite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
