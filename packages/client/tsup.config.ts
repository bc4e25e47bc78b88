import { defineConfig } from "tsup";

// Dual ESM + CJS with a declaration file for each, for a package that runs
// wherever fetch exists. The generated types are bundled into the .d.ts.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // The output is unminified and readable; maps would only double the tarball.
  sourcemap: false,
  // Every runtime we support (Node >= 18, Bun, Deno, current browsers) runs
  // ES2022; lowering further would add helpers to every user's bundle.
  target: "es2022",
  // No node: built-ins, no DOM-only globals: the same build runs everywhere.
  platform: "neutral",
  treeshake: true,
});
