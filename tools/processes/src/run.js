import { spawn } from "node:child_process";
import { killGroup, track } from "./groups.js";
import { collectOutput } from "./output.js";

/**
 * Runs a command to completion, in its own process group, never longer than `timeoutMs` (the whole
 * group is killed then). Resolves, never rejects, with `{ ok, code, signal, timedOut, seconds, stdout,
 * stderr, output }`: `ok` is exit 0 in time, `output` is stdout and stderr interleaved.
 *
 * @default { cwd: process.cwd(), env: process.env, timeoutMs: 60_000 }
 * @example
 * const result = await run("npm", ["pack", "--json"], { cwd: root, env: cleanEnv() });
 * if (!result.ok) console.error(describeExit(result), tail(result.output));
 */
export function run(command, args, { cwd, env = process.env, timeoutMs = 60_000 } = {}) {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  track(child);
  const text = collectOutput(child);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);
  return new Promise((resolve) => {
    let done = false;
    const finish = (code, signal, error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // The group may still hold grandchildren that outlived their parent.
      killGroup(child);
      const failed = error ? `\n${error.message}\n` : "";
      resolve({
        ok: code === 0 && !timedOut,
        code: timedOut ? null : code,
        signal,
        timedOut,
        timeoutMs,
        seconds: (performance.now() - started) / 1000,
        stdout: text.stdout,
        stderr: text.stderr + failed,
        output: text.output + failed,
      });
    };
    child.once("error", (error) => finish(null, null, error));
    child.once("close", (code, signal) => finish(code, signal));
  });
}

/** Like run(), but throws, with the tail of the output, when the command fails. */
export async function runOrThrow(command, args, options) {
  const result = await run(command, args, options);
  if (!result.ok) {
    throw new Error(`${command} ${args.join(" ")}: ${describeExit(result)}\n${tail(result.output, 25)}`);
  }
  return result;
}

/** Why a finished command did not succeed, in a few words: "exit code 1", "timed out after 60 s". */
export function describeExit({ code, signal, timedOut, timeoutMs }) {
  if (timedOut) return `timed out after ${timeoutMs / 1000} s`;
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** The last `lines` lines of a command's output, for a failure message. */
export function tail(output, lines = 40) {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}
