import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KEEP_MARKER, writeBenchmarks } from "../src/benchmarks-file.mjs";

const dir = mkdtempSync(join(tmpdir(), "evovoice-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = { machine: "2 cores", markdown: "## Overhead\n\nnew numbers" };

describe("writeBenchmarks", () => {
  it("replaces the previous run and keeps everything from the marker on", () => {
    const path = join(dir, "kept.md");
    const kept = `${KEEP_MARKER}\n\n## Budgets\n\nwritten by hand\n`;
    writeFileSync(path, `# Benchmarks\n\n## Overhead\n\nold numbers\n\n${kept}`);
    writeBenchmarks(run, path);
    const text = readFileSync(path, "utf8");
    expect(text).toMatch(/^# Benchmarks\n/);
    expect(text).toContain("Machine: 2 cores.\n\n## Overhead\n\nnew numbers\n");
    expect(text).not.toContain("old numbers");
    expect(text.endsWith(kept)).toBe(true);
  });

  it("writes only the run when there is no marker or no file yet", () => {
    const path = join(dir, "new.md");
    writeBenchmarks(run, path);
    expect(readFileSync(path, "utf8")).not.toContain(KEEP_MARKER);
    expect(readFileSync(path, "utf8").endsWith("new numbers\n")).toBe(true);
  });
});
