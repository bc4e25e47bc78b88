// The bundles of .size-limit.mjs built by size-limit itself (its Node API, the preset `npm run size`
// uses), keeping what its esbuild step leaves on each check: the gzipped size it reports and esbuild's
// metafile of that very build, which says how many bytes each module put into the bundle.
import { pathToFileURL } from "node:url";
import preset from "@size-limit/preset-small-lib";
import sizeLimit from "size-limit";
import { fromRoot } from "../repo.mjs";

/** `[{ name, limit, size, modules: [[path, minified bytes], …] }]`, one per check, biggest module first. */
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
    return { name: check.name, limit: check.limit, size: check.size, modules };
  });
}

// "../../node_modules/openapi-fetch/dist/index.mjs" → "openapi-fetch/dist/index.mjs";
// "../../packages/client/dist/index.js" → "packages/client/dist/index.js".
function shortPath(path) {
  return path.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, "");
}
