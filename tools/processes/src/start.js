import { spawn } from "node:child_process";
import { killGroup, track } from "./groups.js";
import { collectOutput } from "./output.js";

/**
 * Starts a long-running command (a server) in its own process group and keeps its output for
 * error messages. `stop()` ends the group; killAll() or this process exiting ends it otherwise.
 *
 * @param options.name how errors name it.
 * @default { name: command, env: process.env }
 * @example
 * const server = start(process.execPath, ["server.mjs"], { name: "mock" });
 * const [url] = await server.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
 * await server.stop();
 */
export function start(command, args, { name = command, cwd, env = process.env } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  track(child);
  const text = collectOutput(child, 64_000);
  const exited = new Promise((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, error }));
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
  let closed = false;
  exited.then(() => {
    closed = true;
  });
  return {
    name,
    child,
    /** stdout and stderr interleaved so far. */
    output: () => text.output,
    /** Resolves with `{ code, signal }` when the process has exited and its streams closed. */
    exited,
    /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
    waitFor(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text.output);
          if (match) settle(() => resolve(match));
        };
        const timer = setTimeout(
          () =>
            settle(() => reject(new Error(`${name}: no ${pattern} within ${timeoutMs} ms:\n${text.output}`))),
          timeoutMs,
        );
        const settle = (then) => {
          clearTimeout(timer);
          child.stdout.off("data", check);
          child.stderr.off("data", check);
          then();
        };
        // After the collector's listeners, so the text already holds the chunk.
        child.stdout.on("data", check);
        child.stderr.on("data", check);
        check();
        exited.then(({ code, signal, error }) => {
          check();
          const why = error ? error.message : (signal ?? `exit ${code}`);
          settle(() =>
            reject(new Error(`${name} exited (${why}) before printing ${pattern}:\n${text.output}`)),
          );
        });
      });
    },
    /** SIGTERM to the whole group, SIGKILL if anything is still there after `graceMs`. */
    async stop(graceMs = 1000) {
      if (closed) return exited;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
