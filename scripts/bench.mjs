#!/usr/bin/env node
// npm run bench: requests per second of the mock server against Steady (and Prism when it can run),
// the same valid SendMessage POSTs with the same credentials, one server at a time, on loopback.
// The target: the mock server (validation on) serves at least 3x what Steady serves.
import { CONNECTIONS, checkAnswers200, checkValidates, load } from "./bench/load.mjs";
import { TARGETS } from "./bench/targets.mjs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const TARGET_RATIO = 3;
const API_KEY = "bench-key";
const headers = {
  authorization: `Bearer ${API_KEY}`,
  "content-type": "application/json",
  accept: "application/json",
};
const REQUESTS = [
  {
    name: "POST /sessions/{sessionId}/messages",
    path: "/sessions/5f8a1c2e9b1d4e6fa3c27d10/messages",
    headers,
    body: JSON.stringify({ body: "Hello from Evo Voice" }),
  },
  {
    name: "POST /messages",
    path: "/messages",
    headers,
    body: JSON.stringify({
      endpointId: "63b0f1d2a4c84e19b7d5e2a1",
      toAddress: "+15556667777",
      body: "Your appointment is confirmed for 3pm.",
    }),
  },
];

const step = (text) => console.log(`bench: ${text}`);
step(
  `${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per route, Node ${process.versions.node}`,
);

const results = new Map(); // target name -> route name -> result
for (const target of TARGETS) {
  const skip = target.skip();
  if (skip) {
    step(`${target.name}: skipped (${skip})`);
    continue;
  }
  step(`${target.name}: starting`);
  const server = await target.start(API_KEY);
  try {
    const byRoute = new Map();
    for (const request of REQUESTS) {
      // Same request, same credentials: both must answer it 200 and refuse an invalid one with 400.
      await checkAnswers200(server.url, request);
      await checkValidates(server.url, request);
      await load(server.url, request, WARMUP);
      const result = await load(server.url, request, DURATION);
      byRoute.set(request.name, result);
      step(`${target.name}: ${request.name} ${Math.round(result.requestsPerSecond)} req/s`);
    }
    results.set(target.name, byRoute);
  } finally {
    await server.stop();
  }
}

console.log("");
console.log("| server | route | req/s | requests | 2xx | non-2xx | errors | p99 ms |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, byRoute] of results) {
  for (const [route, r] of byRoute) {
    console.log(
      `| ${name} | ${route} | ${Math.round(r.requestsPerSecond)} | ${r.total} | ${r.ok} | ${r.non2xx} | ${r.errors} | ${r.p99Ms} |`,
    );
  }
}

const [mock, steady] = [results.get(TARGETS[0].name), results.get(TARGETS[1].name)];
let failed = [...results.values()].some((byRoute) =>
  [...byRoute.values()].some((r) => r.non2xx > 0 || r.errors > 0),
);
if (failed) console.log("\nSome requests were not answered 2xx; the numbers above are not comparable.");
if (mock && steady) {
  console.log("");
  for (const request of REQUESTS) {
    const ratio = mock.get(request.name).requestsPerSecond / steady.get(request.name).requestsPerSecond;
    const met = ratio >= TARGET_RATIO;
    failed ||= !met;
    console.log(
      `${request.name}: mock/Steady = ${ratio.toFixed(2)}x (target >= ${TARGET_RATIO}x: ${met ? "met" : "NOT met"})`,
    );
  }
} else {
  failed = true;
  console.log("\nThe mock server and Steady must both run to compare them.");
}
process.exitCode = failed ? 1 : 0;
