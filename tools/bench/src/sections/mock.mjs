// Requests per second of the mock server against Steady and Prism (Prism on the pinned Node 24,
// installed on first use): the same valid requests (SendMessage POSTs on both routes, a ListMessages
// page) with the same credentials, on loopback, the servers taking turns. The floor (issue 24, which
// retired the speed goal of issues 4, 7 and 12: a test mock is correct and simple first): the mock
// server (validation on) serves at least 2x what Steady serves on the session send route; the other
// routes and mock/Prism are reported with no goal. Issue 15: the same requests through the mock's in-process fetch
// (createMockFetch), in a process of its own, reported with no goal.
import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";

import { format } from "../format.mjs";
import { CONNECTIONS, checkAnswers200, checkValidates, load } from "../load.mjs";
import { TARGETS } from "../targets.mjs";

export const name = "mock";
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FLOOR = 2;
const FLOOR_ROUTE = "POST /sessions/{sessionId}/messages";
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
  {
    // Two messages a page: what Steady answers (the spec's example page holds two), so every server
    // sends a body of about the same size. The mock's record already holds the messages the POST rounds
    // sent to this endpoint.
    name: "GET /messages (a page of 2)",
    method: "GET",
    path: "/messages?endpointIds=63b0f1d2a4c84e19b7d5e2a1&countPerPage=2",
    headers: { authorization: headers.authorization, accept: "application/json" },
  },
];
const IN_PROCESS = "createMockFetch (in process, no port)";

/** One round of the in-process fetch for `request`, in a fresh process. */
async function inProcessRound(request) {
  const worker = fileURLToPath(new URL("../mock-fetch/worker.mjs", import.meta.url));
  const result = await exec(
    process.execPath,
    [worker, JSON.stringify(request), String(DURATION), String(CONNECTIONS), API_KEY],
    { timeoutMs: (DURATION + 30) * 1000 },
  );
  if (result.exitCode !== 0) throw new Error(`${IN_PROCESS}: ${result.stderr || result.stdout}`);
  const answer = JSON.parse(result.stdout.trim().split("\n").at(-1));
  return { ...answer, errors: 0, p99Ms: "–" };
}

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
      const rounds = new Map([...running.map(({ target }) => [target.name, []]), [IN_PROCESS, []]]);
      results.set(IN_PROCESS, results.get(IN_PROCESS) ?? new Map());
      for (let round = 1; round <= ROUNDS; round++) {
        for (const { target, server } of running) {
          const result = await load(server.url, request, DURATION);
          rounds.get(target.name).push(result);
          log(
            `mock: ${request.name}, round ${round}: ${target.name} ${format(result.requestsPerSecond)} req/s`,
          );
        }
        const inProcess = await inProcessRound(request);
        rounds.get(IN_PROCESS).push(inProcess);
        log(
          `mock: ${request.name}, round ${round}: ${IN_PROCESS} ${format(inProcess.requestsPerSecond)} req/s`,
        );
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
      const floored = request.name === FLOOR_ROUTE;
      if (floored) ok &&= ratio >= FLOOR;
      const verdict = floored ? `floor ≥ ${FLOOR}×: ${ratio >= FLOOR ? "met" : "NOT met"}` : "no goal";
      notes.push(`${request.name}: mock/Steady = ${format(ratio, 2)}× (${verdict}).`);
    }
    if (mock && prism) {
      const ratio = mock.get(request.name).requestsPerSecond / prism.get(request.name).requestsPerSecond;
      notes.push(`${request.name}: mock/Prism = ${format(ratio, 2)}× (no goal).`);
    }
    if (mock) {
      const inProcess = results.get(IN_PROCESS).get(request.name).requestsPerSecond;
      notes.push(
        `${request.name}: ${IN_PROCESS} = ${format(inProcess)} req/s, ${format(inProcess / mock.get(request.name).requestsPerSecond, 2)}× the mock's HTTP server (no goal).`,
      );
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
