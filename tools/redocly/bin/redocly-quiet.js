#!/usr/bin/env node
// `redocly-quiet <redocly arguments>`: the repo's pinned Redocly CLI, with telemetry and the update
// notice off and the Node 20 deprecation banner filtered out of its stderr as it streams. Everything
// else, stdout untouched, and the exit code are Redocly's own.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { bannerFilter } from "../src/banner.js";
import { QUIET_ENV, REDOCLY_CLI } from "../src/redocly.js";

const child = spawn(process.execPath, [REDOCLY_CLI, ...process.argv.slice(2)], {
  env: { ...process.env, ...QUIET_ENV },
  stdio: ["inherit", "inherit", "pipe"],
});
const filter = bannerFilter((line) => process.stderr.write(`${line}\n`));
const lines = createInterface({ input: child.stderr, crlfDelay: Number.POSITIVE_INFINITY });
lines.on("line", (line) => filter.push(line));
const stderrDone = new Promise((resolve) => lines.once("close", resolve));
// Passed on, so Ctrl-C or a timeout's SIGTERM stops Redocly too.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.once("error", (error) => {
  console.error(`redocly-quiet: could not start Redocly: ${error.message}`);
  process.exitCode = 1;
});
child.once("close", async (code, signal) => {
  await stderrDone;
  filter.end();
  process.exitCode = signal ? 1 : (code ?? 1);
});
