// Every TypeScript sample a reader can copy — the guide, the spec's x-codeSamples, the root README and the
// client's and mock server's READMEs — compiles against the built SDK and mock server, by their public names,
// strictly, in the module format it says it is. A failure names the file, the block and the line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageFiles } from "../scripts/lib/samples/output-samples.mjs";
import {
  type CodeBlock,
  markdownTypeScriptBlocks,
  specCodeSamples,
  specTypeScriptBlocks,
} from "./support/code-blocks.js";
import { compiledFrom, compileSamples } from "./support/compile-samples.js";
import {
  clientReadmeFile,
  fromRoot,
  mockServerReadmeFile,
  readmeFile,
  repoRoot,
  srcDir,
} from "./support/paths.js";
import { operations } from "./support/spec-facts.js";

const guideFiles = pageFiles(srcDir).map(fromRoot);
const guideBlocks = guideFiles.flatMap((file) =>
  markdownTypeScriptBlocks(file, readFileSync(join(repoRoot, file), "utf8")),
);
const readmes = [readmeFile, clientReadmeFile, mockServerReadmeFile].map((file) => ({
  file: fromRoot(file),
  blocks: markdownTypeScriptBlocks(fromRoot(file), readFileSync(file, "utf8")),
}));
const readmeBlocks = readmes.flatMap((readme) => readme.blocks);
const specBlocks = specTypeScriptBlocks();
const allBlocks: CodeBlock[] = [...guideBlocks, ...specBlocks, ...readmeBlocks];
const results = new Map(compileSamples(allBlocks).map((result) => [result.block, result.errors]));

describe("the samples exist where readers look for them", () => {
  it("every guide page that teaches code has TypeScript samples", () => {
    const pagesWithout = guideFiles.filter((file) => !guideBlocks.some((block) => block.file === file));
    expect(pagesWithout).toEqual([]);
  });

  it("every operation has a TypeScript (SDK) and a curl sample in x-codeSamples", () => {
    const samples = specCodeSamples();
    for (const { operationId } of operations) {
      const langs = samples.filter((s) => s.operationId === operationId).map((s) => s.lang.toLowerCase());
      expect(langs, operationId).toContain("typescript");
      expect(langs, operationId).toContain("shell");
    }
  });

  it.each(readmes.map((r) => [r.file, r] as const))("%s shows TypeScript samples", (_file, readme) => {
    expect(readme.blocks.length).toBeGreaterThan(0);
  });
});

describe("every guide sample says its module format", () => {
  it("each ```ts block of the guide is marked esm or cjs", () => {
    expect(guideBlocks.filter((block) => !block.format).map((block) => block.name)).toEqual([]);
  });

  it("the install page shows a CommonJS sample and an ES module one", () => {
    const install = guideBlocks.filter((block) => block.file.endsWith("/install.md"));
    expect(install.map((block) => block.format)).toEqual(expect.arrayContaining(["esm", "cjs"]));
  });
});

describe("every TypeScript sample compiles against the real packages", () => {
  it.each(allBlocks.map((block) => [block.name, block] as const))("%s", (_name, block) => {
    expect(results.get(block), `${block.name} does not compile:\n${results.get(block)?.join("\n")}`).toEqual(
      [],
    );
  });
});

describe("the sample check itself", () => {
  it("reports a wrong type or a missing export with the file and the line", () => {
    const broken: CodeBlock[] = [
      { name: "wrong type", file: "guide/x.md", line: 10, code: 'const count: number = "one";\nexport {};' },
      {
        name: "missing export",
        file: "guide/y.md",
        line: 20,
        code: 'import { NoSuchThing } from "@evovoice-sdk/client";\nNoSuchThing;',
      },
    ];
    const [wrongType, missingExport] = compileSamples(broken);
    expect(wrongType?.errors).toEqual([expect.stringMatching(/^guide\/x\.md:10: TS2322 /)]);
    expect(missingExport?.errors.join("\n")).toMatch(/^guide\/y\.md:20: TS2305 .*NoSuchThing/);
  });

  it("refuses top-level await in a sample marked CommonJS, and accepts it in an ES module", () => {
    const code =
      'import { EvoVoice } from "@evovoice-sdk/client";\nawait new EvoVoice({ apiKey: "k" }).conversations.list();';
    const [cjs, esm] = compileSamples([
      { name: "cjs", file: "guide/z.md", line: 5, code, format: "cjs" },
      { name: "esm", file: "guide/z.md", line: 9, code, format: "esm" },
    ]);
    expect(cjs?.errors.join("\n")).toMatch(/^guide\/z\.md:6: TS1309 /);
    expect(esm?.errors).toEqual([]);
  });

  it("resolves the packages' public names to their built declarations (dist), not their source", () => {
    expect(compiledFrom("@evovoice-sdk/client")).toMatch(/packages\/client\/dist\/index\.d\.ts$/);
    expect(compiledFrom("@evovoice-sdk/client", "cjs")).toMatch(/packages\/client\/dist\/index\.d\.cts$/);
    expect(compiledFrom("@evovoice-sdk/mock-server")).toMatch(/packages\/mock-server\/dist\/index\.d\.ts$/);
  });
});
