// The servers the benchmark compares, all on 127.0.0.1 and the same bundled spec.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { exec, waitForOutput } from "@evovoice-sdk/processes";
import { freePort, waitForHttp } from "./network.mjs";
import { NODE24, PRISM_CLI, preparePrism } from "./prism.mjs";
import { fromRoot as root } from "./repo.mjs";

const require = createRequire(import.meta.url);
export const SPEC = root("spec/dist/openapi.json");

// A server lives at most this long; stop() ends it sooner.
const LIFETIME_MS = 30 * 60_000;

/** Each target: `skip()` says (or resolves to) why it cannot run here, or null; `start(apiKey)` resolves to `{ url, stop }`. */
export const TARGETS = [
  {
    name: "evovoice-mock (validation on)",
    skip: () => (existsSync(root("packages/mock-server/dist/cli.js")) ? null : "not built (npm run build)"),
    async start(apiKey) {
      const cli = root("packages/mock-server/dist/cli.js");
      const server = exec(process.execPath, [cli, "--port", "0", "--api-key", apiKey, "--quiet"], {
        timeoutMs: LIFETIME_MS,
      });
      const [url] = await waitForOutput(server.process, /http:\/\/127\.0\.0\.1:\d+/);
      return { url, stop: () => stop(server) };
    },
  },
  {
    name: "Steady (@stdy/cli)",
    skip: () => (steadyBinary() ? null : "@stdy/cli has no binary for this platform"),
    async start() {
      const port = await freePort();
      // -q: no per-request log line, so Steady is not slowed by writing to stdout.
      const server = exec(steadyBinary(), ["--host", "127.0.0.1", "-p", String(port), "-q", SPEC], {
        timeoutMs: LIFETIME_MS,
      });
      const url = `http://127.0.0.1:${port}`;
      await untilAnswers(url, server);
      return { url, stop: () => stop(server) };
    },
  },
  {
    name: "Prism (@stoplight/prism-cli, Node 24)",
    // Installs Node 24 and Prism on first use (each from its own committed lockfile).
    skip: preparePrism,
    async start() {
      const port = await freePort();
      // -v silent: Prism otherwise logs several lines per request, which would slow it down.
      // Request validation (body and security) is on by default: an invalid body gets its 400.
      const server = exec(
        NODE24,
        [PRISM_CLI, "mock", "-v", "silent", "-h", "127.0.0.1", "-p", String(port), SPEC],
        { timeoutMs: LIFETIME_MS },
      );
      const url = `http://127.0.0.1:${port}`;
      await untilAnswers(url, server, 60_000);
      return { url, stop: () => stop(server) };
    },
  },
];

/** Resolves once `url` answers; rejects with the server's output if it exits first. */
async function untilAnswers(url, server, timeoutMs) {
  const exited = server.then(({ exitCode, signal, stdout, stderr }) => {
    throw new Error(`exited (${exitCode ?? signal}) before answering at ${url}:\n${stdout}${stderr}`);
  });
  await Promise.race([waitForHttp(url, timeoutMs), exited]);
}

/** SIGTERM, then SIGKILL if it is still there a second later; resolves when it has exited. */
async function stop(server) {
  server.process.kill("SIGTERM");
  const timer = setTimeout(() => server.process.kill("SIGKILL"), 1000);
  await server;
  clearTimeout(timer);
}

// The native binary itself rather than the `steady` Node wrapper, so no extra process sits in between.
function steadyBinary() {
  try {
    const dir = require
      .resolve(`@stdy/cli-${process.platform}-${process.arch}/package.json`)
      .replace(/package\.json$/, "");
    const binary = `${dir}bin/steady${process.platform === "win32" ? ".exe" : ""}`;
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
