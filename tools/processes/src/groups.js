// Every child runs in a process group of its own (spawned detached), so stopping it also stops
// what it started: `npm run build` is npm → turbo → one process per task, a runtime can leave a
// shim's child behind. Every group still alive is killed when this process exits for any reason.
const live = new Set();
let hooked = false;

/** Registers a detached child's group; it leaves the set when the child closes. */
export function track(child) {
  hookExit();
  live.add(child);
  child.once("close", () => live.delete(child));
}

/** Kills every group still alive. Also runs on exit, SIGINT, SIGTERM and SIGHUP. */
export function killAll() {
  for (const child of live) killGroup(child, "SIGKILL");
  live.clear();
}

export function killGroup(child, signal = "SIGKILL") {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// Detached children do not get the terminal's Ctrl-C. Exit on a signal (unless the program handles
// it itself), which kills them through the exit hook.
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      console.error(`\n${signal}: stopping child processes`);
      process.exit(130);
    });
  }
}
