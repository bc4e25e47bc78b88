// What a browser app pays for the SDK, module by module: the two entries of `npm run size` bundled the
// way size-limit bundles them (esbuild, browser, ESM, minified), against the built client. The gzipped
// total is what `npm run size` holds to its limits; the per-module bytes (minified, before gzip, which
// does not split by module) say where they go. No goal here: the limits live in .size-limit.mjs.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { format } from "../format.mjs";
import { fromRoot } from "../repo.mjs";

export const name = "bundle";
const ENTRIES = [
  ["send only", "scripts/size/send-message.mjs"],
  ["send, list, page", "scripts/size/send-list-paginate.mjs"],
];

/** The minified bundle of `entry`, its gzipped size, and the minified bytes each module put in it. */
async function measure(entry) {
  const result = await build({
    entryPoints: [fromRoot(entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  const modules = Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [
    path.replace(/^.*node_modules\//, "").replace(/^packages\/client\//, ""),
    bytesInOutput,
  ]);
  return { gzip: gzipSync(result.outputFiles[0].contents).length, minified: output.bytes, modules };
}

export async function run({ log }) {
  const measured = [];
  for (const [label, entry] of ENTRIES) {
    log(`bundle: ${label}`);
    measured.push({ label, ...(await measure(entry)) });
  }
  const [sendOnly] = measured;
  const rows = sendOnly.modules.filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
  return {
    title: "Browser bundle, module by module (what `npm run size` measures)",
    command: "npm run bench -- bundle",
    markdown: [
      "| bundle | min+gz (B) | minified (B) |",
      "| --- | ---: | ---: |",
      ...measured.map((m) => `| ${m.label} | ${format(m.gzip)} | ${format(m.minified)} |`),
      "",
      "| module (send only) | minified bytes in the bundle |",
      "| --- | ---: |",
      ...rows.map(([path, bytes]) => `| ${path} | ${format(bytes)} |`),
    ].join("\n"),
    notes: [
      "Bundled with esbuild as size-limit does (browser, ESM, minified, tree-shaken), against packages/client/dist; gzip at the default level (size-limit's own figure can differ by a few bytes).",
      "The goals of issues 12 and 13 were 4.5 kB (send only) and 5.5 kB (send, list, page); .size-limit.mjs holds the measured sizes instead, and says why.",
    ],
    ok: true,
  };
}
