// Rounds of a comparison where each client runs in a fresh process of its own: nothing one client
// leaves behind (timers, garbage, JIT state, a connection pool) can slow the next. Within a round the
// clients run one after another, seconds apart, in an order that turns each round, so a ratio taken
// within a round compares measurements made under the same load.
import { exec } from "@evovoice-sdk/processes";
import { CLIENTS } from "./clients.mjs";

/**
 * Runs `node <worker> <client> ...args` for every client in every round and returns, per round, each
 * client's last line of output, parsed as JSON: [{ [client]: result }, …]. `names` picks the clients
 * (all by default).
 */
export async function runRounds({
  rounds,
  worker,
  args,
  log,
  timeoutMs = 2 * 60_000,
  names = CLIENTS.map(([name]) => name),
}) {
  const results = [];
  for (let round = 0; round < rounds; round++) {
    const byClient = {};
    for (let i = 0; i < names.length; i++) {
      const client = names[(i + round) % names.length];
      const { stdout } = await exec(process.execPath, [worker, client, ...args], {
        timeoutMs,
        throwOnError: true,
      });
      byClient[client] = JSON.parse(stdout.trim().split("\n").at(-1));
    }
    log(`round ${round + 1} of ${rounds} done`);
    results.push(byClient);
  }
  return results;
}
