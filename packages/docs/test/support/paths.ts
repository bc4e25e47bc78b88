import { fileURLToPath } from "node:url";

// Every file the docs tests read, named once.
const fromDocs = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const docsDir = fromDocs("");
export const distDir = fromDocs("dist");
export const guideDir = fromDocs("guide");
export const repoRoot = fromDocs("../../");
export const bundledSpecFile = fromDocs("../../spec/dist/openapi.json");
export const specPathsDir = fromDocs("../../spec/paths");
export const readmeFile = fromDocs("../../README.md");
export const clientReadmeFile = fromDocs("../client/README.md");
export const mockServerReadmeFile = fromDocs("../mock-server/README.md");
export const turboJsonFile = fromDocs("../../turbo.json");
export const clientEntry = fromDocs("../client/src/index.ts");
export const mockServerEntry = fromDocs("../mock-server/src/index.ts");
export const mockServerMswEntry = fromDocs("../mock-server/src/msw.ts");
export const baseTsconfig = fromDocs("../../tsconfig.base.json");

/** The path as people read it in this repo: relative to the root. */
export function fromRoot(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}
