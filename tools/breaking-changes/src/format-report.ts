import { relative } from "node:path";
import type { Severity } from "./change.js";
import type { EvolutionCheck } from "./check-spec-evolution.js";

const ORDER: Severity[] = ["breaking", "non-breaking", "annotation"];

/** What `npm run spec:breaking` prints: each change, classified and located, then one verdict line. */
export function formatReport(check: EvolutionCheck, rootDir: string): string[] {
  const { release, version, changes, problems } = check;
  const lines = [`spec/openapi.yaml (info.version ${version}) against ${relative(rootDir, release.path)}:`];
  const sorted = [...changes].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  for (const change of sorted) {
    lines.push(`  ${change.severity.padEnd(12)} ${change.location}: ${change.description}`);
    lines.push(`  ${"".padEnd(12)} at ${change.pointer} (${change.source})`);
  }
  if (changes.length === 0) lines.push("  no changes");
  const counts = ORDER.map(
    (severity) => `${changes.filter((c) => c.severity === severity).length} ${severity}`,
  );
  if (problems.length > 0) {
    lines.push(...problems.map((problem) => `  ✗ ${problem}`));
    lines.push(`spec:breaking FAILED: ${counts.join(", ")} against release ${release.version}.`);
  } else {
    const allowed = changes.some((c) => c.severity === "breaking")
      ? `; the breaking ones come with major ${version} and major changesets`
      : "";
    lines.push(`spec:breaking OK: ${counts.join(", ")} against release ${release.version}${allowed}.`);
  }
  return lines;
}
