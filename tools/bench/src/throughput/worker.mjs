// One client's requests per second against the minimal server, in a process of its own, with
// `concurrency` calls in flight for `seconds` (and never more than MAX_CALLS) after a short warm-up.
// Prints one JSON line: { rate, done, failed, received } (received: what the server counted).
import { clientNamed } from "../clients.mjs";
import { closedLoop } from "../closed-loop.mjs";

const [client, url, seconds, concurrency] = process.argv.slice(2);
const MAX_CALLS = 2_000_000;
const send = clientNamed(client)(url);
const counted = async () => Number(await (await fetch(`${url}/count`)).text());

// A failed call counts, and the loop goes on.
const load = (durationMs) =>
  closedLoop({
    call: async () => {
      try {
        await send();
        return true;
      } catch {
        return false;
      }
    },
    concurrency,
    durationMs,
    maxCalls: MAX_CALLS,
  });

await load(500); // warm-up: JIT and connections
const before = await counted();
const { ok: done, failed, seconds: took } = await load(Number(seconds) * 1000);
// Every call the client counted as done must have reached the server, and nothing else.
const received = (await counted()) - before;
console.log(JSON.stringify({ rate: done / took, done, failed, received }));
