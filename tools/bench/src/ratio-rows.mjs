// Per-client rows of a comparison run in rounds (rounds.mjs): each client's value is divided by its
// operation's baseline within each round (both ran seconds apart, under the same load), then the
// ratios' median is taken. Used by the overhead and throughput sections.
import { BASELINES, OPERATION } from "./clients.mjs";
import { median } from "./median.mjs";

/**
 * One row per client of `results` ([{ [client]: result }, …], one entry per round): `value(result)` is
 * what is compared; the row holds its median over the rounds, the per-round ratios to the baseline and
 * their median.
 */
export function ratioRows(results, value) {
  return Object.keys(results[0]).map((client) => {
    const baseline = BASELINES[OPERATION[client]];
    const ratios = results.map((round) => value(round[client]) / value(round[baseline]));
    return {
      client,
      baseline,
      value: median(results.map((round) => value(round[client]))),
      ratios,
      ratio: median(ratios),
    };
  });
}
