import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseSpecFile } from "./load-spec.js";

const VERSION_FILE = /^(\d+)\.(\d+)\.(\d+)\.yaml$/;

export interface Release {
  version: string;
  path: string;
}

/**
 * The newest spec in `spec/releases/`, by semantic version. Its file name must be its
 * `info.version`, so the version the gate compares with is the one users were given.
 */
export function newestRelease(releasesDir: string): Release {
  const newest = readdirSync(releasesDir)
    .map((file) => VERSION_FILE.exec(file))
    .filter((match) => match !== null)
    .map((match) => ({ parts: [1, 2, 3].map((i) => Number(match[i])), file: match[0] }))
    .sort((a, b) => compareParts(b.parts, a.parts))[0];
  if (!newest) throw new Error(`no released spec (<major>.<minor>.<patch>.yaml) in ${releasesDir}`);
  const version = newest.parts.join(".");
  const path = join(releasesDir, newest.file);
  const declared = infoVersion(parseSpecFile(path));
  if (declared !== version) {
    throw new Error(
      `${newest.file} says info.version ${declared}; a release file is named after its version`,
    );
  }
  return { version, path };
}

export function infoVersion(spec: Record<string, unknown>): string {
  const info = spec.info as { version?: unknown } | undefined;
  return String(info?.version ?? "");
}

export function majorOf(version: string): number {
  return Number(version.split(".")[0]);
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
