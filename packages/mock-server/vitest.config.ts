import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the package by its public name and run against src/, so
// `npm test` needs no build.
export default defineConfig({
  resolve: {
    alias: {
      "@evovoice-sdk/mock-server": fileURLToPath(new URL("./src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
