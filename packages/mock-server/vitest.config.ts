import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by their public names and run against source, so `npm test` needs no
// build. Exact matches: a plain "@evovoice-sdk/mock-server" alias would also rewrite "…/msw".
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@evovoice-sdk\/mock-server$/, replacement: source("./src/index.ts") },
      { find: /^@evovoice-sdk\/mock-server\/msw$/, replacement: source("./src/msw.ts") },
      { find: /^@evovoice-sdk\/client$/, replacement: source("../client/src/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The files share one module graph per worker: the mock, the SDK, MSW and the compiled spec load
    // once instead of once per file, which halves the suite's CPU time. Each file starts and closes its
    // own servers and MSW listeners, so no state crosses files.
    isolate: false,
    testTimeout: 20_000,
  },
});
