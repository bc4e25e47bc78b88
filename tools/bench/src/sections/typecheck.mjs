// npm run bench -- typecheck: what the compiler pays to check one consumer program written with the SDK
// against the same program written with the vendor's ServiceStack DTOs (typecheck/README.md). Each is
// checked by `tsc --extendedDiagnostics` several times, the two alternating so that load from elsewhere
// on the machine hits both; medians are reported. No target: the ratios are for information.
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { describeExit, run as runCommand, tail } from "@evovoice-sdk/processes";
import { codeBlock } from "../format.mjs";
import { median } from "../median.mjs";
import { BENCH_ENV, ROOT } from "../repo.mjs";
import { compilerErrors, parseExtendedDiagnostics } from "../tsc-diagnostics.mjs";

export const name = "typecheck";

const COMMAND = "npm run bench -- typecheck";
const RUNS = Number(process.env.BENCH_TYPECHECK_RUNS ?? 5);
const TSC_TIMEOUT_MS = 2 * 60_000;
const SDK_TYPES = "packages/client/dist/index.d.ts";
const PROGRAMS = [
  { label: "SDK (`@evovoice-sdk/client`)", tsconfig: "tools/bench/typecheck/sdk/tsconfig.json" },
  {
    label: "ServiceStack DTOs + `@servicestack/client`",
    tsconfig: "tools/bench/typecheck/servicestack/tsconfig.json",
  },
];
// The tsconfigs say skipLibCheck: true (a usual consumer's setup); the second mode overrides it on the
// command line to show what checking the libraries' declarations through costs each side.
const MODES = [
  { skipLibCheck: true, args: [] },
  { skipLibCheck: false, args: ["--skipLibCheck", "false"] },
];
const COLUMNS = [
  { title: "check time (s)", value: (d) => d.checkSeconds, format: (v) => v.toFixed(2), ratio: true },
  { title: "total time (s)", value: (d) => d.totalSeconds, format: (v) => v.toFixed(2), ratio: true },
  { title: "instantiations", value: (d) => d.instantiations, format: String, ratio: true },
  { title: "types", value: (d) => d.types, format: String, ratio: true },
  { title: "memory (MB)", value: (d) => d.memoryKB / 1024, format: (v) => v.toFixed(1), ratio: true },
  { title: "files", value: (d) => d.files, format: String, ratio: false },
];

export async function run({ log }) {
  const missing = missingPrerequisite();
  if (missing) return report({ ok: false, notes: [missing] });

  // One unmeasured run of each program and mode first: it warms the disk cache, and proves both
  // programs compile with zero errors, without which the comparison would not be honest.
  for (const mode of MODES) {
    for (const program of PROGRAMS) {
      const result = await tsc(program, mode);
      if (!result.ok) {
        const errors = compilerErrors(result.output);
        const detail = errors.length > 0 ? errors.join("\n") : tail(result.output);
        const why = `${program.label} (skipLibCheck: ${mode.skipLibCheck}) does not type-check (${describeExit(result)})`;
        return report({ ok: false, notes: [`${why}:\n${codeBlock(detail)}`] });
      }
    }
  }

  const samples = new Map(MODES.flatMap((mode) => PROGRAMS.map((program) => [key(program, mode), []])));
  for (let round = 1; round <= RUNS; round++) {
    for (const mode of MODES) {
      for (const program of PROGRAMS) {
        const result = await tsc(program, mode);
        if (!result.ok)
          return report({
            ok: false,
            notes: [`tsc failed on round ${round}:\n${codeBlock(tail(result.output))}`],
          });
        const diagnostics = parseExtendedDiagnostics(result.output);
        samples.get(key(program, mode)).push(diagnostics);
        log(
          `typecheck round ${round}/${RUNS}, skipLibCheck ${mode.skipLibCheck}: ${program.label} ` +
            `check ${diagnostics.checkSeconds} s, ${diagnostics.instantiations} instantiations`,
        );
      }
    }
  }
  return report({ ok: true, markdown: table(samples), notes: notes() });
}

