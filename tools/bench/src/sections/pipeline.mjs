// npm run bench -- pipeline: wall time of the developer loop, cold `npm run build` (outputs and turbo
// cache removed), warm `npm run build` (unchanged inputs, every task a cache hit) and `npm test`. It
// rebuilds the repository it runs in, so nothing else should build or test there meanwhile. No target:
// the warm/cold ratio is for information.
import { describeExit, run as runCommand, tail } from "@evovoice-sdk/processes";
import { coldAndWarmBuild, describe } from "../build-times.mjs";
import { codeBlock } from "../format.mjs";
import { median } from "../median.mjs";
import { describeNpmTest, summarizeNpmTest } from "../npm-test-summary.mjs";
import { BENCH_ENV, ROOT } from "../repo.mjs";

export const name = "pipeline";

const COMMAND = "npm run bench -- pipeline";
const TITLE = "Pipeline: cold and warm `npm run build`, `npm test` (wall time)";
const BUILD_ROUNDS = Number(process.env.BENCH_PIPELINE_ROUNDS ?? 3);
const TEST_TIMEOUT_MS = 20 * 60_000;

export async function run({ log }) {
  // Builds are cheap enough to repeat (a cold/warm pair each round) and report the median of;
  // `npm test` takes a minute or two and runs once.
  const rounds = [];
  for (let round = 1; round <= BUILD_ROUNDS; round++) {
    const builds = await coldAndWarmBuild({
      log: (text) => log(`pipeline round ${round}/${BUILD_ROUNDS}: ${text}`),
    });
    const failed = [builds.cold, builds.warm].find((build) => build && !build.ok);
    if (failed) return report({ ok: false, notes: [`npm run build failed: ${describe(failed, codeBlock)}`] });
    rounds.push(builds);
  }

  log("pipeline: npm test (output captured; a minute or two)");
  const test = await runCommand("npm", ["test"], { cwd: ROOT, env: BENCH_ENV, timeoutMs: TEST_TIMEOUT_MS });
  const summary = describeNpmTest(summarizeNpmTest(test.output));
  log(`pipeline: npm test ${test.ok ? "passed" : "FAILED"} in ${test.seconds.toFixed(1)} s; ${summary}`);

  const cold = median(rounds.map((r) => r.cold.seconds));
  const warm = median(rounds.map((r) => r.warm.seconds));
  const notes = [
    `Builds: median of ${BUILD_ROUNDS} rounds (BENCH_PIPELINE_ROUNDS), each removing the build outputs and ` +
      `the turbo cache, then building twice. \`npm test\`: one run, output captured. Node ${process.versions.node}.`,
    "`npm test` is turbo's test tasks (builds they depend on are cache hits) then `npm run test:package`, " +
      "which packs the packages and installs them in a fresh project (npm ci of its runtimes included).",
  ];
  if (rounds.some((r) => r.warm.cached !== r.warm.total)) {
    notes.push("Warning: a warm build was not a full cache hit; did an input change during the run?");
  }
  if (!test.ok) {
    const why = describeExit(test);
    notes.push(`npm test failed (${why}); the last lines of its output:\n\n${codeBlock(tail(test.output))}`);
  }
  const markdown = [
    `| step | command | wall time (s) | ÷ cold build | detail |`,
    "| --- | --- | ---: | ---: | --- |",
    row(
      "cold build",
      "`npm run build`, outputs and turbo cache removed",
      cold,
      cold,
      cachedCounts(rounds, "cold"),
    ),
    row("warm build", "`npm run build` again, inputs unchanged", warm, cold, cachedCounts(rounds, "warm")),
    row("tests", "`npm test`", test.seconds, undefined, `${test.ok ? "passed" : "**FAILED**"}: ${summary}`),
  ].join("\n");
  return report({ ok: test.ok, markdown, notes });
}

function row(step, command, seconds, coldSeconds, detail) {
  const ratio = coldSeconds ? `${(seconds / coldSeconds).toFixed(2)}x` : "";
  return `| ${step} | ${command} | ${seconds.toFixed(1)} | ${ratio} | ${detail} |`;
}

/** "0 of 7 turbo tasks cached (runs: 5.1, 5.4, 5.2 s)" over every round of one kind of build. */
function cachedCounts(rounds, kind) {
  const counted = (build) => (build.total === undefined ? "no summary" : `${build.cached} of ${build.total}`);
  const counts = [...new Set(rounds.map((r) => counted(r[kind])))].join(" / ");
  const runs = rounds.map((r) => r[kind].seconds.toFixed(1)).join(", ");
  return `${counts} turbo tasks cached (runs: ${runs} s)`;
}

function report({ ok, markdown = "", notes = [] }) {
  return { title: TITLE, command: COMMAND, markdown, notes, ok };
}
