// Checks that read the packages instead of running them: the tarball's file
// list, publint and attw on the tarballs, a TypeScript consumer under three
// module resolutions, and the size budget.
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

// Everything a user needs and nothing else (no sources, maps, tests, configs).
const clientFiles = [
  "LICENSE",
  "README.md",
  "dist/index.cjs",
  "dist/index.d.cts",
  "dist/index.d.ts",
  "dist/index.js",
  "package.json",
];

function check(name, run) {
  return { name, run };
}

export function packageChecks({ consumer, tarballs, repoRoot }) {
  const client = tarballs["@evovoice-sdk/client"];
  const mock = tarballs["@evovoice-sdk/mock-server"];
  const bin = (tool) => join(repoRoot, "node_modules/.bin", tool);
  // The consumer's tsconfigs keep skipLibCheck off, so our .d.ts files are checked through.
  // --skipDefaultLibCheck skips only TypeScript's own lib.*.d.ts (lib.dom.d.ts: a second of CPU per
  // run), which no change of ours can break.
  const tsc = (config) =>
    check(`tsc ${config}`, async () => {
      const args = ["-p", `tsconfig.${config}.json`, "--skipDefaultLibCheck"];
      await exec(join(consumer, "node_modules/.bin/tsc"), args, {
        cwd: consumer,
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      return "compiles, @ts-expect-error lines hold";
    });
  return [
    check("client tarball files", async () => {
      const { stdout } = await exec("tar", ["-tzf", client], {
        env: cleanEnv(),
        timeoutMs: 10_000,
        throwOnError: true,
      });
      const files = stdout
        .trim()
        .split("\n")
        .map((file) => file.replace(/^package\//, ""))
        .sort();
      if (files.join() !== clientFiles.join()) throw new Error(`got ${files.join(", ")}`);
      return files.join(", ");
    }),
    check("publint client", async () => {
      await exec(bin("publint"), ["run", client, "--strict"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      return "no problems (--strict)";
    }),
    check("attw client", async () => {
      await exec(bin("attw"), [client, "--format", "ascii", "--no-color"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      return "no problems (node10, node16 CJS/ESM, bundler)";
    }),
    check("publint mock-server", async () => {
      await exec(bin("publint"), ["run", mock, "--strict"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      return "no problems (--strict)";
    }),
    check("attw mock-server", async () => {
      // ESM and CJS; node10 resolution cannot see the `/msw` subpath (it ignores `exports`).
      await exec(bin("attw"), [mock, "--profile", "node16", "--format", "ascii", "--no-color"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      return "no problems (node16 CJS/ESM, bundler)";
    }),
    tsc("node16-esm"),
    tsc("node16-cjs"),
    tsc("bundler"),
    tsc("node16-no-dom"),
    check("size budget (size-limit)", async () => {
      const { stdout } = await exec(bin("size-limit"), ["--json"], {
        cwd: repoRoot,
        env: cleanEnv(),
        timeoutMs: 60_000,
        throwOnError: true,
      });
      const results = JSON.parse(stdout);
      const over = results.filter((result) => !result.passed);
      if (over.length > 0) throw new Error(`over budget: ${JSON.stringify(over)}`);
      return results.map((result) => `${result.name}: ${result.size} B min+gz`).join("; ");
    }),
  ];
}
