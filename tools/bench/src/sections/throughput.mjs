// Requests per second of each client against a minimal node:http server in another process, on
// loopback, with 16 calls in flight; the ratio is to the hand-written fetch call of the same operation.
// Goal (issues 12, 20): evo.messages.send and evo.messages.list at least 0.95x their baseline.
import { fileURLToPath } from "node:url";
import { exec, waitForOutput } from "@evovoice-sdk/processes";
import { format, formatRatios } from "../format.mjs";
import { ratioRows } from "../ratio-rows.mjs";
import { runRounds } from "../rounds.mjs";

export const name = "throughput";
const CONCURRENCY = 16;
const GOAL = 0.95;
const SDK = ["evo.messages.send", "evo.messages.list (one page)"];
const SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 5);
const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export async function run({ log }) {
  log(
    `throughput: concurrency ${CONCURRENCY}, ${ROUNDS} rounds of ${SECONDS} s per client, each client in its own process`,
  );
  const server = exec(process.execPath, [here("throughput/server.mjs")], { timeoutMs: 30 * 60_000 });
  try {
    const [url] = await waitForOutput(server.process, /http:\/\/127\.0\.0\.1:\d+/);
    const results = await runRounds({
      rounds: ROUNDS,
      worker: here("throughput/worker.mjs"),
      args: [url, SECONDS, CONCURRENCY],
      log: (text) => log(`throughput: ${text}`),
    });
    const rows = ratioRows(results, (result) => result.rate);
    rows.sort((a, b) => a.baseline.localeCompare(b.baseline) || b.ratio - a.ratio);
    // Every call a client counted as done must have reached the server, and nothing else.
    const mismatches = results.flatMap((round, i) =>
      Object.entries(round)
        .filter(([, r]) => r.failed || r.received !== r.done)
        .map(
          ([client, r]) =>
            `${client}, round ${i + 1}: ${r.done} done, ${r.failed} failed, server counted ${r.received}`,
        ),
    );
    const markdown = [
      `| client | req/s (median of ${ROUNDS} rounds) | × its baseline, per round: median (range) | baseline |`,
      "| --- | ---: | ---: | --- |",
      ...rows.map(
        (row) =>
          `| ${row.client} | ${format(row.value)} | ${formatRatios(row.ratios)} | ${row.baseline === row.client ? "(itself)" : row.baseline} |`,
      ),
    ].join("\n");
    const goals = SDK.map((client) => rows.find((row) => row.client === client));
    const ok = mismatches.length === 0 && goals.every((row) => row.ratio >= GOAL);
    return {
      title: `Loopback throughput (minimal node:http server in another process, concurrency ${CONCURRENCY})`,
      command: "npm run bench -- throughput",
      markdown,
      notes: [
        ...goals.map(
          (row) =>
            `${row.client} / ${row.baseline} = ${format(row.ratio, 2)}× (goal ≥ ${GOAL}×: ${row.ratio >= GOAL ? "met" : "NOT met"}).`,
        ),
        ...(mismatches.length === 0
          ? [
              "For every client and round, the server counted exactly the calls the client completed, and none failed.",
            ]
          : mismatches),
        "Each client runs in a fresh process per round (0.5 s warm-up first). Ratios are taken within a round, the clients running seconds apart; req/s from different rounds can differ more than the ratios do when the machine's load changes.",
      ],
      ok,
    };
  } finally {
    server.process.kill();
    await server;
  }
}
