// Issue 7, item 4 (and issue 4's target): requests per second of the mock server against Steady and
// Prism (Prism on the pinned Node 24, installed on first use), the same valid SendMessage POSTs with the
// same credentials, on loopback, the servers taking turns. Goal: the mock server (validation on) serves
// at least 3x what Steady serves; mock/Prism is reported for information, with no goal.

import { format } from "./format.mjs";
import { CONNECTIONS, checkAnswers200, checkValidates, load } from "./load.mjs";
import { TARGETS } from "./targets.mjs";

export const name = "mock";
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GOAL = 3;
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

export async function run({ log }) {
  log(
    `mock: ${CONNECTIONS} connections; per route and server: ${WARMUP} s warm-up, then ${ROUNDS} rounds of ${DURATION} s, servers alternating each round`,
  );
  const notes = [];
  const results = new Map(); // target name -> route name -> median result
  // All runnable servers start first, so the rounds can alternate between them: a burst of load from
  // elsewhere on the machine then hits both sides instead of skewing one.
  const running = [];
  try {
    for (const target of TARGETS) {
      const skip = await target.skip();
      if (skip) {
        notes.push(`${target.name}: skipped (${skip}).`);
        continue;
      }
      log(`mock: starting ${target.name}`);
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
          log(
            `mock: ${request.name}, round ${round}: ${target.name} ${format(result.requestsPerSecond)} req/s`,
          );
        }
      }
      for (const [name, list] of rounds) results.get(name).set(request.name, medianRound(list));
    }
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }

  const rows = [];
  for (const [server, byRoute] of results) {
    for (const [route, r] of byRoute) {
      rows.push(
        `| ${server} | ${route} | ${format(r.requestsPerSecond)} | ${r.total} | ${r.ok} | ${r.non2xx} | ${r.errors} | ${r.p99Ms} |`,
      );
    }
  }
  const [mock, steady, prism] = TARGETS.map((target) => results.get(target.name));
  let ok = ![...results.values()].some((byRoute) =>
    [...byRoute.values()].some((r) => r.non2xx > 0 || r.errors > 0),
  );
  if (!ok) notes.push("Some requests were not answered 2xx; the numbers are not comparable.");
  if (!mock || !steady) {
    ok = false;
    notes.push("The mock server and Steady must both run to compare them.");
  }
  for (const request of REQUESTS) {
    if (mock && steady) {
      const ratio = mock.get(request.name).requestsPerSecond / steady.get(request.name).requestsPerSecond;
      ok &&= ratio >= GOAL;
      notes.push(
        `${request.name}: mock/Steady = ${format(ratio, 2)}× (goal ≥ ${GOAL}×: ${ratio >= GOAL ? "met" : "NOT met"}).`,
      );
    }
    if (mock && prism) {
      const ratio = mock.get(request.name).requestsPerSecond / prism.get(request.name).requestsPerSecond;
      notes.push(`${request.name}: mock/Prism = ${format(ratio, 2)}× (no goal).`);
    }
  }
  return {
    title: `Mock server against Steady and Prism (autocannon, ${CONNECTIONS} connections, same spec and requests)`,
    command: "npm run bench -- mock",
    markdown: [
      "| server | route | req/s (median round) | requests (all rounds) | 2xx | non-2xx | errors | p99 ms |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
    ].join("\n"),
    notes,
    ok,
  };
}

/** The round with the median rate, plus the totals of every round. */
function medianRound(list) {
  const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  const sum = (key) => list.reduce((total, r) => total + r[key], 0);
  return { ...middle, total: sum("total"), ok: sum("ok"), non2xx: sum("non2xx"), errors: sum("errors") };
}
