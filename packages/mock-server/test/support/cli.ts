import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// The CLI's source, bundled as tsup bundles it (the private openapi-kit inlined, the package's own
// dependencies left external), so the tests need no `npm run build`.
const outDir = fileURLToPath(new URL("../../.test-build/", import.meta.url));
export const cliPath = `${outDir}cli.js`;
export const testBuildDir = outDir;

export async function buildCli(): Promise<void> {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    dependencies: Record<string, string>;
  };
  await build({
    entryPoints: [fileURLToPath(new URL("../../src/cli.ts", import.meta.url))],
    outfile: cliPath,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: Object.keys(manifest.dependencies),
    logLevel: "silent",
  });
}

export interface RunningCli {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the CLI; `stdin: "pipe"` keeps its stdin open until the test writes or closes it. */
export function runCli(args: string[], stdin: "ignore" | "pipe" = "ignore"): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: [stdin, "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

/** Waits (at most 10 s) until the CLI's output matches `pattern`; returns the match. */
export async function waitForOutput(cli: RunningCli, pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 400; i++) {
    const match = pattern.exec(cli.output());
    if (match) return match;
    if (cli.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  cli.child.kill("SIGKILL");
  throw new Error(`the CLI printed nothing like ${pattern}:\n${cli.output()}`);
}

export async function urlOf(cli: RunningCli): Promise<string> {
  return (await waitForOutput(cli, /listening on (http:\/\/\S+)/))[1] as string;
}
