// Issue 7, item 1: what each client costs per call with no network. Every client gets the same stub
// fetch (overhead/stub-fetch.mjs); the time per call is compared with the hand-written fetch call.
// Goal: evo.messages.send at most 1.15x that baseline, with its timeout, auth, retries and error mapping on.
import { fileURLToPath } from "node:url";
import { BASELINE } from "./clients.mjs";
import { format, formatRatios } from "./format.mjs";
import { median } from "./median.mjs";
import { runRounds } from "./rounds.mjs";

export const name = "overhead";
const GOAL = 1.15;
const SDK = "evo.messages.send";
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which turbo does not run
const ROUNDS = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 5);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: same
const MS_PER_TASK = Number(process.env.BENCH_OVERHEAD_MS ?? 800);

export async function run({ log }) {
  log(`overhead: ${ROUNDS} rounds, ${MS_PER_TASK} ms per client per round, each client in its own process`);
  const results = await runRounds({
    rounds: ROUNDS,
    worker: fileURLToPath(new URL("overhead/worker.mjs", import.meta.url)),
    args: [MS_PER_TASK],
    log: (text) => log(`overhead: ${text}`),
  });
  // A ratio per round, then their median: both sides of each ratio ran within seconds of each other.
  const rows = Object.keys(results[0]).map((client) => {
    const ratios = results.map((round) => round[client].mean / round[BASELINE].mean);
    return {
      client,
      microseconds: median(results.map((round) => round[client].mean * 1000)),
      ratios,
      ratio: median(ratios),
    };
  });
  rows.sort((a, b) => a.ratio - b.ratio);
  const calls = results.flatMap((round) => Object.values(round)).reduce((sum, r) => sum + r.calls, 0);
  const sdk = rows.find((row) => row.client === SDK);
  const ok = sdk.ratio <= GOAL;
  const markdown = [
    `| client | µs per call (median of ${ROUNDS} rounds) | × ${BASELINE}, per round: median (range) |`,
    "| --- | ---: | ---: |",
    ...rows.map((row) => `| ${row.client} | ${format(row.microseconds, 1)} | ${formatRatios(row.ratios)} |`),
  ].join("\n");
  return {
    title: "Per-call client overhead (stub fetch, no network)",
    command: "npm run bench -- overhead",
    markdown,
    notes: [
      `${SDK} / ${BASELINE} = ${format(sdk.ratio, 2)}× (goal ≤ ${GOAL}×: ${ok ? "met" : "NOT met"}).`,
      `The stub builds a Request from fetch's arguments, reads its body and answers a canned MessageInfo; it saw ${format(calls)} calls. Each client's first call in each process was checked (method, body, key, answer) before timing.`,
      "Each client runs in a fresh process per round (tinybench, 200 ms warm-up), so no client's timers or garbage weigh on another.",
    ],
    ok,
  };
}
