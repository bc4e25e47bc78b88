// Runs a command to completion with a time limit, capturing its output instead of streaming it, and
// measures its wall time. The command runs in its own process group, so a timeout (or this process
// exiting) stops everything it started too: `npm run build` is npm → turbo → one process per task.
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

const KEEP_CHARS = 1_000_000; // enough for `npm test`'s whole log; older output is dropped beyond it
const running = new Set();

process.on("exit", () => {
  for (const child of running) killGroup(child);
});

/**
 * Resolves (never rejects) with `{ seconds, code, signal, timedOut, output }`; `output` is stdout and
 * stderr interleaved, colours removed. `ok` is true when the command exited 0 within `timeoutMs`.
 */
export function runTimed(command, args, { cwd, timeoutMs, env = {} }) {
  stopOnInterrupt();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...env },
  });
  running.add(child);
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-KEEP_CHARS);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);
  return new Promise((resolve) => {
    const finish = (code, signal, error) => {
      clearTimeout(timer);
      running.delete(child);
      if (error) keep(`\n${error.message}\n`);
      resolve({
        seconds: (performance.now() - started) / 1000,
        code,
        signal,
        timedOut,
        ok: code === 0 && !timedOut,
        output: stripVTControlCharacters(output),
      });
    };
    child.once("error", (error) => finish(null, null, error));
    child.once("close", (code, signal) => finish(code, signal));
  });
}

/** The last `lines` lines of a command's output, for a failure message. */
export function tail(output, lines = 40) {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}

/** `text` as a fenced block that stays inside a markdown list item (the bench prints notes as one). */
export function codeBlock(text) {
  return ["```", ...text.split("\n"), "```"].map((line) => `  ${line}`).join("\n");
}

/** Why a finished command did not succeed, in a few words. */
export function failure({ code, signal, timedOut }, timeoutMs) {
  if (timedOut) return `timed out after ${timeoutMs / 1000} s`;
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // The group is already gone.
  }
}

// Children sit in their own process groups, so Ctrl-C in a terminal does not reach them. When nothing
// else (the bench dispatcher) handles the signal, exit on it, which stops them through "exit" above.
function stopOnInterrupt() {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(130));
  }
}
