// BENCHMARKS.md: one full run of the bench on top, written whole by `npm run bench -- --write`; below
// KEEP_MARKER, sections written by hand or by other tools, which the bench keeps as they are.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fromRoot } from "./repo.mjs";

export const BENCHMARKS_FILE = fromRoot("BENCHMARKS.md");
export const KEEP_MARKER =
  "<!-- npm run bench -- --write replaces everything above this line and keeps what follows. -->";

/** Writes the run's markdown, then the kept part of the current file; returns the file's path. */
export function writeBenchmarks({ machine, markdown }, path = BENCHMARKS_FILE) {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  const at = current.indexOf(KEEP_MARKER);
  const kept = at === -1 ? "" : `\n${current.slice(at)}`;
  const run = [
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
  ].join("\n");
  writeFileSync(path, `${run}${kept}`.replace(/\n*$/, "\n"));
  return path;
}
