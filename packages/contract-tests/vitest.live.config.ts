import { defineConfig } from "vitest/config";

// Only the live suite: it talks to EVOVOICE_BASE_URL, never to the mock server.
export default defineConfig({
  test: {
    include: ["live/**/*.test.ts"],
    testTimeout: 180_000,
  },
});
