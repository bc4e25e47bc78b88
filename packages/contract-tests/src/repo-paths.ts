import { fileURLToPath } from "node:url";

// Every file the contract checks read, named once, relative to the repo root.
const root = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

export const repoRoot = root("");
/** The hand-written root of the split spec; its $refs reach into spec/paths/ and spec/components/. */
export const specSource = root("spec/openapi.yaml");
/** Written by the spec workspace's `bundle` task, which turbo runs before these tests. */
export const bundledSpec = root("spec/dist/openapi.json");
export const redoclyConfig = root("redocly.yaml");
/** One fixture per operation, `{Operation}.json`. */
export const vendorDir = root("spec/vendor");
export const arazzoWorkflow = root("spec/arazzo/send-then-list.arazzo.yaml");
export const generatedTypes = root("packages/client/src/generated/openapi.ts");
export const refreshVendorScript = root("scripts/refresh-vendor-fixture.mjs");
export const binDir = root("node_modules/.bin");

/** The path as people read it in this repo: relative to the root. */
export function fromRoot(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}
