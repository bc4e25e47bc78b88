// Runs every sample whose output a page shows, against the built SDK (its public name resolves to
// packages/client/dist) and a mock server of its own, and writes what it printed to
// generated/outputs/<name>.md for the page to include. So an output in the docs is what the code prints
// today, and it changes when the code does.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMockServer } from "@evovoice-sdk/mock-server";
import { exec } from "@evovoice-sdk/processes";
import ts from "typescript";
import { fence } from "../reference/markdown.mjs";
import { outputSamples } from "./output-samples.mjs";
import { scenarios } from "./scenarios.mjs";

const apiKey = "docs-sample-key";
const guard = fileURLToPath(new URL("./network-guard.mjs", import.meta.url));
// Samples at once: each is a node process and a server; two cores do not gain from more.
const parallel = 4;

function transpile(sample) {
  const module = sample.format === "cjs" ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext;
  return ts.transpileModule(sample.code, {
    compilerOptions: { module, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: `${sample.name}.ts`,
  }).outputText;
}

/** The environment a sample sees: the mock's address and key, and nothing of the build's own. */
function sampleEnv(server, scenario) {
  const env = {
    PATH: process.env.PATH,
    EVOVOICE_API_KEY: apiKey,
    EVOVOICE_BASE_URL: server.url,
    NO_COLOR: "1",
  };
  for (const [name, value] of Object.entries(scenario.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

async function runSample(sample, workDir) {
  const scenario = scenarios[sample.name];
  const server = await startMockServer({ apiKeys: [apiKey] });
  try {
    for (const fault of scenario.faults ?? []) server.inject(fault);
    const file = join(workDir, `${sample.name}.${sample.format === "cjs" ? "cjs" : "mjs"}`);
    await writeFile(file, transpile(sample));
    const result = await exec(process.execPath, ["--import", guard, file], {
      cwd: workDir,
      env: sampleEnv(server, scenario),
      timeoutMs: 30_000,
    });
    if (result.exitCode !== 0) {
      const why = result.timedOut ? "timed out after 30 s" : `exit ${result.exitCode ?? result.signal}`;
      const last = result.output.trimEnd().split("\n").slice(-25).join("\n");
      throw new Error(`the sample at ${sample.where} failed (${why}):\n${last}`);
    }
    let output = result.output.trimEnd();
    for (const [pattern, replacement] of scenario.masks ?? []) output = output.replace(pattern, replacement);
    return output;
  } finally {
    await server.close();
  }
}

/** Checks that each shown output has one sample and one scenario, and each scenario is shown. */
function checkNames(samples) {
  const names = samples.map((sample) => sample.name);
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0) throw new Error(`outputs included more than once: ${twice.join(", ")}`);
  const unknown = samples.filter((sample) => !scenarios[sample.name]);
  if (unknown.length > 0) {
    throw new Error(
      `no scenario in scenarios.mjs for ${unknown.map((s) => `${s.name} (${s.where})`).join(", ")}`,
    );
  }
  const unused = Object.keys(scenarios).filter((name) => !names.includes(name));
  if (unused.length > 0) throw new Error(`scenarios no page shows the output of: ${unused.join(", ")}`);
}

/** Runs the samples and writes their outputs; returns `{ name, where, output }` for each. */
export async function runOutputSamples({ srcDir, outputsDir, workDir }) {
  const samples = outputSamples(srcDir);
  checkNames(samples);
  await rm(outputsDir, { recursive: true, force: true });
  await mkdir(outputsDir, { recursive: true });
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const results = [];
  const queue = [...samples];
  const worker = async () => {
    for (let sample = queue.shift(); sample; sample = queue.shift()) {
      const output = await runSample(sample, workDir);
      const shown = output === "" ? "(nothing printed)" : output;
      await writeFile(join(outputsDir, `${sample.name}.md`), `${fence("output", shown)}\n`);
      results.push({ name: sample.name, where: sample.where, output });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
