// Child processes for the benchmark: each runs in its own process group, so stopping it also stops
// anything it started, and every group still alive is killed when the benchmark exits for any reason.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const alive = new Set();

process.on("exit", () => {
  for (const child of alive) killGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping servers`);
    process.exit(130);
  });
}

/** Starts `command` detached (its own group) and keeps its output for error messages. */
export function start(name, command, args) {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  alive.add(child);
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  exited.then(() => alive.delete(child));
  return {
    name,
    child,
    output: () => output,
    exited,
    /** Resolves with the first match of `pattern` on stdout; rejects if the process exits first. */
    waitFor(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${output}`)),
          timeoutMs,
        );
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            clearTimeout(timer);
            child.stdout.off("data", check);
            resolve(match);
          }
        };
        child.stdout.on("data", check);
        check();
        exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${output}`));
        });
      });
    },
    /** SIGTERM to the whole group, SIGKILL if it is still there after a second. */
    async stop() {
      if (!alive.has(child)) return;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 1000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** A port free right now on 127.0.0.1, for servers that cannot be told to pick their own. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until anything answers over HTTP. */
export async function waitForHttp(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs} ms`);
}
