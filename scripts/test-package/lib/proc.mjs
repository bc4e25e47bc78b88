// Child processes with a hard time bound, each in its own process group so a
// runtime's grandchildren (deno's node shim, npm's scripts) die with it, and
// every one of them killed when the harness exits for any reason.
import { spawn } from "node:child_process";

const live = new Set();

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Spawns a long-running child in its own group; killAll() ends it if the caller does not. */
export function start(command, args, { cwd, env = cleanEnv() } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  live.add(child);
  child.on("close", () => {
    killGroup(child);
    live.delete(child);
  });
  return child;
}

export function killAll() {
  for (const child of live) killGroup(child);
  live.clear();
}

process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

// `npm run` exports its own config (npm_config_local_prefix=<monorepo>, …);
// a child npm or runtime must not inherit that, or the "fresh project outside
// the monorepo" would quietly be resolved against the monorepo.
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith("npm_") && key !== "INIT_CWD") env[key] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/**
 * Runs a command to completion, never longer than `timeoutMs`.
 * Resolves { code, stdout, stderr, timedOut }; never rejects on a non-zero exit.
 */
export function run(command, args, { cwd, env = cleanEnv(), timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    const finish = (code, error) => {
      clearTimeout(timer);
      // The group may still hold grandchildren that outlived their parent.
      killGroup(child);
      live.delete(child);
      if (error) stderr += `\n${error.message}`;
      resolve({ code: timedOut ? null : code, stdout, stderr, timedOut });
    };
    child.on("error", (error) => finish(null, error));
    child.on("close", (code) => finish(code));
  });
}

/** Like run(), but throws with the tail of the output when the command fails. */
export async function runOrThrow(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const why = result.timedOut
      ? `timed out after ${options?.timeoutMs ?? 60_000} ms`
      : `exit ${result.code}`;
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`${command} ${args.join(" ")}: ${why}\n${tail}`);
  }
  return result;
}
