// What each client costs per call with no network. Every client gets the same stub fetch
// (overhead/stub-fetch.mjs); the time per call is compared with the hand-written fetch call of the same
// operation. Goal (issue 20): evo.messages.send and one page of evo.messages.list at most 1.2x their
// baseline, in both passes, with timeout, auth, retries, input checks and error mapping on and logging off. The cost of debug
// logging is reported, with no goal.
//
// Two passes, because V8 decides the answer: every client just started (a short warm-up, its code barely
// optimized; a CLI or a serverless function that sends once), then the SDK and its baselines long-lived
// (a few seconds of warm-up; a server that sends all day). The goal is judged in both.
import { fileURLToPath } from "node:url";
import { BASELINES, OPERATION } from "../clients.mjs";
import { format, formatRatios } from "../format.mjs";
import { ratioRows } from "../ratio-rows.mjs";
import { runRounds } from "../rounds.mjs";

export const name = "overhead";
const GOAL = 1.2;
// The SDK's client of each operation, held to the goal.
const SDK = { send: "evo.messages.send", list: "evo.messages.list (one page)" };
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const JUST_STARTED = {
  label: "just started",
  rounds: env("BENCH_OVERHEAD_ROUNDS", 5),
  warmupMs: env("BENCH_OVERHEAD_WARMUP_MS", 200),
  timedMs: env("BENCH_OVERHEAD_MS", 800),
};
const LONG_LIVED = {
  label: "long-lived",
  rounds: env("BENCH_OVERHEAD_LONG_ROUNDS", 3),
  warmupMs: env("BENCH_OVERHEAD_LONG_WARMUP_MS", 3000),
  timedMs: env("BENCH_OVERHEAD_LONG_MS", 2000),
  // Only the clients the goal is about, and what they are compared with.
  names: [...Object.values(SDK), ...Object.values(SDK).map((client) => BASELINES[OPERATION[client]])],
};
const WORKER = fileURLToPath(new URL("../overhead/worker.mjs", import.meta.url));

/** One pass: every client of `pass` in a fresh process per round; a ratio per round, then their median. */
async function measure(pass, log) {
  log(
    `overhead (${pass.label}): ${pass.rounds} rounds, ${pass.warmupMs} ms warm-up then ${pass.timedMs} ms per client per round, each client in its own process`,
  );
  const results = await runRounds({
    rounds: pass.rounds,
    worker: WORKER,
    args: [pass.timedMs, pass.warmupMs],
    names: pass.names,
    log: (text) => log(`overhead (${pass.label}): ${text}`),
  });
  // Both sides of each ratio ran within seconds of each other.
  const rows = ratioRows(results, (result) => result.mean * 1000);
  rows.sort((a, b) => a.baseline.localeCompare(b.baseline) || a.ratio - b.ratio);
  const calls = results.flatMap((round) => Object.values(round)).reduce((sum, r) => sum + r.calls, 0);
  const goals = Object.values(SDK).map((client) => rows.find((row) => row.client === client));
  const markdown = [
    `| client | µs per call (median of ${pass.rounds} rounds) | × its baseline, per round: median (range) | baseline |`,
    "| --- | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.client} | ${format(row.value, 1)} | ${formatRatios(row.ratios)} | ${row.baseline === row.client ? "(itself)" : row.baseline} |`,
    ),
  ].join("\n");
  const notes = goals.map(
    (row) =>
      `${pass.label}: ${row.client} / ${row.baseline} = ${format(row.ratio, 2)}× (goal ≤ ${GOAL}×: ${row.ratio <= GOAL ? "met" : "NOT met"}).`,
  );
  return { rows, calls, markdown, notes, ok: goals.every((row) => row.ratio <= GOAL) };
}

export async function run({ log }) {
  const started = await measure(JUST_STARTED, log);
  const long = await measure(LONG_LIVED, log);
  const debug = started.rows.find((row) => row.client === "evo.messages.send, debug logging on");
  const send = started.rows.find((row) => row.client === SDK.send);
  return {
    title: "Per-call client overhead (stub fetch, no network)",
    command: "npm run bench -- overhead",
    markdown: [
      `Just started: each client in a fresh process per round, ${JUST_STARTED.warmupMs} ms warm-up (tinybench), then ${JUST_STARTED.timedMs} ms timed.`,
      "",
      started.markdown,
      "",
      `Long-lived: the same, with ${LONG_LIVED.warmupMs} ms warm-up, then ${LONG_LIVED.timedMs} ms timed.`,
      "",
      long.markdown,
    ].join("\n"),
    notes: [
      ...started.notes,
      ...long.notes,
      `Debug logging (every attempt logged to a logger that drops the lines) costs ${format(debug.ratio / send.ratio, 2)}× a send with logging off (no goal).`,
      `The stub builds a Request from fetch's arguments, reads its body and answers a canned MessageInfo (POST) or page (GET); it saw ${format(started.calls + long.calls)} calls. Each client's first call in each process was checked (method, body or query, key, answer) before timing.`,
      "A fresh process per client and round means no client's timers or garbage weigh on another. Just started, V8 has optimized little of any client: the SDK runs more code than a hand-written fetch and pays for it there.",
    ],
    ok: started.ok && long.ok,
  };
}
