import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The testing guide's samples run as tests and import the packages by their public names;
    // resolve those to source so `npm test` checks the code as it is, without a build in between.
    alias: {
      "@evovoice-sdk/client": source("../client/src/index.ts"),
      "@evovoice-sdk/mock-server": source("../mock-server/src/index.ts"),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Compiling every sample and driving Chromium take seconds, not milliseconds; the bounds stay finite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
