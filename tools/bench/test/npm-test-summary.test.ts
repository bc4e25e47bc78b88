import { describe, expect, it } from "vitest";
import { describeNpmTest, summarizeNpmTest } from "../src/npm-test-summary.mjs";

// What `npm test` prints, abridged: turbo prefixes each package's lines, then test:package's verdict.
const output = `
@evovoice-sdk/client:test:       Tests  92 passed (92)
@evovoice-sdk/openapi-kit:test:       Tests  2 failed | 15 passed (17)
@evovoice-sdk/docs:test: something else
23 passed, 0 failed
`;

describe("the pipeline section's reading of npm test", () => {
  it("adds up vitest's counts per package and finds test:package's verdict", () => {
    const summary = summarizeNpmTest(output);
    expect(summary).toEqual({
      vitest: { packages: 2, passed: 107, failed: 2, total: 109 },
      packageChecks: { passed: 23, failed: 0 },
    });
    expect(describeNpmTest(summary)).toBe(
      "vitest: 107 of 109 tests passed, 2 failed, in 2 packages; test:package: 23 checks passed, 0 failed",
    );
  });

  it("says so when a part did not run", () => {
    expect(describeNpmTest(summarizeNpmTest("nothing"))).toBe(
      "vitest: no summary found; test:package: no summary found (it did not run or did not finish)",
    );
  });
});
