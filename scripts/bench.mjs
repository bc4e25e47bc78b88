#!/usr/bin/env node
// npm run bench [-- section …] [-- --write]: issue 7's benchmarks, each measured side by side in one run
// and reported as ratios (the machine is noisy; absolute numbers only describe this run). Sections:
// overhead, throughput, mock, typecheck, pipeline (all by default, in that order: pipeline rebuilds
// the tree and runs npm test, so it goes last). --write also writes BENCHMARKS.md. Exits 1 when a goal
// is not met or a measurement could not be taken.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./bench/machine.mjs";
import * as mock from "./bench/mock-servers.mjs";
import * as overhead from "./bench/overhead.mjs";
import * as pipeline from "./bench/pipeline.mjs";
import * as throughput from "./bench/throughput.mjs";
import * as typecheck from "./bench/typecheck.mjs";

const SECTIONS = [overhead, throughput, mock, typecheck, pipeline];
const args = process.argv.slice(2);
const write = args.includes("--write");
const asked = args.filter((arg) => arg !== "--write");
const unknown = asked.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length) {
  console.error(
    `bench: unknown section ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}
// BENCHMARKS.md is one run of every section; a partial run would drop the others from it.
if (write && asked.length) {
  console.error("bench: --write runs every section; leave out the section names");
  process.exit(2);
}
const chosen = asked.length ? SECTIONS.filter((section) => asked.includes(section.name)) : SECTIONS;

const log = (text) => console.log(`bench: ${text}`);
const machine = describeMachine();
log(machine);
const reports = [];
for (const section of chosen) {
  try {
    reports.push(await section.run({ log }));
  } catch (error) {
    reports.push({
      title: section.name,
      command: `npm run bench -- ${section.name}`,
      markdown: "",
      notes: [`Failed: ${error.stack ?? error}`],
      ok: false,
    });
  }
}

const markdown = reports
  .map((r) =>
    [`## ${r.title}`, "", `\`${r.command}\``, "", r.markdown, "", ...r.notes.map((n) => `- ${n}`)].join("\n"),
  )
  .join("\n\n");
console.log(`\n${markdown}\n`);
const failed = reports.filter((r) => !r.ok).map((r) => r.title);
console.log(failed.length ? `bench: NOT met or not measured: ${failed.join("; ")}` : "bench: every goal met");

if (write) {
  const path = fileURLToPath(new URL("../BENCHMARKS.md", import.meta.url));
  writeFileSync(
    path,
    [
      "# Benchmarks",
      "",
      "Written by `npm run bench -- --write` from one run; rerun it to check. Each ratio compares",
      "measurements taken side by side in that run, so that load from elsewhere on the machine hits",
      "both sides; the absolute numbers describe this run only.",
      "",
      `Machine: ${machine}.`,
      "",
      markdown,
      "",
    ].join("\n"),
  );
  log(`wrote ${path}`);
}
process.exitCode = failed.length ? 1 : 0;
