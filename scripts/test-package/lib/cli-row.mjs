// The mock server's CLI as a user gets it from the tarball: the `evovoice-mock`
// bin npm linked (shebang, exec bit, openapi.json shipped beside dist/) must
// start, accept one message with the key it was given, and stop cleanly on
// SIGTERM.
import { join } from "node:path";
import { start } from "./proc.mjs";

function waitFor(child, pattern, timeoutMs) {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`no match for ${pattern} in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before printing ${pattern}:\n${output}`));
    });
  });
}

export function cliRow(consumer) {
  return {
    name: "mock-server CLI (bin)",
    run: async () => {
      const key = "cli-key";
      const child = start(join(consumer, "node_modules/.bin/evovoice-mock"), [
        "--port",
        "0",
        "--api-key",
        key,
      ]);
      const closed = new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
      try {
        const [, url] = await waitFor(child, /listening on (http:\/\/\S+)/, 15_000);
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
        const stopped = waitFor(child, /\((\d+) messages? recorded\)/, 10_000);
        child.kill("SIGTERM");
        const [, recorded] = await stopped;
        if (recorded !== "1") throw new Error(`it reported ${recorded} messages recorded, expected 1`);
        const { code } = await closed;
        if (code !== 0) throw new Error(`exit ${code} after SIGTERM`);
        return `started on ${url}, 200, 1 recorded, exit 0 on SIGTERM`;
      } finally {
        child.kill("SIGKILL");
      }
    },
  };
}
