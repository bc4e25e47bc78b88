// Runs in its own process: each client sends with `concurrency` calls in flight against the minimal
// server, for `seconds` per round (and never more than MAX_CALLS), the clients taking turns each round.
// Prints one JSON line: per round, each client's requests per second, and what the server counted.
import { CLIENTS } from "../clients.mjs";

const [url, seconds, rounds, concurrency] = process.argv.slice(2).map((v, i) => (i ? Number(v) : v));
const MAX_CALLS = 2_000_000;
const sends = CLIENTS.map(([name, make]) => [name, make(url)]);
const counted = async () => Number(await (await fetch(`${url}/count`)).text());

async function load(send, durationMs) {
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && done + failed < MAX_CALLS) {
        try {
          await send();
          done++;
        } catch {
          failed++;
        }
      }
    }),
  );
  return { done, failed, seconds: (performance.now() - started) / 1000 };
}

const results = [];
const mismatches = [];
for (const [, send] of sends) await load(send, 500); // warm-up: JIT and connections
for (let round = 0; round < rounds; round++) {
  const rates = {};
  const order = sends.map((_, i) => sends[(i + round) % sends.length]);
  for (const [name, send] of order) {
    const before = await counted();
    const { done, failed, seconds: took } = await load(send, seconds * 1000);
    const received = (await counted()) - before;
    // Every call the client counted as done must have reached the server, and nothing else.
    if (failed || received !== done) mismatches.push({ name, round, done, failed, received });
    rates[name] = done / took;
  }
  results.push(rates);
}
console.log(JSON.stringify({ results, mismatches }));
