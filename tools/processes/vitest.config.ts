import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Test files share one process instead of one each: these packages' files are small and keep no
    // state between them, and a process per file was most of their CPU time in `npm test`.
    isolate: false,
    // These tests start real processes (Node, Redocly): seconds under `npm test`'s load, not milliseconds.
    testTimeout: 30_000,
  },
});
