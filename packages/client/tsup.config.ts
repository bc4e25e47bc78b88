import { defineConfig } from "tsup";

// Dual ESM + CJS with a declaration file for each, for a package that runs
// wherever fetch exists. The generated types are bundled into the .d.ts.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2020",
  platform: "neutral",
  treeshake: true,
});
