import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleSpec } from "../src/bundle-spec.js";
import { firstDifference } from "../src/regenerate-types.js";
import { bundledSpec, fromRoot, repoRoot, specSource } from "../src/repo-paths.js";
import { filesReachedFrom, yamlFilesUnder } from "../src/split-spec.js";

// Every check reads the spec as one document: spec/dist/openapi.json, the Redocly bundle of the
// split spec that turbo's `bundle` task writes before the tests. These hold it to the files.
const splitFiles = () =>
  ["spec/paths", "spec/components"].flatMap((dir) => yamlFilesUnder(join(repoRoot, dir)));
const pretty = (json: string) => `${JSON.stringify(JSON.parse(json), null, 2)}\n`;

describe("the split spec and its bundle", () => {
  it("spec/dist/openapi.json is the bundle of spec/ as written now (else run `npx turbo run bundle`)", async () => {
    const scratch = await mkdtemp(join(tmpdir(), "evovoice-bundle-"));
    try {
      await bundleSpec(join(scratch, "openapi.json"));
      const fresh = pretty(await readFile(join(scratch, "openapi.json"), "utf8"));
      const committed = pretty(await readFile(bundledSpec, "utf8"));
      const drift = firstDifference(fresh, committed);
      expect(drift, `${fromRoot(bundledSpec)} is stale at ${drift}`).toBeUndefined();
      // …and the comparison can fail: one changed description is named by its line.
      const edited = committed.replace("The number per page to retrieve", "How many");
      expect(firstDifference(fresh, edited)).toMatch(
        /^line \d+: the spec generates "\\"description\\": \\"The number per page/,
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it("every file under spec/paths and spec/components is reached from spec/openapi.yaml", () => {
    const reached = filesReachedFrom(specSource);
    const files = splitFiles();
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((file) => !reached.has(file)).map(fromRoot)).toEqual([]);
  });

  it("a file nothing reaches is found, so the check above can fail", () => {
    const reached = filesReachedFrom(specSource);
    const orphan = join(repoRoot, "spec/components/schemas/Orphan.yaml");
    expect([...splitFiles(), orphan].filter((file) => !reached.has(file)).map(fromRoot)).toEqual([
      "spec/components/schemas/Orphan.yaml",
    ]);
  });
});
