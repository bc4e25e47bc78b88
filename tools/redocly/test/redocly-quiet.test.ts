import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@evovoice-sdk/processes";
import { afterAll, describe, expect, it } from "vitest";
import { redocly } from "../src/index.js";

const bin = fileURLToPath(new URL("../bin/redocly-quiet.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "evovoice-redocly-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = join(dir, "openapi.yaml");
writeFileSync(
  spec,
  `openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
`,
);
const broken = join(dir, "broken.yaml");
writeFileSync(broken, "openapi: 3.1.0\npaths: {}\n");

// Real Redocly runs, on the Node running the tests (20 in CI, where the banner would show).
describe("the pinned Redocly, quiet", () => {
  it("bin/redocly-quiet.js passes Redocly's output and exit code through, without the banner", async () => {
    const failed = await run(process.execPath, [bin, "lint", broken, "--extends", "minimal"]);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/info/);
    expect(failed.output).not.toMatch(/support is ending|╔/);
  });

  it("redocly() resolves with the run, the banner gone", async () => {
    const result = await redocly(["bundle", spec, "--ext", "json", "-o", join(dir, "out.json")]);
    expect(result).toMatchObject({ ok: true, code: 0 });
    expect(result.output).toMatch(/Created a bundle/);
    expect(result.output).not.toMatch(/support is ending|╔/);
  });
});
