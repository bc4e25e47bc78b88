// Writes the API reference as markdown pages into src/reference/ (git-ignored: generated on every build),
// and the bundled spec itself into src/public/ for download.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { operationsOf } from "../spec.mjs";
import { operationLabel, operationPage, operationPageName } from "./operation-page.mjs";
import { overviewPage } from "./overview-page.mjs";

/** The reference's sidebar entries: the overview, then each operation by its method and route. */
export function referenceSidebar(spec) {
  return [
    { text: "Overview", link: "/reference/" },
    ...operationsOf(spec).map((entry) => ({
      text: operationLabel(entry),
      link: `/reference/${operationPageName(entry.operation)}`,
    })),
  ];
}

/** Writes the pages; returns the files written, relative to `srcDir`. */
export async function writeReference(spec, srcDir) {
  const dir = join(srcDir, "reference");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const operations = operationsOf(spec);
  const pages = [
    ["index.md", overviewPage(spec, operations)],
    ...operations.map((entry) => [`${operationPageName(entry.operation)}.md`, operationPage(spec, entry)]),
  ];
  for (const [name, markdown] of pages) await writeFile(join(dir, name), markdown);
  await mkdir(join(srcDir, "public"), { recursive: true });
  await writeFile(join(srcDir, "public", "openapi.json"), `${JSON.stringify(spec, null, 2)}\n`);
  return pages.map(([name]) => `reference/${name}`);
}
