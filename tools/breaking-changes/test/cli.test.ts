import { createRequire } from "node:module";
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/repo-root.js";
import { changeset, NEXT_MAJOR, type SpecEdit, specCheckout } from "./support/spec-checkout.js";

// The real command, as `npm run spec:breaking` runs it (jiti, since Node 20 cannot run
// TypeScript), on the repository and on edited copies of it.

const jiti = join(createRequire(import.meta.url).resolve("jiti/package.json"), "../lib/jiti-cli.mjs");
const cli = join(repoRoot, "tools/breaking-changes/src/cli.ts");

async function specBreaking(root?: string): Promise<{ code: number | undefined; stdout: string }> {
  const { exitCode, stdout } = await exec(process.execPath, [jiti, cli, ...(root ? ["--root", root] : [])]);
  return { code: exitCode, stdout };
}

const renameToAddress: SpecEdit = (s) => {
  const fields = s.components.schemas.SendMessage.properties;
  fields.to = fields.toAddress;
  delete fields.toAddress;
  s.components.schemas.AddressedSendMessage.anyOf[1].required = ["endpointId", "to"];
};

describe("npm run spec:breaking", () => {
  it("passes the repository as committed (its split spec bundled first)", async () => {
    const { code, stdout } = await specBreaking();
    expect(stdout).toMatch(
      /^spec\/openapi\.yaml \(info\.version [\d.]+\) against spec\/releases\/[\d.]+\.yaml:$/m,
    );
    expect(stdout).toMatch(
      /^spec:breaking OK: \d+ breaking, \d+ non-breaking, \d+ annotation against release [\d.]+/m,
    );
    expect(code).toBe(0);
  });

  it("exits 1 on a renamed request field, naming it, its operation and its JSON pointer", async () => {
    const { code, stdout } = await specBreaking(await specCheckout({ edit: renameToAddress }));
    expect(stdout).toContain(
      "breaking     POST /messages: removed request body (application/json) › toAddress",
    );
    expect(stdout).toContain("at #/paths/~1messages/post/requestBody/content/application~1json/schema/");
    expect(stdout).toContain("non-breaking POST /messages: added request body (application/json) › to");
    expect(stdout).toContain(`raise it to ${NEXT_MAJOR}`);
    expect(stdout).toMatch(/^spec:breaking FAILED: \d+ breaking, \d+ non-breaking, 0 annotation/m);
    expect(code).toBe(1);
  });

  it("exits 0 on the same change with info.version 2.0.0 and major changesets", async () => {
    const root = await specCheckout({
      edit: (s) => {
        renameToAddress(s);
        s.info.version = NEXT_MAJOR;
      },
      changesets: {
        "rename-to-address.md": changeset({
          "@evovoice-sdk/client": "major",
          "@evovoice-sdk/mock-server": "major",
        }),
      },
    });
    const { code, stdout } = await specBreaking(root);
    expect(stdout).toMatch(
      new RegExp(`^spec:breaking OK: \\d+ breaking, .*the breaking ones come with major ${NEXT_MAJOR}`, "m"),
    );
    expect(code).toBe(0);
  });
});
