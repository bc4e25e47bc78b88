// The JavaScript runtimes the tarball is tried in. Node 20 is the one running this script; the
// others come from npm packages pinned in runtimes/package-lock.json (kept out of the root lockfile:
// ~700 MB of binaries nobody else needs), installed once per machine into the cache outside the
// checkout (locked-install.mjs).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureLockedInstall, lockedInstallDir } from "./locked-install.mjs";

const runtimesDir = fileURLToPath(new URL("../runtimes/", import.meta.url));
const modules = join(lockedInstallDir(runtimesDir), "node_modules");

export const binaries = {
  node18: join(modules, "node18/bin/node"),
  node20: process.execPath,
  node22: join(modules, "node22/bin/node"),
  node24: join(modules, "node24/bin/node"),
  bun: join(modules, "@oven/bun-linux-x64/bin/bun"),
  // The `deno` package's postinstall only copies this binary next to its shim;
  // install scripts are off here, so use the platform package it depends on.
  deno: join(modules, "@deno/linux-x64-glibc/deno"),
};

/** Installs the pinned runtimes unless the cache has them; says which it was and where. */
export async function ensureRuntimes() {
  const { dir, installed } = await ensureLockedInstall(runtimesDir, { timeoutMs: 240_000 });
  const missing = Object.values(binaries).filter((bin) => !existsSync(bin));
  if (missing.length > 0) throw new Error(`not installed: ${missing.join(", ")}`);
  return `${installed ? "npm ci into" : "cached in"} ${dir}`;
}
