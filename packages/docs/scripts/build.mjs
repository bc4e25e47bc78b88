// Builds the docs site into dist/: first the parts generated from the spec and from running the SDK, then
// VitePress. Stops on the first error and says which step it was on. `--prepare` stops before VitePress
// (what `npm run dev` needs before `vitepress dev`).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vitepress";
import { writeGeneratedParts } from "./lib/generated-parts.mjs";
import { writeReference } from "./lib/reference/write-reference.mjs";
import { runOutputSamples } from "./lib/samples/run-samples.mjs";
import { readSpec } from "./lib/spec.mjs";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
const srcDir = join(docsDir, "src");
const generatedDir = join(docsDir, "generated");
const repoRoot = join(docsDir, "../..");

async function step(name, work) {
  const started = performance.now();
  try {
    const result = await work();
    console.log(`docs: ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    console.error(`docs: failed to ${name}`);
    throw error;
  }
}

const spec = await step("read the bundled spec (spec/dist/openapi.json)", () => readSpec());
await step("write the API reference pages from the spec", () => writeReference(spec, srcDir));
await Promise.all([
  step("generate option tables, the query table and the errors page's tables", () =>
    writeGeneratedParts({ repoRoot, generatedDir }),
  ),
  step("run the samples whose output the guide shows", () =>
    runOutputSamples({
      srcDir,
      outputsDir: join(generatedDir, "outputs"),
      workDir: join(docsDir, "node_modules/.cache/docs-samples"),
    }),
  ),
]);
if (!process.argv.includes("--prepare")) await step("build the site with VitePress", () => build(docsDir));
