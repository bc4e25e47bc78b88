// Type-checks code samples with the TypeScript compiler API against the packages' source, as strictly as the
// repo's own code, so a sample that would not compile for a user fails the docs tests. A sample marked CommonJS
// is compiled as CommonJS, where top-level await does not compile: as it fails under tsx in such a project.
import { dirname, join } from "node:path";
import ts from "typescript";
import type { CodeBlock } from "./code-blocks.js";
import { baseTsconfig, clientEntry, docsDir, mockServerEntry, mockServerMswEntry } from "./paths.js";

export interface SampleResult {
  block: CodeBlock;
  /** One line per problem: `file:line: TS1234 message`, empty when the sample compiles. */
  errors: string[];
}

function compilerOptions(format: "esm" | "cjs"): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(baseTsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    config.compilerOptions,
    dirname(baseTsconfig),
  );
  if (errors.length > 0)
    throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  const esm = {
    ...options,
    noEmit: true,
    // Samples run in Node (process.env) as often as in a browser; the base config already has the DOM.
    types: ["node"],
    paths: {
      "@evovoice-sdk/client": [clientEntry],
      "@evovoice-sdk/mock-server": [mockServerEntry],
      "@evovoice-sdk/mock-server/msw": [mockServerMswEntry],
    },
  };
  if (format === "esm") return esm;
  // What a CommonJS project's tsconfig says: imports become require calls, and top-level await is an error.
  return {
    ...esm,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    verbatimModuleSyntax: false,
    esModuleInterop: true,
  };
}

/**
 * Compiles every block as its own module, in one program per module format (a block without one is an ES
 * module: top-level await allowed); returns each block's errors, in the order of `blocks`.
 */
export function compileSamples(blocks: CodeBlock[]): SampleResult[] {
  const cjs = compileProgram(
    blocks.filter((block) => block.format === "cjs"),
    "cjs",
  );
  const esm = compileProgram(
    blocks.filter((block) => block.format !== "cjs"),
    "esm",
  );
  const byBlock = new Map([...cjs, ...esm].map((result) => [result.block, result]));
  return blocks.map((block) => byBlock.get(block) ?? { block, errors: ["not compiled"] });
}

function compileProgram(blocks: CodeBlock[], format: "esm" | "cjs"): SampleResult[] {
  if (blocks.length === 0) return [];
  // Virtual files sit inside the docs package so imports resolve the way a user's project would.
  const virtualFiles = new Map(
    blocks.map((block, index) => [join(docsDir, `.samples/${format}-sample-${index}.ts`), block]),
  );
  const options = compilerOptions(format);
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
