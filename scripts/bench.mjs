#!/usr/bin/env node
// npm run bench: requests per second of the mock server against Steady and Prism (Prism on the pinned
// Node 24, installed on first use), the same valid SendMessage POSTs with the same credentials, on
// loopback, the servers taking turns. The target: the mock server (validation on) serves at
// least 3x what Steady serves; mock/Prism is reported for information, with no target.
import { CONNECTIONS, checkAnswers200, checkValidates, load } from "./bench/load.mjs";
import { TARGETS } from "./bench/targets.mjs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

const results = new Map(); // target name -> route name -> median result
const step = (text) => console.log(`bench: ${text}`);
step(
  `${CONNECTIONS} connections; per route and server: ${WARMUP} s warm-up, then ${ROUNDS} rounds of ${DURATION} s, ` +
    `servers alternating each round; Node ${process.versions.node}`,
);

// All runnable servers start first, so the rounds can alternate between them: a burst of load from
// elsewhere on the machine then hits both sides instead of skewing one.
const running = [];
try {
  for (const target of TARGETS) {
    const skip = await target.skip();
    if (skip) {
      step(`${target.name}: skipped (${skip})`);
      continue;
    }
    step(`${target.name}: starting`);
    running.push({ target, server: await target.start(API_KEY) });
  }

  for (const request of REQUESTS) {
    for (const { target, server } of running) {
      // Same request, same credentials: each must answer it 200 and refuse an invalid one with 400.
      await checkAnswers200(server.url, request);
      await checkValidates(server.url, request);
      await load(server.url, request, WARMUP);
      results.set(target.name, results.get(target.name) ?? new Map());
    }
    const rounds = new Map(running.map(({ target }) => [target.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const { target, server } of running) {
        const result = await load(server.url, request, DURATION);
        rounds.get(target.name).push(result);
        step(`${request.name}, round ${round}: ${target.name} ${Math.round(result.requestsPerSecond)} req/s`);
      }
    }
    for (const [name, list] of rounds) results.get(name).set(request.name, median(list));
  }
} finally {
  await Promise.all(running.map(({ server }) => server.stop()));
}

/** The round with the median rate, plus the totals of every round. */
function median(list) {
  const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  const sum = (key) => list.reduce((total, r) => total + r[key], 0);
  return { ...middle, total: sum("total"), ok: sum("ok"), non2xx: sum("non2xx"), errors: sum("errors") };
}

console.log("");
console.log(
  "| server | route | req/s (median round) | requests (all rounds) | 2xx | non-2xx | errors | p99 ms |",
);
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, byRoute] of results) {
  for (const [route, r] of byRoute) {
    console.log(
      `| ${name} | ${route} | ${Math.round(r.requestsPerSecond)} | ${r.total} | ${r.ok} | ${r.non2xx} | ${r.errors} | ${r.p99Ms} |`,
    );
  }
}

const [mock, steady, prism] = TARGETS.map((target) => results.get(target.name));
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
if (mock && prism) {
  for (const request of REQUESTS) {
    const ratio = mock.get(request.name).requestsPerSecond / prism.get(request.name).requestsPerSecond;
    console.log(`${request.name}: mock/Prism = ${ratio.toFixed(2)}x`);
  }
}
process.exitCode = failed ? 1 : 0;
