// The runtime cache's promises, without installing anything: an entry is named after its lockfile,
// reused only while npm's record of what it installed matches that lockfile, and refused otherwise.
// (A real install, cold cache to warm, is what `npm run test:package` does on a new machine.)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureLockedInstall, lockedInstallDir, matchesLockfile } from "../lib/locked-install.mjs";

const scratch = mkdtempSync(join(tmpdir(), "evovoice-locked-install-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const lockfile = (packages) => ({ name: "tools", lockfileVersion: 3, packages: { "": {}, ...packages } });
const node22 = { version: "22.23.3", integrity: "sha512-node22" };
const bun = { version: "1.4.5", integrity: "sha512-bun" };
const denoForMac = { version: "2.9.6", integrity: "sha512-deno-mac", optional: true };
const locked = lockfile({
  "node_modules/node22": node22,
  "node_modules/@oven/bun-linux-x64": bun,
  "node_modules/@deno/darwin-arm64": denoForMac,
});

let count = 0;
/** A folder named tools with package.json and `lock` as package-lock.json; `installed` as npm's hidden lockfile. */
function folder(lock, installed) {
  const dir = join(scratch, String(++count), "tools");
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "name": "tools" }\n');
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(lock));
  if (installed) writeFileSync(join(dir, "node_modules/.package-lock.json"), JSON.stringify(installed));
  return dir;
}

describe("lockedInstallDir", () => {
  it("names the entry after the lockfile: the same lockfile, the same entry; another, another", () => {
    const root = join(scratch, "cache");
    const a = lockedInstallDir(folder(locked), root);
    expect(lockedInstallDir(folder(locked), root)).toBe(a);
    const bumped = lockfile({ "node_modules/node22": { ...node22, version: "22.23.4" } });
    expect(lockedInstallDir(folder(bumped), root)).not.toBe(a);
    expect(a).toMatch(new RegExp(`^${root}/tools-[0-9a-f]{16}$`));
  });
});

describe("matchesLockfile", () => {
  it("holds when npm installed every locked package, other platforms' optional ones aside", () => {
    const installed = lockfile({ "node_modules/node22": node22, "node_modules/@oven/bun-linux-x64": bun });
    expect(matchesLockfile(folder(locked, installed))).toBe(true);
  });

  it("fails on another integrity, another version, a missing package, or no record at all", () => {
    const otherTarball = lockfile({
      "node_modules/node22": { ...node22, integrity: "sha512-other" },
      "node_modules/@oven/bun-linux-x64": bun,
    });
    const otherVersion = lockfile({
      "node_modules/node22": { ...node22, version: "22.0.0" },
      "node_modules/@oven/bun-linux-x64": bun,
    });
    const missing = lockfile({ "node_modules/node22": node22 });
    for (const installed of [otherTarball, otherVersion, missing])
      expect(matchesLockfile(folder(locked, installed))).toBe(false);
    expect(matchesLockfile(folder(locked))).toBe(false);
  });
});

describe("ensureLockedInstall", () => {
  const installed = lockfile({ "node_modules/node22": node22, "node_modules/@oven/bun-linux-x64": bun });

  it("reuses an entry that matches its lockfile without running npm", async () => {
    const root = join(scratch, "reuse");
    const source = folder(locked);
    cpSync(folder(locked, installed), lockedInstallDir(source, root), { recursive: true });
    expect(await ensureLockedInstall(source, { timeoutMs: 1, root })).toEqual({
      dir: lockedInstallDir(source, root),
      installed: false,
    });
  });

  it("refuses an entry that no longer matches its lockfile", async () => {
    const root = join(scratch, "tampered");
    const source = folder(locked);
    const tampered = lockfile({ "node_modules/node22": { ...node22, integrity: "sha512-other" } });
    cpSync(folder(locked, tampered), lockedInstallDir(source, root), { recursive: true });
    await expect(ensureLockedInstall(source, { timeoutMs: 1, root })).rejects.toThrow(
      /does not match .*lockfile: delete it/,
    );
  });
});
