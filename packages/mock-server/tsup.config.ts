import { defineConfig } from "tsup";

// ESM. The library entry (the HTTP server for Node, and createMockFetch, which also runs in browsers),
// the MSW handlers (`./msw`, browsers too) and the CLI, whose `#!/usr/bin/env node` line esbuild keeps
// at the top of dist/cli.js. Shared code goes into chunks.
export default defineConfig({
  entry: ["src/index.ts", "src/msw.ts", "src/cli.ts"],
  format: ["esm"],
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
