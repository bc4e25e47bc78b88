// Every output the docs quote (an error message, log lines) is what the SDK prints now: each ```text
// output=<scenario> block in the guide and the READMEs is compared with a run of that scenario. The guide quotes
// the SDK's messages nowhere else, so none can go stale unnoticed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fencedBlocks, markdownOutputBlocks } from "./support/code-blocks.js";
import { clientReadmeFile, fromRoot, guideDir, mockServerReadmeFile, readmeFile } from "./support/paths.js";
import { scenarios } from "./support/quoted-outputs.js";

const guideFiles = readdirSync(guideDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => join(guideDir, name));
const files = [...guideFiles, readmeFile, clientReadmeFile, mockServerReadmeFile];
const blocks = files.flatMap((file) => markdownOutputBlocks(fromRoot(file), readFileSync(file, "utf8")));

// Stems of the SDK's own messages: quoting one outside an output block would be a quote no test checks.
const sdkMessageStems = [
  "Invalid input:",
  "Timed out after",
  "Connection failed (",
  "[evovoice]",
  "Credentials refused over",
  "redirects are not followed",
];

describe("quoted outputs", () => {
  it("the guide quotes outputs", () => {
    expect(blocks.filter((block) => block.file.includes("/guide/")).length).toBeGreaterThan(3);
  });

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

  it.each(guideFiles.map((file) => [fromRoot(file), file] as const))(
    "%s quotes the SDK's messages only in output blocks",
    (_name, file) => {
      let text = readFileSync(file, "utf8");
      for (const block of fencedBlocks(text).filter((b) => b.meta.some((m) => m.startsWith("output="))))
        text = text.replace(block.code, "");
      expect(sdkMessageStems.filter((stem) => text.includes(stem))).toEqual([]);
    },
  );
});
