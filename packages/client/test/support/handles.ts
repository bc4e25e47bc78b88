import { expect } from "vitest";

const watched = ["TCPSocketWrap", "TCPServerWrap", "Timeout"];

/** Counts of the handles that would keep a process alive: sockets, servers, timers. */
export function liveHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) {
    if (watched.includes(name)) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Fails if the code under test left a socket, server or timer running compared with `before`. */
export async function expectNothingLeftRunning(before: Record<string, number>): Promise<void> {
  // Closed sockets release their handles on later turns of the event loop, later still on a loaded
  // machine; a leak (a socket never closed, a 30 s timeout never cleared) outlives this second easily.
  const deadline = Date.now() + 1_000;
  while (Date.now() < deadline) {
    if (watched.every((name) => (liveHandles()[name] ?? 0) <= (before[name] ?? 0))) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(liveHandles()).toEqual(before);
}
