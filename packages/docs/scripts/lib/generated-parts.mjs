// The parts of guide pages that are generated at build time, each written to generated/<name>.md for a page
// to include (`<!--@include: @/../generated/<name>.md-->`): option tables from the packages' type
// declarations, tables from the bundled spec, and the errors page's tables from running the SDK.
// What samples print goes to generated/outputs/ (samples/run-samples.mjs).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { errorFacts } from "./facts/error-facts.mjs";
import { classTable, readTable, sendTable } from "./facts/error-tables.mjs";
import { optionsTable } from "./options-table.mjs";
import { queryTable } from "./query-table.mjs";
import { schemaTable } from "./reference/schema-table.mjs";
import { bundledSpecFile, readSpec } from "./spec.mjs";

/** The generated parts, by name: each renders markdown from the repo at `repoRoot`. */
const parts = {
  "options/client": (root) => optionsTable(join(root, "packages/client/src/types.ts"), "EvoVoiceOptions"),
  "options/per-call": (root) =>
    optionsTable(join(root, "packages/client/src/types.ts"), "RequestOptions", "the client's"),
  "options/mock": (root) => optionsTable(join(root, "packages/mock-server/src/options.ts"), "MockOptions"),
  "options/mock-server": (root) =>
    optionsTable(join(root, "packages/mock-server/src/options.ts"), "MockServerOptions"),
  "options/mock-fetch": (root) =>
    optionsTable(join(root, "packages/mock-server/src/create-mock-fetch.ts"), "MockFetchOptions"),
  "options/mock-handlers": (root) =>
    optionsTable(join(root, "packages/mock-server/src/msw.ts"), "MockHandlersOptions"),
  "query/listMessages": () => queryTable(bundledSpecFile, "listMessages"),
  "schemas/MessageInfo": () => schemaTable(readSpec(), { $ref: "#/components/schemas/MessageInfo" }),
};

async function write(file, text) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text.endsWith("\n") ? text : `${text}\n`);
}

/** Writes every generated part into `generatedDir`; returns the facts the errors page is made of. */
export async function writeGeneratedParts({ repoRoot, generatedDir }) {
  for (const [name, render] of Object.entries(parts))
    await write(join(generatedDir, `${name}.md`), render(repoRoot));
  const facts = await errorFacts();
  await write(join(generatedDir, "errors/send.md"), sendTable(facts));
  await write(join(generatedDir, "errors/read.md"), readTable(facts));
  await write(join(generatedDir, "errors/classes.md"), classTable(facts));
  await write(join(generatedDir, "errors/facts.json"), JSON.stringify(facts, null, 2));
  return facts;
}
