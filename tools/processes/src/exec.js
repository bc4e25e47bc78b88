// tinyexec runs the command and collects its output. This adds what it does not do: the command runs
// in a process group of its own (spawned detached), and that whole group is killed when its time limit
// passes, when it exits (a grandchild it left behind goes with it) and when this process exits. So
// `npm run build` (npm → turbo → a process per task) or a runtime's shim cannot outlive a run.
import { x } from "tinyexec";

const running = new Set();

function killGroup(pid, signal = "SIGKILL") {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function killEveryGroup() {
  for (const pid of running) killGroup(pid);
  running.clear();
}

// Detached groups do not get the terminal's Ctrl-C: exit on it (unless the program handles the signal
// itself), which kills them through the exit hook. Hooked on the first run, not on import.
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on("exit", killEveryGroup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => process.exit(130));
  }
}

/**
 * Runs `command` with tinyexec in a process group of its own, killed whole after `timeoutMs`.
 * Resolves with `{ exitCode, signal, timedOut, stdout, stderr, output }` (`output`: both, interleaved); with `throwOnError`, rejects instead
 * when the command fails, the message saying why and quoting the output's last lines. The returned
 * promise also carries `process` (the ChildProcess): a server's caller can watch its output and end it.
 *
 * @default { cwd: process.cwd(), env: process.env, timeoutMs: 60_000, throwOnError: false }
 * @example
 * const { stdout } = await exec("npm", ["pack", "--json"], { cwd: root, timeoutMs: 60_000, throwOnError: true });
 */
export function exec(command, args = [], { cwd, env, timeoutMs = 60_000, throwOnError = false } = {}) {
  hookExit();
  const proc = x(command, args, { nodeOptions: { cwd, env, detached: true } });
  const { pid } = proc;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(pid);
  }, timeoutMs);
  if (pid !== undefined) running.add(pid);
  // Both streams as they arrived, for a command whose stdout and stderr make one story (tinyexec keeps
  // them apart).
  const chunks = [];
  proc.process.stdout?.on("data", (chunk) => chunks.push(chunk));
  proc.process.stderr?.on("data", (chunk) => chunks.push(chunk));
  const finished = Promise.resolve(proc).finally(() => {
    clearTimeout(timer);
    killGroup(pid);
    running.delete(pid);
  });
  const result = finished.then(({ exitCode, stdout, stderr }) => {
    const output = Buffer.concat(chunks).toString();
    const outcome = { exitCode, signal: proc.signalCode, timedOut, stdout, stderr, output };
    if (throwOnError && (timedOut || exitCode !== 0))
      throw new Error(failure(command, args, outcome, timeoutMs));
    return outcome;
  });
  return Object.assign(result, { process: proc.process });
}

function failure(command, args, { exitCode, signal, timedOut, output }, timeoutMs) {
  const why = timedOut
    ? `timed out after ${timeoutMs / 1000} s`
    : signal
      ? `killed by ${signal}`
      : `exit code ${exitCode}`;
  const tail = output.trimEnd().split("\n").slice(-25).join("\n");
  return `${command} ${args.join(" ")}: ${why}\n${tail}`;
}
