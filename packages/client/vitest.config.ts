import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Tests import the package by its public name, resolved to source: they test what a user gets,
    // without a build in between.
    alias: { "@evovoice-sdk/client": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The bound on every fault test: a hang fails the test instead of stalling the run.
    testTimeout: 10_000,
    // faults.test.ts forces garbage collections mid-request: aborts must survive them.
    execArgv: ["--expose-gc"],
  },
});
