// What each client costs per call with no network. Every client gets the same stub fetch
// (overhead/stub-fetch.mjs); the time per call is compared with the hand-written fetch call of the same
// operation. Goals (issues 7, 12, 13): evo.messages.send and one page of evo.messages.list at most 1.15x
// their baseline, with timeout, auth, retries and error mapping on and logging off. The cost of debug
// logging is reported, with no goal.
import { fileURLToPath } from "node:url";
import { BASELINES, OPERATION } from "../clients.mjs";
import { format, formatRatios } from "../format.mjs";
import { median } from "../median.mjs";
import { runRounds } from "../rounds.mjs";

export const name = "overhead";
const GOAL = 1.15;
// The SDK's client of each operation, held to the goal.
const SDK = { send: "evo.messages.send", list: "evo.messages.list (one page)" };
const ROUNDS = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 5);
const MS_PER_TASK = Number(process.env.BENCH_OVERHEAD_MS ?? 800);
// The warm-up before timing, in each fresh process. The default times a client that has only just
// started (its code barely optimized by V8); a few seconds time a long-lived one.
const WARMUP_MS = Number(process.env.BENCH_OVERHEAD_WARMUP_MS ?? 200);

export async function run({ log }) {
  log(
    `overhead: ${ROUNDS} rounds, ${WARMUP_MS} ms warm-up then ${MS_PER_TASK} ms per client per round, each client in its own process`,
  );
  const results = await runRounds({
    rounds: ROUNDS,
    worker: fileURLToPath(new URL("../overhead/worker.mjs", import.meta.url)),
    args: [MS_PER_TASK, WARMUP_MS],
    log: (text) => log(`overhead: ${text}`),
  });
  // A ratio per round, then their median: both sides of each ratio ran within seconds of each other.
  const rows = Object.keys(results[0]).map((client) => {
    const baseline = BASELINES[OPERATION[client]];
    const ratios = results.map((round) => round[client].mean / round[baseline].mean);
    return {
      client,
      baseline,
      microseconds: median(results.map((round) => round[client].mean * 1000)),
      ratios,
      ratio: median(ratios),
    };
  });
  rows.sort((a, b) => a.baseline.localeCompare(b.baseline) || a.ratio - b.ratio);
  const calls = results.flatMap((round) => Object.values(round)).reduce((sum, r) => sum + r.calls, 0);
  const goals = Object.values(SDK).map((client) => rows.find((row) => row.client === client));
  const ok = goals.every((row) => row.ratio <= GOAL);
  const markdown = [
    `| client | µs per call (median of ${ROUNDS} rounds) | × its baseline, per round: median (range) | baseline |`,
    "| --- | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.client} | ${format(row.microseconds, 1)} | ${formatRatios(row.ratios)} | ${row.baseline === row.client ? "(itself)" : row.baseline} |`,
    ),
  ].join("\n");
  const debug = rows.find((row) => row.client === "evo.messages.send, debug logging on");
  const send = rows.find((row) => row.client === SDK.send);
  return {
    title: "Per-call client overhead (stub fetch, no network)",
    command: "npm run bench -- overhead",
    markdown,
    notes: [
      ...goals.map(
        (row) =>
          `${row.client} / ${row.baseline} = ${format(row.ratio, 2)}× (goal ≤ ${GOAL}×: ${row.ratio <= GOAL ? "met" : "NOT met"}).`,
      ),
      `Debug logging (every attempt logged to a logger that drops the lines) costs ${format(debug.ratio / send.ratio, 2)}× a send with logging off (no goal).`,
      `The stub builds a Request from fetch's arguments, reads its body and answers a canned MessageInfo (POST) or page (GET); it saw ${format(calls)} calls. Each client's first call in each process was checked (method, body or query, key, answer) before timing.`,
      `Each client runs in a fresh process per round (tinybench, ${WARMUP_MS} ms warm-up, then ${MS_PER_TASK} ms timed), so no client's timers or garbage weigh on another. A longer warm-up times a long-lived client: BENCH_OVERHEAD_WARMUP_MS=3000 BENCH_OVERHEAD_MS=2000 npm run bench -- overhead.`,
    ],
    ok,
  };
}
