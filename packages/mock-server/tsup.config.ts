import { defineConfig } from "tsup";

// ESM and CommonJS, with declarations for each, so `require()` works on every Node the SDK supports:
// the library (the HTTP server for Node, and createMockFetch, which also runs in browsers), the MSW
// handlers (`./msw`, browsers too) and the CLI, whose `#!/usr/bin/env node` line esbuild keeps at the
// top. The bin runs dist/cli.js; dist/cli.cjs is left out of the package (`files`). One config, not
// one per format: tsup cleans dist/ per config, and two would race.
export default defineConfig({
  entry: ["src/index.ts", "src/msw.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  // The wire types come from the SDK's generated `components`: inlined, so the published declarations
  // need neither the SDK nor the private workspace packages.
  dts: {
    entry: ["src/index.ts", "src/msw.ts"],
    resolve: ["@evovoice-sdk/client", "@evovoice-sdk/openapi-kit"],
  },
  // Private, never published: bundled into dist/ (its ajv and ajv-formats stay dependencies).
  noExternal: ["@evovoice-sdk/openapi-kit"],
  tsconfig: "tsconfig.build.json",
  clean: true,
  // Readable output without maps: maps would only double the tarball.
  sourcemap: false,
  target: "es2022",
  platform: "node",
});
