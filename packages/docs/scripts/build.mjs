// Builds the offline docs site into dist/: the SDK guide (markdown → HTML, code highlighted by Shiki, option
// tables generated from the packages' TypeScript) and the API reference (Redoc's standalone bundle with the
// bundled spec embedded, so the site works from file:// with no network).
// Stops on the first error and says which step it was on.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderGuide } from "./lib/guide.mjs";
import { copyRedocBundle } from "./lib/redoc-bundle.mjs";
import { referencePage } from "./lib/reference-page.mjs";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const distDir = join(docsDir, "dist");
const repoRoot = join(docsDir, "../..");
const specFile = join(repoRoot, "spec/dist/openapi.json");

async function step(name, run) {
  console.log(`docs: ${name}`);
  try {
    return await run();
  } catch (error) {
    console.error(`docs: failed while trying to ${name}`);
    throw error;
  }
}

const spec = await step("read the bundled spec (spec/dist/openapi.json)", async () =>
  JSON.parse(await readFile(specFile, "utf8")),
);
await step("clean dist/", () => rm(distDir, { recursive: true, force: true }));
await step("create dist/", () => mkdir(distDir, { recursive: true }));
await step("copy the stylesheet", () =>
  copyFile(join(docsDir, "assets/site.css"), join(distDir, "site.css")),
);
await step("copy the bundled spec for download", () => copyFile(specFile, join(distDir, "openapi.json")));
await step("copy and check Redoc's standalone bundle", () => copyRedocBundle(distDir));
await step("write reference.html", () => writeFile(join(distDir, "reference.html"), referencePage(spec)));
const pages = await step("render the guide", () =>
  renderGuide({ guideDir: join(docsDir, "guide"), distDir, repoRoot, spec }),
);
console.log(`docs: wrote ${pages.length} guide pages and reference.html to ${distDir}`);
