// The testing guide's samples are vitest tests themselves: run them, so the behaviour the guide promises
// (a 429 is retried, a lost answer is not resent, what the server records) is checked, not just compiled.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownTypeScriptBlocks } from "./support/code-blocks.js";
import { docsDir, guideDir } from "./support/paths.js";

const runDir = join(docsDir, ".samples-run");
const blocks = markdownTypeScriptBlocks(
  "packages/docs/src/guide/testing.md",
  readFileSync(join(guideDir, "testing.md"), "utf8"),
).filter((block) => /from "vitest"/.test(block.code));

it("the testing guide has test samples to run", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(2);
});

rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

// Importing a sample while its describe block is being collected registers the sample's own tests and
// hooks inside that block, under the sample's name.
for (const [index, block] of blocks.entries()) {
  const file = join(runDir, `testing-sample-${index + 1}.ts`);
  writeFileSync(file, block.code);
  describe(block.name, async () => {
    await import(file);
  });
}