function tsc(program, mode) {
  const args = ["-p", program.tsconfig, "--extendedDiagnostics", ...mode.args];
  return runCommand(`${ROOT}node_modules/.bin/tsc`, args, {
    cwd: ROOT,
    env: BENCH_ENV,
    timeoutMs: TSC_TIMEOUT_MS,
  });
}

const key = (program, mode) => `${program.tsconfig} ${mode.skipLibCheck}`;

function table(samples) {
  const lines = [
    `| program | skipLibCheck | ${COLUMNS.map((c) => c.title).join(" | ")} |`,
    `| --- | --- | ${COLUMNS.map(() => "---:").join(" | ")} |`,
  ];
  for (const mode of MODES) {
    const medians = PROGRAMS.map((program) =>
      COLUMNS.map((column) => median(samples.get(key(program, mode)).map(column.value))),
    );
    PROGRAMS.forEach((program, i) => {
      const cells = COLUMNS.map((column, c) => column.format(medians[i][c]));
      lines.push(`| ${program.label} | ${mode.skipLibCheck} | ${cells.join(" | ")} |`);
    });
    const [sdk, servicestack] = medians;
    const ratios = COLUMNS.map((column, c) => (column.ratio ? ratio(sdk[c], servicestack[c]) : ""));
    lines.push(`| **SDK ÷ ServiceStack** | ${mode.skipLibCheck} | ${ratios.join(" | ")} |`);
  }
  return lines.join("\n");
}

const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : "n/a");

function notes() {
  const typescript = createRequire(`${ROOT}package.json`)("typescript/package.json").version;
  const stale = staleSdkTypes();
  return [
    `Medians of ${RUNS} runs each of \`tsc -p <tsconfig> --extendedDiagnostics\` (TypeScript ${typescript}, ` +
      `Node ${process.versions.node}), the programs alternating. Consumer programs and tsconfigs: tools/bench/typecheck/.`,
    "Both programs create a client with an API key, send a message into a session and from an endpoint to a " +
      "phone number, read id, direction and date, and catch and narrow an API error; both type-check with zero errors.",
    "skipLibCheck true is the tsconfig's setting (what `tsc --init` and most projects use): library declarations " +
      "count where the program uses them. The false rows check every declaration file through, lib.dom.d.ts included.",
    "tsc prints times in steps of 10 ms, so a check time of a few hundredths of a second makes its ratio coarse; " +
      "instantiations and types are exact counts and do not vary between runs.",
    `The SDK's types are its built ${SDK_TYPES} (what a user installs), so this section runs after \`npm run build\`.`,
    ...(stale ? [stale] : []),
  ];
}

/** Why the section cannot run, or undefined. */
function missingPrerequisite() {
  if (!existsSync(`${ROOT}${SDK_TYPES}`)) {
    return `${SDK_TYPES} is missing: run \`npm run build\` first (the consumer program compiles against the built SDK).`;
  }
  if (!existsSync(`${ROOT}node_modules/@servicestack/client/dist/index.d.ts`)) {
    return "@servicestack/client is not installed: run `npm ci`.";
  }
  return undefined;
}

/** A warning when a source file of the client is newer than its built types. */
function staleSdkTypes() {
  const built = statSync(`${ROOT}${SDK_TYPES}`).mtimeMs;
  const source = `${ROOT}packages/client/src`;
  const newer = readdirSync(source, { recursive: true }).filter(
    (file) => String(file).endsWith(".ts") && statSync(`${source}/${file}`).mtimeMs > built,
  );
  if (newer.length === 0) return undefined;
  return `Warning: packages/client/src has changed since ${SDK_TYPES} was built (${newer.join(", ")}); run \`npm run build\`.`;
}

function report({ ok, markdown = "", notes = [] }) {
  return {
    title: "Type-check cost of a consumer program: SDK vs ServiceStack DTOs",
    command: COMMAND,
    markdown,
    notes,
    ok,
  };
}
