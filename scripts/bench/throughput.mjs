// Issue 7, item 2: requests per second of each client against a minimal node:http server in another
// process, on loopback, with 16 calls in flight; the ratio is to the hand-written fetch call.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { BASELINE } from "./clients.mjs";
import { format, formatRatios } from "./format.mjs";
import { median } from "./median.mjs";
import { start } from "./processes.mjs";

export const name = "throughput";
const CONCURRENCY = 16;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 2);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const ROUNDS = Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 5);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function run({ log }) {
  log(
    `throughput: concurrency ${CONCURRENCY}, ${ROUNDS} rounds of ${SECONDS} s per client, clients taking turns`,
  );
  const server = start("minimal node:http server", process.execPath, [here("throughput/server.mjs")]);
  try {
    const [url] = await server.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [here("throughput/worker.mjs"), url, SECONDS, ROUNDS, CONCURRENCY],
      { timeout: 10 * 60_000 },
    );
    const { results, mismatches } = JSON.parse(stdout.trim().split("\n").at(-1));
    const rows = Object.keys(results[0]).map((client) => ({
      client,
      rate: median(results.map((round) => round[client])),
      ratios: results.map((round) => round[client] / round[BASELINE]),
    }));
    for (const row of rows) row.ratio = median(row.ratios);
    rows.sort((a, b) => b.ratio - a.ratio);
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
      notes: ok
        ? [
            "For every client and round, the server counted exactly the calls the client completed, and none failed.",
          ]
        : mismatches.map(
            (m) =>
              `${m.name}, round ${m.round + 1}: ${m.done} done, ${m.failed} failed, server counted ${m.received}`,
          ),
      ok,
    };
  } finally {
    await server.stop();
  }
}
