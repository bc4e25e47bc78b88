// Issue 7, item 2: requests per second of each client against a minimal node:http server in another
// process, on loopback, with 16 calls in flight; the ratio is to the hand-written fetch call.
import { fileURLToPath } from "node:url";
import { BASELINE } from "./clients.mjs";
import { format, formatRatios } from "./format.mjs";
import { median } from "./median.mjs";
import { start } from "./processes.mjs";
import { runRounds } from "./rounds.mjs";

export const name = "throughput";
const CONCURRENCY = 16;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 2);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const ROUNDS = Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 5);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function run({ log }) {
  log(
    `throughput: concurrency ${CONCURRENCY}, ${ROUNDS} rounds of ${SECONDS} s per client, each client in its own process`,
  );
  const server = start("minimal node:http server", process.execPath, [here("throughput/server.mjs")]);
  try {
    const [url] = await server.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    const results = await runRounds({
      rounds: ROUNDS,
      worker: here("throughput/worker.mjs"),
      args: [url, SECONDS, CONCURRENCY],
      log: (text) => log(`throughput: ${text}`),
    });
    const rows = Object.keys(results[0]).map((client) => {
      const ratios = results.map((round) => round[client].rate / round[BASELINE].rate);
      return {
        client,
        rate: median(results.map((round) => round[client].rate)),
        ratios,
        ratio: median(ratios),
      };
    });
    rows.sort((a, b) => b.ratio - a.ratio);
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
      `| client | req/s (median of ${ROUNDS} rounds) | × ${BASELINE}, per round: median (range) |`,
      "| --- | ---: | ---: |",
      ...rows.map((row) => `| ${row.client} | ${format(row.rate)} | ${formatRatios(row.ratios)} |`),
    ].join("\n");
    const ok = mismatches.length === 0;
    return {
      title: `Loopback throughput (minimal node:http server in another process, concurrency ${CONCURRENCY})`,
      command: "npm run bench -- throughput",
      markdown,
      notes: [
        ...(ok
          ? [
              "For every client and round, the server counted exactly the calls the client completed, and none failed.",
            ]
          : mismatches),
        "Each client runs in a fresh process per round (0.5 s warm-up first). Ratios are taken within a round, the clients running seconds apart; req/s from different rounds can differ more than the ratios do when the machine's load changes.",
      ],
      ok,
    };
  } finally {
    await server.stop();
  }
}
