// Counts what `npm test` ran from its captured output: vitest's "Tests  2 failed | 92 passed (94)" line
// per workspace (turbo prefixes each line with "<package>:test:") and test:package's "23 passed, 0 failed".

/** `{ vitest: { packages, passed, failed, total }, packageChecks: { passed, failed } | undefined }`. */
export function summarizeNpmTest(output) {
  const vitest = { packages: 0, passed: 0, failed: 0, total: 0 };
  for (const [, counts, total] of output.matchAll(/^\S+:test:\s+Tests\s+(.+?)\s+\((\d+)\)\s*$/gm)) {
    vitest.packages += 1;
    vitest.passed += count(counts, "passed");
    vitest.failed += count(counts, "failed");
    vitest.total += Number(total);
  }
  const checks = /^(\d+) passed, (\d+) failed$/m.exec(output);
  const packageChecks = checks ? { passed: Number(checks[1]), failed: Number(checks[2]) } : undefined;
  return { vitest, packageChecks };
}

/** One line for a table cell. */
export function describeNpmTest({ vitest, packageChecks }) {
  const tests =
    vitest.packages > 0
      ? `vitest: ${vitest.passed} of ${vitest.total} tests passed, ${vitest.failed} failed, in ${vitest.packages} packages`
      : "vitest: no summary found";
  const checks = packageChecks
    ? `test:package: ${packageChecks.passed} checks passed, ${packageChecks.failed} failed`
    : "test:package: no summary found (it did not run or did not finish)";
  return `${tests}; ${checks}`;
}

function count(counts, word) {
  const match = new RegExp(`(\\d+) ${word}`).exec(counts);
  return match ? Number(match[1]) : 0;
}
