import { readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../repo-paths.js";

const SNAPSHOTS = join(repoRoot, "spec/snapshots");
const VERSION_FILE = /^(\d+)\.(\d+)\.(\d+)\.yaml$/;

/** The newest released snapshot of the spec, by semantic version. */
export function latestSnapshot(): { version: string; path: string } {
  const versions = readdirSync(SNAPSHOTS)
    .map((file) => VERSION_FILE.exec(file))
    .filter((match) => match !== null)
    .map((match) => ({ parts: [1, 2, 3].map((i) => Number(match[i])), file: match[0] }))
    .sort((a, b) => compareParts(b.parts, a.parts));
  const newest = versions[0];
  if (!newest) throw new Error(`no released snapshot in ${SNAPSHOTS}`);
  return { version: newest.parts.join("."), path: join(SNAPSHOTS, newest.file) };
}

export function majorOf(version: string): number {
  return Number(version.split(".")[0]);
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
