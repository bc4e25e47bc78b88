import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The SDK runs wherever fetch exists: no `node:` module, no Node global, in any file of src.
const src = fileURLToPath(new URL("../src/", import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

describe("src has no Node dependency", () => {
  it("imports no Node built-in module", () => {
    const builtins = new Set(builtinModules);
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(src, file), "utf8");
      for (const [, specifier = ""] of text.matchAll(/(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g)) {
        if (specifier.startsWith("node:") || builtins.has(specifier)) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it("type-checks without Node's types (so no process, Buffer or require slips in)", async () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const project = fileURLToPath(new URL("./tsconfig.src.json", import.meta.url));
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(process.execPath, [tsc, "-p", project, "--noEmit"], (error, stdout, stderr) => {
        resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr });
      });
    });
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  }, 60_000);
});
