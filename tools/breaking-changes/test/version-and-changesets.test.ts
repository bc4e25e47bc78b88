import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpecEvolution } from "../src/check-spec-evolution.js";
import { repoRoot } from "../src/repo-root.js";
import {
  CURRENT_VERSION,
  changeset,
  NEXT_MAJOR,
  type SpecEdit,
  specCheckout,
} from "./support/spec-checkout.js";

// A breaking change passes only with a new major in info.version AND a pending major
// changeset for each package that ships the spec (the client and the mock server).

const CLIENT = "@evovoice-sdk/client";
const MOCK = "@evovoice-sdk/mock-server";
const renameToAddress: SpecEdit = (s) => {
  const fields = s.components.schemas.SendMessage.properties;
  fields.to = fields.toAddress;
  delete fields.toAddress;
  s.components.schemas.AddressedSendMessage.anyOf[1].required = ["endpointId", "to"];
};
const majorVersion: SpecEdit = (s) => {
  renameToAddress(s);
  s.info.version = NEXT_MAJOR;
};
const bothMajor = { "rename-to-address.md": changeset({ [CLIENT]: "major", [MOCK]: "major" }) };

describe("the version and the changesets must agree with a breaking change", () => {
  it("fails a breaking change that keeps the major version, even with major changesets", async () => {
    const check = await checkSpecEvolution(
      await specCheckout({ edit: renameToAddress, changesets: bothMajor }),
    );
    expect(check.problems).toEqual([
      expect.stringContaining(
        `info.version ${CURRENT_VERSION} keeps major ${CURRENT_VERSION.split(".")[0]}: raise it to ${NEXT_MAJOR}`,
      ),
    ]);
  });

  it("passes a breaking change with a new major version and a major changeset for each package", async () => {
    const check = await checkSpecEvolution(await specCheckout({ edit: majorVersion, changesets: bothMajor }));
    expect(check.changes.some((change) => change.severity === "breaking")).toBe(true);
    expect(check.problems).toEqual([]);
  });

  it("passes when the major changesets sit beside minor ones (the release bumps major)", async () => {
    const changesets = {
      ...bothMajor,
      "a-feature.md": changeset({ [CLIENT]: "minor" }),
      "a-fix.md": changeset({ [MOCK]: "patch" }),
    };
    const check = await checkSpecEvolution(await specCheckout({ edit: majorVersion, changesets }));
    expect(check.problems).toEqual([]);
  });

  it("fails a breaking change with no changeset at all, naming each package", async () => {
    const check = await checkSpecEvolution(await specCheckout({ edit: majorVersion }));
    expect(check.problems).toEqual([
      `no pending changeset bumps ${CLIENT}; a breaking spec change needs one that says "${CLIENT}": major (npx changeset)`,
      `no pending changeset bumps ${MOCK}; a breaking spec change needs one that says "${MOCK}": major (npx changeset)`,
    ]);
  });

  it("fails when the pending changesets are minor, naming each file and what it says (the repo's own)", async () => {
    const read = (file: string) => readFile(join(repoRoot, ".changeset", file), "utf8");
    const changesets = {
      "initial-release-client.md": await read("initial-release-client.md"),
      "initial-release-mock-server.md": await read("initial-release-mock-server.md"),
    };
    const check = await checkSpecEvolution(await specCheckout({ edit: majorVersion, changesets }));
    expect(check.problems).toEqual([
      `.changeset/initial-release-client.md says ${CLIENT}: minor; a breaking spec change needs "${CLIENT}": major`,
      `.changeset/initial-release-mock-server.md says ${MOCK}: minor; a breaking spec change needs "${MOCK}": major`,
    ]);
  });

  it("fails when only the client's changeset is major: the mock server ships the spec too", async () => {
    const changesets = { "client-only.md": changeset({ [CLIENT]: "major", [MOCK]: "minor" }) };
    const check = await checkSpecEvolution(await specCheckout({ edit: majorVersion, changesets }));
    expect(check.problems).toEqual([
      `.changeset/client-only.md says ${MOCK}: minor; a breaking spec change needs "${MOCK}": major`,
    ]);
  });

  it("does not ask compatible changes for a changeset or a version", async () => {
    const edit: SpecEdit = (s) => {
      s.components.schemas.MessageInfo.properties.mediaUrl = { type: "string" };
    };
    const check = await checkSpecEvolution(await specCheckout({ edit }));
    expect(check.changes).not.toEqual([]);
    expect(check.problems).toEqual([]);
  });
});
