// Type-checks code samples with the TypeScript compiler API against the BUILT packages, resolved by their
// public names as a user's project resolves them (node_modules → package.json "exports" → dist/*.d.ts), as
// strictly as the repo's own code, so a sample that would not compile for a user fails the docs tests. A
// sample marked CommonJS is compiled as CommonJS (the packages' .d.cts), where top-level await does not
// compile: as it fails under tsx in such a project.
import { dirname, join } from "node:path";
import ts from "typescript";
import type { CodeBlock } from "./code-blocks.js";
import { baseTsconfig, docsDir } from "./paths.js";

export interface SampleResult {
  block: CodeBlock;
  /** One line per problem: `file:line: TS1234 message`, empty when the sample compiles. */
  errors: string[];
}

/**
 * What a user's Node project compiles with: module and resolution "node16", so a `.ts` file here (the docs
 * package says "type": "module") is an ES module and a `.cts` file is CommonJS, each importing the packages
 * through the "import" or "require" condition of their "exports". The repo's strictness otherwise.
 */
function compilerOptions(): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(baseTsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    config.compilerOptions,
    dirname(baseTsconfig),
  );
  if (errors.length > 0)
    throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  return {
    ...options,
    noEmit: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    // A CommonJS sample writes `import`, which TypeScript turns into `require`: what a CommonJS project does.
    verbatimModuleSyntax: false,
    esModuleInterop: true,
    // Samples run in Node (process.env) as often as in a browser; the base config already has the DOM.
    types: ["node"],
  };
}

/**
 * Compiles every block as its own module, in one program (a block marked cjs is CommonJS, any other an ES
 * module: top-level await allowed); returns each block's errors, in the order of `blocks`.
 */
export function compileSamples(blocks: CodeBlock[]): SampleResult[] {
  return compileProgram(blocks);
}

function compileProgram(blocks: CodeBlock[]): SampleResult[] {
  if (blocks.length === 0) return [];
  // Virtual files sit inside the docs package so imports resolve the way a user's project would.
  const virtualFiles = new Map(
    // A .cts file is CommonJS whatever the nearest package.json says, as a file in a "type": "commonjs" project.
    blocks.map((block, index) => [
      join(docsDir, `.samples/sample-${index}.${block.format === "cjs" ? "cts" : "ts"}`),
      block,
    ]),
  );
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtualFiles.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtualFiles.get(file)?.code ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError) => {
    const block = virtualFiles.get(file);
    return block
      ? ts.createSourceFile(file, block.code, language, true, ts.ScriptKind.TS)
      : getSourceFile.call(host, file, language, onError);
  };
  const program = ts.createProgram([...virtualFiles.keys()], options, host);
  const global = ts.getPreEmitDiagnostics(program).filter((d) => !d.file);
  if (global.length > 0) {
    throw new Error(global.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n"));
  }
  return [...virtualFiles].map(([file, block]) => {
    const sourceFile = program.getSourceFile(file);
    const diagnostics = sourceFile ? ts.getPreEmitDiagnostics(program, sourceFile) : [];
    return {
      block,
      errors: diagnostics.map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n  ");
        const at =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
            : 0;
        const where =
          diagnostic.file?.fileName === file
            ? `${block.file}:${block.line + at}`
            : (diagnostic.file?.fileName ?? block.file);
        return `${where}: TS${diagnostic.code} ${message}`;
      }),
    };
  });
}

/** The file a sample's import of `specifier` resolves to, as the compiler resolves it, in either format. */
export function compiledFrom(specifier: string, format: "esm" | "cjs" = "esm"): string | undefined {
  const mode = format === "cjs" ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext;
  const containing = join(docsDir, `.samples/where.${format === "cjs" ? "cts" : "ts"}`);
  return ts.resolveModuleName(specifier, containing, compilerOptions(), ts.sys, undefined, undefined, mode)
    .resolvedModule?.resolvedFileName;
}
