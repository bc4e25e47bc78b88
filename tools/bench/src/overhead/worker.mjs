// One client's time per call against the stub fetch, in a process of its own (so the stub replaces
// fetch nowhere else, and no other client's leftovers weigh on it). Prints one JSON line:
// { mean: ms per call, calls: what the stub saw }.
import { Bench } from "tinybench";
import { CANNED, CANNED_PAGE, seen, stubFetch } from "./stub-fetch.mjs";

const [client, msPerTask, warmupMs = "200"] = process.argv.slice(2);
globalThis.fetch = stubFetch;
// Imported after the swap, in case a client library captures `fetch` when it loads.
const { API_KEY, OPERATION, clientNamed } = await import("../clients.mjs");
const send = clientNamed(client)("https://evovoice.io");
const reads = OPERATION[client] === "list";

// The client must reach the stub with the message and the key, and hand back the canned answer:
// otherwise it is timing something else.
const answer = await send();
if (seen.calls !== 1) throw new Error(`${client}: the stub saw ${seen.calls} requests, not 1`);
const sentRight = reads
  ? seen.last.method === "GET" && seen.last.url.includes("endpointIds=") && !seen.last.text
  : seen.last.method === "POST" && seen.last.text.includes(CANNED.text);
if (!sentRight || !seen.last.authorization?.includes(API_KEY))
  throw new Error(`${client}: sent ${JSON.stringify(seen.last)}`);
const expected = reads ? CANNED_PAGE.items[1].id : CANNED.id;
if ((reads ? answer?.items?.[1]?.id : answer?.id) !== expected)
  throw new Error(`${client}: answered ${JSON.stringify(answer)}`);

const bench = new Bench({ time: Number(msPerTask), warmupTime: Number(warmupMs) });
bench.add(client, send);
await bench.run();
console.log(JSON.stringify({ mean: bench.tasks[0].result.latency.mean, calls: seen.calls }));
