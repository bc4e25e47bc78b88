// Finds the samples the docs show: fenced blocks in markdown (TypeScript samples, and the output blocks that
// quote what the SDK prints), and the spec's x-codeSamples. Markdown is split by the build's own parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fencedBlocks } from "../../scripts/lib/samples/fenced-blocks.mjs";
import { fromRoot, specPathsDir } from "./paths.js";
import { operations, spec } from "./spec-facts.js";

/** How a sample runs: an ES module (top-level await allowed) or CommonJS. */
export type ModuleFormat = "esm" | "cjs";

export interface CodeBlock {
  /** Where a reader finds it, e.g. `guide/sending.md block 2 (line 31)`. */
  name: string;
  file: string;
  /** 1-based line in `file` of the block's first code line, or 1 when the file has no useful lines. */
  line: number;
  code: string;
  /** What the fence's info string says (`ts esm`, `ts cjs`); undefined where it says neither. */
  format?: ModuleFormat | undefined;
}

const typescriptLangs = new Set(["ts", "typescript"]);

/** Every fenced block in a markdown file whose info string says TypeScript. */
export function markdownTypeScriptBlocks(file: string, markdown: string): CodeBlock[] {
  return fencedBlocks(markdown)
    .filter((block) => typescriptLangs.has(block.language))
    .map((block, index) => ({
      name: `${file} block ${index + 1} (line ${block.line})`,
      file,
      line: block.line + 1,
      code: block.code,
      format: block.meta.find((word): word is ModuleFormat => word === "esm" || word === "cjs"),
    }));
}

export interface OutputBlock {
  name: string;
  file: string;
  /** The scenario that produces it: `output=<scenario>` in the info string. */
  scenario: string;
  text: string;
}

/** The blocks that quote what the SDK prints: ```text output=<scenario>. */
export function markdownOutputBlocks(file: string, markdown: string): OutputBlock[] {
  return fencedBlocks(markdown).flatMap((block) => {
    const scenario = block.meta.find((word) => word.startsWith("output="))?.slice("output=".length);
    return scenario
      ? [{ name: `${file} output ${scenario} (line ${block.line})`, file, scenario, text: block.code }]
      : [];
  });
}

export interface CodeSample {
  operationId: string;
  lang: string;
  label: string | undefined;
  source: string;
}

/** The spec's x-codeSamples, operation by operation. */
export function specCodeSamples(): CodeSample[] {
  const paths = spec.paths as Record<
    string,
    Record<string, { "x-codeSamples"?: Omit<CodeSample, "operationId">[] }>
  >;
  return operations.flatMap(({ path, method, operationId }) =>
    (paths[path]?.[method]?.["x-codeSamples"] ?? []).map((sample) => ({ operationId, ...sample })),
  );
}

// The spec is split Redocly-style: each path item is a file in spec/paths/. The samples are YAML literal
// blocks, so their lines match the source's: find the file that declares the operation, and the sample in it.
function whereInSpecSource(sample: CodeSample): { file: string; line: number } {
  const firstCodeLine = sample.source.split("\n")[0]?.trim() ?? "";
  for (const name of readdirSync(specPathsDir).filter((n) => n.endsWith(".yaml"))) {
    const file = join(specPathsDir, name);
    const lines = readFileSync(file, "utf8").split("\n");
    const operationLine = lines.findIndex((line) => line.trim() === `operationId: ${sample.operationId}`);
    if (operationLine === -1) continue;
    const found = lines.findIndex((line, index) => index > operationLine && line.trim() === firstCodeLine);
    return { file: fromRoot(file), line: found === -1 ? operationLine + 1 : found + 1 };
  }
  return { file: "spec/dist/openapi.json", line: 1 };
}

export function specTypeScriptBlocks(): CodeBlock[] {
  return specCodeSamples()
    .filter((sample) => typescriptLangs.has(sample.lang.toLowerCase()))
    .map((sample) => {
      const { file, line } = whereInSpecSource(sample);
      return {
        name: `${file} x-codeSamples of ${sample.operationId}, ${sample.label ?? sample.lang} (line ${line})`,
        file,
        line,
        code: sample.source,
      };
    });
}
