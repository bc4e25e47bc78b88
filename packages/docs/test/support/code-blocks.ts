// Finds the TypeScript samples the docs show: fenced ```ts blocks in markdown, and the spec's x-codeSamples.
import { readFileSync } from "node:fs";
import { specSourceFile } from "./paths.js";
import { operations, spec } from "./spec-facts.js";

export interface CodeBlock {
  /** Where a reader finds it, e.g. `guide/sending.md block 2 (line 31)`. */
  name: string;
  file: string;
  /** 1-based line in `file` of the block's first code line, or 1 when the file has no useful lines. */
  line: number;
  code: string;
}

const typescriptLangs = new Set(["ts", "typescript"]);
const opening = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;

/** Every fenced block in a markdown file whose info string says TypeScript. */
export function markdownTypeScriptBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = opening.exec(lines[index] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", lang = ""] = open;
    const closing = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? "")) {
      body.push((lines[end] ?? "").replace(new RegExp(`^ {0,${indent.length}}`), ""));
      end++;
    }
    if (typescriptLangs.has(lang.toLowerCase())) {
      const number = blocks.length + 1;
      blocks.push({
        name: `${file} block ${number} (line ${index + 1})`,
        file,
        line: index + 2,
        code: body.join("\n"),
      });
    }
    index = end;
  }
  return blocks;
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

// The samples are YAML literal blocks, so their lines match the source's: find where each starts.
function lineInSpecSource(sample: CodeSample): number {
  const lines = readFileSync(specSourceFile, "utf8").split("\n");
  const operationLine = lines.findIndex((line) => line.trim() === `operationId: ${sample.operationId}`);
  const firstCodeLine = sample.source.split("\n")[0]?.trim() ?? "";
  const found = lines.findIndex((line, index) => index > operationLine && line.trim() === firstCodeLine);
  return found === -1 ? 1 : found + 1;
}

export function specTypeScriptBlocks(): CodeBlock[] {
  return specCodeSamples()
    .filter((sample) => typescriptLangs.has(sample.lang.toLowerCase()))
    .map((sample) => {
      const line = lineInSpecSource(sample);
      return {
        name: `spec/openapi.yaml x-codeSamples of ${sample.operationId}, ${sample.label ?? sample.lang} (line ${line})`,
        file: "spec/openapi.yaml",
        line,
        code: sample.source,
      };
    });
}
