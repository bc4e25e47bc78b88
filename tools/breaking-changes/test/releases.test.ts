import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseSpecFile } from "../src/load-spec.js";
import { newestRelease } from "../src/releases.js";
import { repoRoot } from "../src/repo-root.js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function releasesDir(versions: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "evovoice-releases-"));
  dirs.push(dir);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "README.md"), "not a release");
  for (const [file, version] of Object.entries(versions)) {
    const spec = parseSpecFile(join(repoRoot, "spec/releases/1.0.0.yaml"));
    (spec.info as { version: string }).version = version;
    await writeFile(join(dir, file), stringify(spec));
  }
  return dir;
}

describe("spec/releases/", () => {
  it("holds the released spec under its own info.version", () => {
    expect(newestRelease(join(repoRoot, "spec/releases")).version).toBe("1.0.0");
  });

  it("is read newest first by semantic version, not by name", async () => {
    const dir = await releasesDir({ "1.9.0.yaml": "1.9.0", "1.10.0.yaml": "1.10.0", "1.2.3.yaml": "1.2.3" });
    expect(newestRelease(dir)).toEqual({ version: "1.10.0", path: join(dir, "1.10.0.yaml") });
  });

  it("refuses a release file whose name is not its info.version", async () => {
    const dir = await releasesDir({ "2.0.0.yaml": "1.0.0" });
    expect(() => newestRelease(dir)).toThrow("2.0.0.yaml says info.version 1.0.0");
  });

  it("refuses a folder without a release", async () => {
    const dir = await releasesDir({});
    await copyFile(join(repoRoot, "spec/openapi.yaml"), join(dir, "openapi.yaml"));
    expect(() => newestRelease(dir)).toThrow("no released spec");
  });
});
