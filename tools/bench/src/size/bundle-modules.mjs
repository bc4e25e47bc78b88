// The bundles of .size-limit.mjs built by size-limit itself (its Node API, the preset `npm run size`
// uses), keeping what its esbuild step leaves on each check: the gzipped size it reports and esbuild's
// metafile of that very build, which says how many bytes each module put into the bundle.
import { pathToFileURL } from "node:url";
import preset from "@size-limit/preset-small-lib";
import sizeLimit from "size-limit";
import { fromRoot } from "../repo.mjs";

/** `[{ name, path, limit, size, modules: [[path, minified bytes], …] }]`, one per check, biggest module first. */
export async function measureBundles() {
  const { default: checks } = await import(pathToFileURL(fromRoot(".size-limit.mjs")).href);
  const config = { checks: checks.map((check) => ({ ...check, files: [fromRoot(check.path)] })) };
  await sizeLimit(preset, config);
  return config.checks.map((check) => {
    // @size-limit/esbuild keeps the metafile on the check (esbuildMetafile): the build it measured.
    const [output] = Object.values(check.esbuildMetafile.outputs);
    const modules = Object.entries(output.inputs)
      .map(([path, { bytesInOutput }]) => [shortPath(path), bytesInOutput])
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]);
    return { name: check.name, path: check.path, limit: check.limit, size: check.size, modules };
  });
}

// "../../node_modules/openapi-fetch/dist/index.mjs" → "openapi-fetch/dist/index.mjs";
// "../../packages/client/dist/index.js" → "packages/client/dist/index.js".
function shortPath(path) {
  return path.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, "");
}

/**
 * The same bundle built from the client's source instead of its one-file dist, so that esbuild's
 * metafile can say what each of the SDK's own modules costs: `{ total, modules: [[path, bytes], …] }`,
 * minified bytes, biggest first. The build matches size-limit's (esbuild, browser, ESM, minified);
 * its total differs from the dist build's by the few bytes tsup's output and esbuild's own TypeScript
 * transform differ by.
 */
export async function measureSourceModules(entry) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [fromRoot(entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { "@evovoice-sdk/client": fromRoot("packages/client/src/index.ts") },
    tsconfig: fromRoot("packages/client/tsconfig.json"),
  });
  const [output] = Object.values(result.metafile.outputs);
  const modules = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => [shortPath(path), bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return { total: output.bytes, modules };
}
