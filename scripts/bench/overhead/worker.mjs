// Runs in its own process (so the stub replaces fetch nowhere else): times every client's send against
// the stub fetch with tinybench, the clients taking turns within each round, and prints one JSON line:
// per round, each client's mean time per call.
import { Bench } from "tinybench";
import { CANNED, seen, stubFetch } from "./stub-fetch.mjs";

const [rounds, msPerTask] = process.argv.slice(2).map(Number);
globalThis.fetch = stubFetch;
// Imported after the swap, in case a client library captures `fetch` when it loads.
const { API_KEY, CLIENTS } = await import("../clients.mjs");

const sends = CLIENTS.map(([name, make]) => [name, make("https://evovoice.io")]);
// Each client must reach the stub with the message and the key, and hand back the canned answer:
// otherwise it is timing something else.
for (const [name, send] of sends) {
  const before = seen.calls;
  const answer = await send();
  if (seen.calls !== before + 1)
    throw new Error(`${name}: the stub saw ${seen.calls - before} requests, not 1`);
  if (
    seen.last.method !== "POST" ||
    !seen.last.text.includes(CANNED.text) ||
    !seen.last.authorization?.includes(API_KEY)
  )
    throw new Error(`${name}: sent ${JSON.stringify(seen.last)}`);
  if (answer?.id !== CANNED.id) throw new Error(`${name}: answered ${JSON.stringify(answer)}`);
}

const results = [];
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({ time: msPerTask, warmupTime: Math.min(100, msPerTask) });
  // The order turns each round, so no client always runs first or last.
  const order = sends.map((_, i) => sends[(i + round) % sends.length]);
  for (const [name, send] of order) bench.add(name, send);
  await bench.run();
  results.push(Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.mean])));
}
console.log(JSON.stringify({ results, calls: seen.calls }));
