import { type ChildProcess, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basic, bearer, post } from "./support/http.js";

// The CLI's source, bundled as tsup bundles it, inside the package so it finds openapi.json the
// way the published dist/cli.js does. No `npm run build` needed.
const outDir = fileURLToPath(new URL("../.test-build/", import.meta.url));
const cliPath = `${outDir}cli.js`;

beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli.ts", import.meta.url))],
    outfile: cliPath,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
  });
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

interface RunningCli {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runCli(args: string[]): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
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

async function urlOf(cli: RunningCli): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /listening on (http:\/\/\S+)/.exec(cli.output());
    if (match?.[1]) return match[1];
    if (cli.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  cli.child.kill("SIGKILL");
  throw new Error(`the CLI printed no URL:\n${cli.output()}`);
}

describe("evovoice-mock", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints its URL, serves, and stops cleanly on %s",
    async (signal) => {
      const cli = runCli(["--port", "0", "--host", "127.0.0.1", "--api-key", "cli-key", "--session", "S1"]);
      const url = await urlOf(cli);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await post(`${url}/sessions/S1/messages`, { body: "hi" }, bearer("cli-key"))).status).toBe(200);
      expect((await post(`${url}/sessions/S1/messages`, { body: "hi" }, bearer("other"))).status).toBe(401);
      expect((await post(`${url}/sessions/S2/messages`, { body: "hi" }, bearer("cli-key"))).status).toBe(404);
      // A keep-alive connection held open by fetch must not keep the process alive.
      cli.child.kill(signal);
      expect(await cli.exit).toEqual({ code: 0, signal: null });
      expect(cli.output()).toMatch(
        /POST \/sessions\/\{sessionId\}\/messages -> 200 message [0-9a-f]{24} \(bearer\)/,
      );
      expect(cli.output()).toContain(`Received ${signal}, stopping (1 messages recorded).`);
      await expect(fetch(`${url}/messages`)).rejects.toThrow();
    },
  );

  it("accepts Basic users and prints nothing per message with --quiet", async () => {
    const cli = runCli(["--port", "0", "--user", "ann:pw:with:colons", "--quiet"]);
    const url = await urlOf(cli);
    expect((await post(`${url}/sessions/S1/messages`, {}, basic("ann", "pw:with:colons"))).status).toBe(200);
    cli.child.kill("SIGINT");
    expect((await cli.exit).code).toBe(0);
    expect(cli.output()).not.toContain("-> 200");
  });

  it("says when it accepts any credential", async () => {
    const cli = runCli(["--port", "0"]);
    await urlOf(cli);
    cli.child.kill("SIGTERM");
    await cli.exit;
    expect(cli.output()).toContain("any credential is accepted");
  });

  it("exits 1 with a message on a bad option or port, and prints help", async () => {
    for (const args of [["--port", "nope"], ["--bogus"], ["--user", "no-colon"]]) {
      const cli = runCli(args);
      expect((await cli.exit).code, args.join(" ")).toBe(1);
      expect(cli.output()).toMatch(/^evovoice-mock: /);
    }
    const help = runCli(["--help"]);
    expect((await help.exit).code).toBe(0);
    expect(help.output()).toContain("Usage: evovoice-mock");
  });
});
