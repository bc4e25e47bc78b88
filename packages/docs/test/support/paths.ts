import { fileURLToPath } from "node:url";

// Every file the docs tests read, named once.
const fromDocs = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const docsDir = fromDocs("");
export const distDir = fromDocs("dist");
export const srcDir = fromDocs("src");
export const guideDir = fromDocs("src/guide");
export const generatedDir = fromDocs("generated");
export const screenshotDir = fromDocs("screenshots");
export const repoRoot = fromDocs("../../");
export const bundledSpecFile = fromDocs("../../spec/dist/openapi.json");
export const specPathsDir = fromDocs("../../spec/paths");
export const readmeFile = fromDocs("../../README.md");
export const contributingFile = fromDocs("../../CONTRIBUTING.md");
export const clientReadmeFile = fromDocs("../client/README.md");
export const mockServerReadmeFile = fromDocs("../mock-server/README.md");
export const turboJsonFile = fromDocs("../../turbo.json");
export const baseTsconfig = fromDocs("../../tsconfig.base.json");

/** The path as people read it in this repo: relative to the root. */
export function fromRoot(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}
