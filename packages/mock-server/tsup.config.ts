import { defineConfig } from "tsup";

// ESM for Node only: the library entry with its declarations, and the CLI,
// whose `#!/usr/bin/env node` line esbuild keeps at the top of dist/cli.js.
export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  // Readable output without maps: maps would only double the tarball.
  sourcemap: false,
  target: "node20",
  platform: "node",
});
