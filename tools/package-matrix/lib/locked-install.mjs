// A folder with its own package.json and committed package-lock.json (heavy tools that one script
// needs: the runtimes of test:package, Prism for the bench), kept out of the root lockfile and
// installed once per machine into a cache outside the checkout: `npm ci`, `git clean` and a fresh
// clone or worktree all reuse it. The cache entry is named after a hash of the two files, and the
// lockfile pins every tarball by its integrity hash, so a changed lockfile gets an entry of its own
// and an entry is never reused for another one.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

/** `EVOVOICE_SDK_CACHE`, else `$XDG_CACHE_HOME/evovoice-sdk`, else `~/.cache/evovoice-sdk`. */
export const cacheRoot =
  process.env.EVOVOICE_SDK_CACHE ??
  join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "evovoice-sdk");
const FILES = ["package.json", "package-lock.json"];
// Entries of an older lockfile that nothing has used for this long go when a new one is installed.
const UNUSED_MS = 14 * 24 * 60 * 60_000;

/** Where `dir`'s lockfile is (or will be) installed: `<cacheRoot>/<folder name>-<hash>`. */
export function lockedInstallDir(dir, root = cacheRoot) {
  const hash = createHash("sha256");
  for (const file of FILES) hash.update(readFileSync(join(dir, file)));
  return join(root, `${basename(dir)}-${hash.digest("hex").slice(0, 16)}`);
}

function installed(lockfile) {
  const { packages } = JSON.parse(readFileSync(lockfile, "utf8"));
  return Object.entries(packages).filter(([path]) => path.startsWith("node_modules/"));
}

/**
 * node_modules in `dir` is what its lockfile says: every package npm recorded as installed has the
 * locked version and integrity, and every non-optional locked package is there (optional ones are
 * other platforms' binaries).
 */
export function matchesLockfile(dir) {
  const hidden = join(dir, "node_modules/.package-lock.json");
  if (!existsSync(hidden)) return false;
  const have = new Map(installed(hidden));
  const locked = new Map(installed(join(dir, "package-lock.json")));
  const same = (a, b) => a?.version === b?.version && a?.integrity === b?.integrity;
  return (
    [...have].every(([path, entry]) => same(entry, locked.get(path))) &&
    [...locked].every(([path, entry]) => entry.optional || same(entry, have.get(path)))
  );
}

/**
 * Installs `dir`'s lockfile into its cache entry unless that entry is already there and matches it;
 * resolves to the entry's path. `npm ci` runs in a staging folder renamed into place when complete, so
 * a run killed midway, or two at once, never leave a half-installed entry. Install scripts stay off:
 * none of these packages needs one (the runtimes ship their binaries, Prism's only script is
 * @scarf/scarf's usage analytics).
 */
export async function ensureLockedInstall(dir, { timeoutMs, root = cacheRoot }) {
  const entry = lockedInstallDir(dir, root);
  if (existsSync(entry)) {
    if (!matchesLockfile(entry)) throw new Error(`${entry} does not match ${dir}'s lockfile: delete it`);
    const now = new Date();
    utimesSync(entry, now, now);
    return { dir: entry, installed: false };
  }
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(`${entry}.staging-`);
  try {
    for (const file of FILES) copyFileSync(join(dir, file), join(staging, file));
    await exec(
      "npm",
      ["ci", "--prefix", staging, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
      { env: cleanEnv(), timeoutMs, throwOnError: true },
    );
    if (!matchesLockfile(staging)) throw new Error(`npm ci in ${staging} did not install the lockfile`);
    try {
      renameSync(staging, entry);
    } catch (error) {
      // Another run installed the same lockfile first: use its entry.
      if (!existsSync(entry)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  pruneUnused(entry);
  return { dir: entry, installed: true };
}

function pruneUnused(entry) {
  const prefix = `${basename(entry).replace(/[0-9a-f]{16}$/, "")}`;
  const root = join(entry, "..");
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (path === entry || !name.startsWith(prefix)) continue;
    if (Date.now() - statSync(path).mtimeMs > UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
}
