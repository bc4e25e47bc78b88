#!/usr/bin/env node
// npm run bench [-- section …] [-- --write]: the benchmarks, each measured side by side in one run and
// reported as ratios (the machine is noisy; absolute numbers only describe this run). The sections and
// their order are in src/sections/index.mjs; all run by default. --write also writes BENCHMARKS.md.
// Exits 1 when a goal is not met or a measurement could not be taken.
import { writeBenchmarks } from "./src/benchmarks-file.mjs";
import { describeMachine } from "./src/machine.mjs";
import { SECTIONS } from "./src/sections/index.mjs";

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

if (write) log(`wrote ${writeBenchmarks({ machine, markdown })}`);
process.exitCode = failed.length ? 1 : 0;
