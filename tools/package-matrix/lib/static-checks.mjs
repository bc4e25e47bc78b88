// Checks that read the packages instead of running them: the tarball's file
// list, publint and attw on the tarballs, a TypeScript consumer under three
// module resolutions, and the size budget.
import { join } from "node:path";
import { cleanEnv, runOrThrow } from "@evovoice-sdk/processes";

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
  const tsc = (config) =>
    check(`tsc ${config}`, async () => {
      await runOrThrow(join(consumer, "node_modules/.bin/tsc"), ["-p", `tsconfig.${config}.json`], {
        cwd: consumer,
        env: cleanEnv(),
        timeoutMs: 60_000,
      });
      return "compiles, @ts-expect-error lines hold";
    });
  return [
    check("client tarball files", async () => {
      const { stdout } = await runOrThrow("tar", ["-tzf", client], { env: cleanEnv(), timeoutMs: 10_000 });
      const files = stdout
        .trim()
        .split("\n")
        .map((file) => file.replace(/^package\//, ""))
        .sort();
      if (files.join() !== clientFiles.join()) throw new Error(`got ${files.join(", ")}`);
      return files.join(", ");
    }),
    check("publint client", async () => {
      await runOrThrow(bin("publint"), ["run", client, "--strict"], { env: cleanEnv(), timeoutMs: 60_000 });
      return "no problems (--strict)";
    }),
    check("attw client", async () => {
      await runOrThrow(bin("attw"), [client, "--format", "ascii", "--no-color"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
      });
      return "no problems (node10, node16 CJS/ESM, bundler)";
    }),
    check("publint mock-server", async () => {
      await runOrThrow(bin("publint"), ["run", mock, "--strict"], { env: cleanEnv(), timeoutMs: 60_000 });
      return "no problems (--strict)";
    }),
    check("attw mock-server", async () => {
      // ESM and CJS; node10 resolution cannot see the `/msw` subpath (it ignores `exports`).
      await runOrThrow(bin("attw"), [mock, "--profile", "node16", "--format", "ascii", "--no-color"], {
        env: cleanEnv(),
        timeoutMs: 60_000,
      });
      return "no problems (node16 CJS/ESM, bundler)";
    }),
    tsc("node16-esm"),
    tsc("node16-cjs"),
    tsc("bundler"),
    tsc("node16-no-dom"),
    check("size budget (size-limit)", async () => {
      const { stdout } = await runOrThrow(bin("size-limit"), ["--json"], {
        cwd: repoRoot,
        env: cleanEnv(),
        timeoutMs: 60_000,
      });
      const results = JSON.parse(stdout);
      const over = results.filter((result) => !result.passed);
      if (over.length > 0) throw new Error(`over budget: ${JSON.stringify(over)}`);
      return results.map((result) => `${result.name}: ${result.size} B min+gz`).join("; ");
    }),
  ];
}
