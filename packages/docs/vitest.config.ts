import { defineConfig } from "vitest/config";

export default defineConfig({
  // No aliases to the packages' source: the docs are checked against what `npm run build` built, as a user
  // gets it (`@evovoice-sdk/client` resolves to packages/client/dist through its package.json).
  test: {
    include: ["test/**/*.test.ts"],
    // Compiling every sample and driving Chromium take seconds, not milliseconds; the bounds stay finite.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
