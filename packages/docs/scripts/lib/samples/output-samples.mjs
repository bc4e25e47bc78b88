// Finds the samples whose output a page shows. A page shows what a sample prints by including the output,
// generated at build time, after the sample (a sentence may come between, a heading may not):
//
//   ```ts esm
//   …
//   ```
//
//   <!--@include: @/../generated/outputs/send-timeout.md-->
//
// The name (send-timeout) names the scenario the sample runs in (scenarios.mjs): which faults the mock
// server has, which environment the sample sees.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fencedBlocks } from "./fenced-blocks.mjs";

export const outputInclude = /^<!--@include: @\/\.\.\/generated\/outputs\/([\w-]+)\.md-->$/;

/** Every `.md` file under `dir`, recursively, except generated ones (the reference). */
export function pageFiles(dir, skip = ["reference", "public"]) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : pageFiles(path, skip);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/**
 * `{ name, file, where, line, language, format, code }` for each output include of the pages under `srcDir`:
 * the sample is the nearest fenced block above it in the same section. Throws when there is none.
 */
export function outputSamples(srcDir) {
  return pageFiles(srcDir).flatMap((file) => {
    const markdown = readFileSync(file, "utf8");
    const lines = markdown.split("\n");
    const blocks = fencedBlocks(markdown);
    return lines.flatMap((text, index) => {
      const match = outputInclude.exec(text.trim());
      if (!match) return [];
      // The nearest block above, with no heading or other output between them.
      const block = blocks.findLast((candidate) => candidate.endLine < index + 1);
      const between = block ? lines.slice(block.endLine, index) : [];
      const where = `${relative(srcDir, file)}:${index + 1}`;
      if (!block || between.some((text) => /^#{1,6} /.test(text) || outputInclude.test(text.trim()))) {
        throw new Error(`${where}: an output include must come after the sample it shows the output of`);
      }
      const format = block.meta.includes("cjs") ? "cjs" : "esm";
      return [
        { name: match[1], file, where, line: block.line, language: block.language, format, code: block.code },
      ];
    });
  });
}
