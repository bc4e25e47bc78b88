import { join } from "node:path";
import type { Change } from "./change.js";
import { changesetDisagreements } from "./changeset-agreement.js";
import { loadSpec, parseSpecFile } from "./load-spec.js";
import { infoVersion, majorOf, newestRelease, type Release } from "./releases.js";
import { repoRoot } from "./repo-root.js";
import { specChanges } from "./spec-changes.js";

export interface EvolutionCheck {
  release: Release;
  /** `info.version` of the current spec. */
  version: string;
  changes: Change[];
  /** Why the gate fails; empty when it passes. */
  problems: string[];
}

/**
 * The breaking-change gate: `spec/openapi.yaml` against the newest spec in `spec/releases/`.
 * A breaking change passes only with a higher major in `info.version` and a major pending
 * changeset for every package that ships the spec.
 *
 * @param rootDir a checkout (or a copy of one): `spec/` and `.changeset/` are read from it.
 * @example
 * const check = await checkSpecEvolution();
 * if (check.problems.length) process.exitCode = 1;
 */
export async function checkSpecEvolution(rootDir: string = repoRoot): Promise<EvolutionCheck> {
  const release = newestRelease(join(rootDir, "spec/releases"));
  const current = await loadSpec(join(rootDir, "spec/openapi.yaml"));
  const version = infoVersion(current);
  const changes = specChanges(parseSpecFile(release.path), current);
  const breaking = changes.filter((change) => change.severity === "breaking").length;
  const problems: string[] = [];
  if (breaking > 0 && !(majorOf(version) > majorOf(release.version))) {
    const next = `${majorOf(release.version) + 1}.0.0`;
    problems.push(
      `${breaking} breaking change(s) against release ${release.version}, but info.version ${version} keeps major ${majorOf(release.version)}: raise it to ${next}, or undo them`,
    );
  }
  if (breaking > 0) problems.push(...(await changesetDisagreements(rootDir)));
  return { release, version, changes, problems };
}
