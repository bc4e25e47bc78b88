// The mock server's CLI as a user gets it from the tarball: the `evovoice-mock`
// bin npm linked (shebang, exec bit, openapi.json shipped beside dist/) must
// start, accept one message with the key it was given, and stop cleanly on
// SIGTERM.
import { join } from "node:path";
import { exec, waitForOutput } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

export function cliRow(consumer) {
  return {
    name: "mock-server CLI (bin)",
    run: async () => {
      const key = "cli-key";
      const cli = exec(join(consumer, "node_modules/.bin/evovoice-mock"), ["--port", "0", "--api-key", key], {
        env: cleanEnv(),
        timeoutMs: 60_000,
      });
      try {
        const [, url] = await waitForOutput(cli.process, /listening on (http:\/\/\S+)/, 15_000);
        const response = await fetch(`${url}/sessions/S1/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ body: "package test from the CLI" }),
          signal: AbortSignal.timeout(10_000),
        });
        const info = await response.json();
        if (response.status !== 200 || info.text !== "package test from the CLI") {
          throw new Error(`answered ${response.status} ${JSON.stringify(info)}`);
        }
        // SIGTERM to the CLI itself (not its group): what a terminal's kill or a test runner sends.
        cli.process.kill("SIGTERM");
        const { exitCode, signal, stdout, stderr } = await cli;
        const recorded = /\((\d+) messages? recorded\)/.exec(`${stdout}${stderr}`)?.[1];
        if (recorded !== "1") throw new Error(`it reported ${recorded} messages recorded, expected 1`);
        if (exitCode !== 0) throw new Error(`exit ${exitCode ?? signal} after SIGTERM`);
        return `started on ${url}, 200, 1 recorded, exit 0 on SIGTERM`;
      } finally {
        cli.process.kill("SIGKILL");
        await cli.catch(() => {});
      }
    },
  };
}
