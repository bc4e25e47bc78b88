import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { binDir, bundledSpec } from "../../src/repo-paths.js";

// Steady (@stdy/cli), a Rust OpenAPI mock server, is the independent judge of the
// SDK's requests: it validates each against the bundled spec and says so in headers.

export interface Steady {
  url: string;
  stop(): Promise<void>;
}

// Steady words its start-up differently in its text and CI log formats (it detects CI=true).
const READY = /Ready to accept requests|Server listening at/;
const START_TIMEOUT_MS = 15_000;

export async function startSteady(): Promise<Steady> {
  if (!existsSync(bundledSpec))
    throw new Error(`${bundledSpec} is missing: run \`npx turbo run bundle\` first`);
  const port = await freePort();
  const child = spawn(
    join(binDir, "steady"),
    ["--port", String(port), "--host", "127.0.0.1", "--quiet", "--log-format", "text", bundledSpec],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await waitForReady(child);
  return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(new Error(`Steady did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (READY.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => fail(new Error(`Steady exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
