// Requests per second through the mock's in-process fetch (createMockFetch, no port, no socket), in a
// process of its own: `connections` calls in flight, each starting as the last ends, for `seconds`
// (and never more than MAX_CALLS), after a warm-up. Every answer's status is checked.
// Prints one JSON line: { requestsPerSecond, total, ok, non2xx }.
import { createMockFetch } from "@evovoice-sdk/mock-server";
import { closedLoop } from "../closed-loop.mjs";

const [requestJson, seconds, connections, apiKey] = process.argv.slice(2);
const request = JSON.parse(requestJson);
const MAX_CALLS = 5_000_000;
const mock = createMockFetch({ apiKeys: [apiKey] });
const url = `https://evovoice.io${request.path}`;
const init = { method: request.method ?? "POST", headers: request.headers, body: request.body };

async function load(durationMs) {
  const { ok, failed, seconds } = await closedLoop({
    call: async () => {
      const response = await mock.fetch(url, init);
      await response.arrayBuffer();
      return response.ok;
    },
    concurrency: connections,
    durationMs,
    maxCalls: MAX_CALLS,
  });
  return { requestsPerSecond: (ok + failed) / seconds, total: ok + failed, ok, non2xx: failed };
}

// The same record as the HTTP server's when its GET rows run: messages sent first.
if (request.method === "GET") {
  await load(500);
  const send = {
    method: "POST",
    headers: request.headers,
    body: JSON.stringify({ endpointId: "63b0f1d2a4c84e19b7d5e2a1", toAddress: "+15556667777", body: "x" }),
  };
  for (let i = 0; i < 1_000; i++)
    await (await mock.fetch("https://evovoice.io/messages", send)).arrayBuffer();
}
await load(500); // warm-up: JIT
console.log(JSON.stringify(await load(Number(seconds) * 1000)));
