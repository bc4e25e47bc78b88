import { describe, expect, it } from "vitest";
import { checkSpecEvolution } from "../src/check-spec-evolution.js";
import { COMPATIBLE_CASES } from "./support/compatible-cases.js";
import { specCheckout } from "./support/spec-checkout.js";

// Changes that leave SDK users' code working (test/support/compatible-cases.ts), made to a copy of the
// real spec with no changeset and no version bump: the gate must pass, and still report what it saw.

describe("compatible changes pass the gate, reported and classified", () => {
  it("finds nothing between the released spec and itself", async () => {
    const check = await checkSpecEvolution(await specCheckout());
    expect(check.changes).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it.each(Object.entries(COMPATIBLE_CASES))("%s", async (_, { edit, reports, only }) => {
    const check = await checkSpecEvolution(await specCheckout({ edit }));
    expect(check.changes.filter((change) => change.severity === "breaking")).toEqual([]);
    expect(check.problems).toEqual([]);
    if (reports) expect(check.changes).toContainEqual(expect.objectContaining(reports));
    if (only) expect(check.changes).toHaveLength(reports ? 1 : 0);
  });
});
