import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
// The generator `npm run generate` runs after openapi-typescript, called here on the edited copy.
import { fieldsModule } from "../../../client/scripts/generate-fields.mjs";

export { fieldsModule };

import { repoRoot } from "../repo-paths.js";

const clientDir = join(repoRoot, "packages/client");
// Inside the repo, so that the copy resolves openapi-fetch from the repo's node_modules.
const scratchRoot = join(repoRoot, "node_modules/.cache/spec-drift");

// The library files every compile reads (lib.dom.d.ts and openapi-fetch's types), read once.
const shared = new Map<string, ts.SourceFile | undefined>();

/** The compiler options of `packages/client/src` alone: no Node types, as test/tsconfig.src.json has it. */
function clientOptions(): ts.CompilerOptions {
  const configPath = join(clientDir, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, clientDir);
  const { rootDir: _rootDir, paths: _paths, ...rest } = options;
  return { ...rest, types: [], noEmit: true };
}

/**
 * Regenerates the client's generated code from `spec` (a bundled OpenAPI document) the way
 * `npm run generate` does, puts it beside a copy of `packages/client/src`, and type-checks that copy.
 * Resolves with the compiler's errors, each as `file(line): message`, paths relative to `src/`.
 */
export async function compileClientAgainst(spec: OpenAPI3, name: string): Promise<string[]> {
  const dir = join(scratchRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const src = join(dir, "src");
  cpSync(join(clientDir, "src"), src, { recursive: true });
  writeFileSync(join(src, "generated/openapi.ts"), COMMENT_HEADER + astToString(await openapiTS(spec)));
  writeFileSync(join(src, "generated/fields.ts"), fieldsModule(spec));

  const files = ts.sys.readDirectory(src, [".ts"]);
  const host = ts.createCompilerHost(clientOptions());
  const read = host.getSourceFile;
  host.getSourceFile = (file, language, ...rest) => {
    if (file.startsWith(dir)) return read(file, language, ...rest);
    if (!shared.has(file)) shared.set(file, read(file, language, ...rest));
    return shared.get(file);
  };
  const program = ts.createProgram(files, clientOptions(), host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? d.file.fileName.slice(src.length + 1) : "";
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${where}(${line}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]}`;
  });
  rmSync(dir, { recursive: true, force: true });
  return errors;
}

/** The bundled spec as `npm run build` wrote it, as a fresh object to edit. */
export function bundledSpecCopy(): OpenAPI3 {
  return JSON.parse(readFileSync(join(repoRoot, "spec/dist/openapi.json"), "utf8"));
}
