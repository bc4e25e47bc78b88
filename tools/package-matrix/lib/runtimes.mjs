// The JavaScript runtimes the tarball is tried in. Node 20 is the one running
// this script; the others come from npm packages pinned in runtimes/package-lock.json
// (kept out of the root lockfile: ~700 MB of binaries nobody else needs).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { installLocked, matchesLockfile } from "./locked-install.mjs";

const runtimesDir = fileURLToPath(new URL("../runtimes/", import.meta.url));
const modules = join(runtimesDir, "node_modules");

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

/** `npm ci` the runtimes unless node_modules already matches the committed lockfile. */
export async function ensureRuntimes() {
  if (matchesLockfile(runtimesDir) && Object.values(binaries).every((bin) => existsSync(bin)))
    return "already installed";
  await installLocked(runtimesDir, 240_000);
  return "npm ci";
}
