import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { stringify } from "yaml";
import { loadSpec, parseSpecFile } from "./load-spec.js";
import { infoVersion } from "./releases.js";

export interface Recorded {
  /** `written`: a new release file; `unchanged`: the release file of this version is this spec already. */
  outcome: "written" | "unchanged";
  /** The release file, relative to the checkout. */
  file: string;
}

/**
 * Files the current spec as `spec/releases/<info.version>.yaml`: the Redocly bundle (one file, every
 * `$ref` local), which is what users of that version were given and what the gate compares the next
 * changes with. A release file is never overwritten: a spec that changed without a new `info.version`
 * throws.
 */
export async function recordRelease(rootDir: string): Promise<Recorded> {
  const current = await loadSpec(join(rootDir, "spec/openapi.yaml"));
  const version = infoVersion(current);
  const path = join(rootDir, "spec/releases", `${version}.yaml`);
  const file = relative(rootDir, path);
  if (existsSync(path)) {
    if (isDeepStrictEqual(parseSpecFile(path), current)) return { outcome: "unchanged", file };
    throw new Error(
      `${file} exists and differs from spec/openapi.yaml: raise info.version (release files are never overwritten)`,
    );
  }
  writeFileSync(path, stringify(current));
  return { outcome: "written", file };
}
