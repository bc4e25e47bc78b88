import { vi } from "vitest";

/** An SDK timeout length no other timer in these tests uses, so that it can be told apart. */
export const HELD_TIMEOUT_MS = 4_321;

/**
 * Holds back every timer of HELD_TIMEOUT_MS (the SDK's per-attempt timeout, when the client is given it)
 * until the test fires it: a timeout test waits for an event (the server has the request), then lets the
 * timeout fire, instead of racing a wall clock. Every other timer (undici's, the server's) runs as usual.
 * Undo with `restore()`.
 */
export function holdTimeouts() {
  const realSetTimeout = globalThis.setTimeout;
  const held: (() => void)[] = [];
  const spy = vi.spyOn(globalThis, "setTimeout").mockImplementation(((
    callback: () => void,
    ms?: number,
    ...rest: unknown[]
  ) => {
    if (ms !== HELD_TIMEOUT_MS) return realSetTimeout(callback, ms, ...rest);
    held.push(callback);
    // A timer that never fires, for the SDK to unref and clear as usual.
    return realSetTimeout(() => {}, 2 ** 31 - 1);
  }) as typeof setTimeout);
  return {
    /** Fires the timeouts held so far (once each); throws if the SDK has started none. */
    fire(): void {
      if (!held.length) throw new Error("the SDK has started no timeout to fire");
      for (const callback of held.splice(0)) callback();
    },
    restore: () => spy.mockRestore(),
  };
}
