// Every output the docs quote is what the SDK prints now. The guide quotes nothing by hand: each output it
// shows is generated at build time by running the sample above it, and it holds no output block of its own
// and no SDK message outside those. The READMEs, which GitHub shows as they are, quote outputs in
// ```text output=<scenario> blocks, each compared here with a run of that scenario.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fencedBlocks } from "../scripts/lib/samples/fenced-blocks.mjs";
import { pageFiles } from "../scripts/lib/samples/output-samples.mjs";
import { markdownOutputBlocks } from "./support/code-blocks.js";
import {
  clientReadmeFile,
  contributingFile,
  fromRoot,
  mockServerReadmeFile,
  readmeFile,
  srcDir,
} from "./support/paths.js";
import { scenarios } from "./support/quoted-outputs.js";

const readmes = [readmeFile, contributingFile, clientReadmeFile, mockServerReadmeFile];
const blocks = readmes.flatMap((file) => markdownOutputBlocks(fromRoot(file), readFileSync(file, "utf8")));
const guidePages = pageFiles(srcDir);

// Stems of the SDK's own messages: quoting one outside an output block would be a quote no test checks.
const sdkMessageStems = [
  "Invalid input:",
  "Timed out after",
  "Connection failed (",
  "[evovoice]",
  "Credentials refused over",
  "redirects are not followed",
];

/** The text of a markdown file without its output blocks. */
function withoutOutputs(file: string): string {
  let text = readFileSync(file, "utf8");
  for (const block of fencedBlocks(text).filter((b) => b.meta.some((m) => m.startsWith("output="))))
    text = text.replace(block.code, "");
  return text;
}

describe("the READMEs' quoted outputs", () => {
  it.each(blocks.map((block) => [block.name, block] as const))(
    "%s is what the SDK prints",
    async (_n, block) => {
      const scenario = scenarios[block.scenario];
      expect(scenario, `no scenario "${block.scenario}" in test/support/quoted-outputs.ts`).toBeDefined();
      const masked = (text: string) => (scenario?.mask ? text.replace(scenario.mask, "…") : text).trim();
      expect(masked(block.text)).toBe(masked((await scenario?.run()) ?? ""));
    },
  );

  it("every scenario is quoted somewhere", () => {
    const used = new Set(blocks.map((block) => block.scenario));
    expect(Object.keys(scenarios).filter((name) => !used.has(name))).toEqual([]);
  });

  // The root README and CONTRIBUTING.md; the packages' READMEs name "redirects are not followed" as prose.
  it.each([readmeFile, contributingFile].map((file) => [fromRoot(file), file] as const))(
    "%s quotes the SDK's messages only in output blocks",
    (_name, file) => {
      expect(sdkMessageStems.filter((stem) => withoutOutputs(file).includes(stem))).toEqual([]);
    },
  );
});

describe("the guide quotes no output by hand", () => {
  it.each(guidePages.map((file) => [fromRoot(file), file] as const))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(markdownOutputBlocks(fromRoot(file), text)).toEqual([]);
    expect(sdkMessageStems.filter((stem) => text.includes(stem))).toEqual([]);
  });
});
