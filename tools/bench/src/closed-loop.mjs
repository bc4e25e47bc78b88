// The load of the worker processes: `concurrency` calls in flight, each starting as the last ends, for
// `durationMs` and never more than `maxCalls` calls in all, so every loop is bounded in time and count.

/**
 * Runs `call` in a closed loop. `call` resolves true for a success and false for a failure; a rejection
 * ends the loop with it. Resolves with { ok, failed, seconds }.
 */
export async function closedLoop({ call, concurrency, durationMs, maxCalls }) {
  const started = performance.now();
  const deadline = started + durationMs;
  let ok = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (performance.now() < deadline && ok + failed < maxCalls) {
        if (await call()) ok++;
        else failed++;
      }
    }),
  );
  return { ok, failed, seconds: (performance.now() - started) / 1000 };
}
