import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpecEvolution } from "../src/check-spec-evolution.js";
import { parseSpecFile } from "../src/load-spec.js";
import { recordRelease } from "../src/record-release.js";
import { CURRENT_VERSION, NEXT_MAJOR, specCheckout } from "./support/spec-checkout.js";

describe("recording a release (npm run spec:release)", () => {
  it("files a new version's spec, after which the gate sees no change against it", async () => {
    const root = await specCheckout({
      edit: (s) => {
        s.info.version = NEXT_MAJOR;
        delete s.paths["/messages"];
      },
    });
    expect(await recordRelease(root)).toEqual({
      outcome: "written",
      file: `spec/releases/${NEXT_MAJOR}.yaml`,
    });
    expect(parseSpecFile(join(root, `spec/releases/${NEXT_MAJOR}.yaml`)).paths).not.toHaveProperty(
      "/messages",
    );
    const check = await checkSpecEvolution(root);
    expect(check.release.version).toBe(NEXT_MAJOR);
    expect(check.changes).toEqual([]);
  });

  it("leaves an unchanged spec's release file as it is", async () => {
    const root = await specCheckout();
    expect(await recordRelease(root)).toEqual({
      outcome: "unchanged",
      file: `spec/releases/${CURRENT_VERSION}.yaml`,
    });
    expect(readdirSync(join(root, "spec/releases"))).toEqual([`${CURRENT_VERSION}.yaml`]);
  });

  it("refuses to overwrite a release with a changed spec of the same version", async () => {
    const root = await specCheckout({ edit: (s) => delete s.paths["/messages"] });
    await expect(recordRelease(root)).rejects.toThrow(
      `spec/releases/${CURRENT_VERSION}.yaml exists and differs from spec/openapi.yaml: raise info.version`,
    );
    expect(existsSync(join(root, `spec/releases/${NEXT_MAJOR}.yaml`))).toBe(false);
  });
});
