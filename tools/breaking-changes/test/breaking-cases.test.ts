import { describe, expect, it } from "vitest";
import { checkSpecEvolution } from "../src/check-spec-evolution.js";
import { BREAKING_CASES } from "./support/breaking-cases.js";
import { CURRENT_VERSION, NEXT_MAJOR, specCheckout } from "./support/spec-checkout.js";

// Each change that breaks SDK users (test/support/breaking-cases.ts), made to a copy of the real spec
// (version unchanged): the gate must name it, classified breaking, where it happened, and fail.

describe("breaking changes fail the gate, each named where it happened", () => {
  it.each(Object.entries(BREAKING_CASES))(
    "%s",
    async (_, { edit, editRelease, location, says, alsoSays }) => {
      const check = await checkSpecEvolution(await specCheckout({ edit, editRelease }));
      const breaking = check.changes.filter((change) => change.severity === "breaking");
      expect(breaking).toContainEqual(expect.objectContaining({ location, description: says }));
      if (alsoSays) expect(breaking).toContainEqual(expect.objectContaining({ description: alsoSays }));
      // Every change was classified by the library or a rule, not by the fail-safe.
      expect(check.changes.map((change) => change.source)).not.toContainEqual(
        expect.stringContaining("could not classify"),
      );
      expect(check.problems[0]).toMatch(
        new RegExp(`breaking change\\(s\\) against release ${CURRENT_VERSION}.*raise it to ${NEXT_MAJOR}`),
      );
    },
  );
});
