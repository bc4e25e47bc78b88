// A fresh project outside the monorepo that installs the tarballs the way a
// user would, plus the pinned tools a user's project would have.
import { copyFileSync, cpSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

const template = fileURLToPath(new URL("../consumer/", import.meta.url));

// Pinned so a new release of a tool cannot change the verdict on our package.
// @types/node 18: a Node 18 project without the DOM lib must compile against our types.
const tools = { "@types/node": "18.19.130", esbuild: "0.27.7", typescript: "5.9.3" };

export function makeTempDir(prefix) {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** Creates and installs the consumer project; returns its directory. */
export async function createConsumer(tarballs, repoRoot) {
  const dir = makeTempDir("evovoice-consumer-");
  if (!relative(repoRoot, dir).startsWith("..")) throw new Error(`${dir} is inside the monorepo`);
  cpSync(template, dir, { recursive: true });
  for (const ext of ["mts", "cts"])
    copyFileSync(join(dir, "types/usage.ts"), join(dir, `types/usage.${ext}`));
  const dependencies = { ...tools };
  for (const [name, tarball] of Object.entries(tarballs)) dependencies[name] = `file:${tarball}`;
  const manifest = { name: "evovoice-consumer", private: true, type: "module", dependencies };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // --ignore-scripts: the tarballs have none, and esbuild works from its
  // optional platform package without its postinstall.
  await exec("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
    cwd: dir,
    env: cleanEnv(),
    timeoutMs: 180_000,
    throwOnError: true,
  });
  return dir;
}
