// What a browser app pays for the SDK: `size-limit` on the bundles of .size-limit.mjs (the budget
// `npm test` enforces, verdict and gzipped sizes as its CLI prints them), then where the bytes go,
// module by module, from the esbuild metafile of size-limit's own build of each bundle.
import { exec } from "@evovoice-sdk/processes";
import { format } from "../format.mjs";
import { ROOT } from "../repo.mjs";
import { measureBundles, measureSourceModules } from "../size/bundle-modules.mjs";

export const name = "size";
// The goal of issue 20 for each bundle, openapi-fetch included; the limits in .size-limit.mjs sit at
// the measured sizes until it is met, so that growth fails in the meantime.
const GOAL_BYTES = 7_000;

export async function run({ log }) {
  log("size: size-limit --json");
  const { stdout } = await exec("size-limit", ["--json"], {
    cwd: ROOT,
    timeoutMs: 120_000,
    throwOnError: true,
  });
  const verdicts = JSON.parse(stdout);
  log("size: the same bundles through size-limit's Node API, for esbuild's metafile");
  const bundles = await measureBundles();
  // The larger bundle, built from source: what each of the SDK's own modules costs.
  const largest = bundles.reduce((a, b) => (b.size > a.size ? b : a));
  const source = await measureSourceModules(largest.path);
  const notes = [
    "Gzipped sizes and limits: size-limit with the repo's .size-limit.mjs (esbuild, browser, ESM, minified, tree-shaken) against packages/client/dist. The same check fails `npm test` (test:package's size budget row).",
    "Module bytes: minified bytes each module put into that bundle, before gzip (which does not split by module), from esbuild's metafile of size-limit's own build.",
    `By source module: "${largest.name}" built by esbuild the same way from packages/client/src instead of its one-file dist (${format(source.total)} minified bytes), so that the metafile names each of the SDK's modules.`,
  ];
  let ok = verdicts.every((verdict) => verdict.passed);
  for (const verdict of verdicts) {
    const met = verdict.size <= GOAL_BYTES;
    ok &&= met;
    notes.push(
      `${verdict.name}: ${format(verdict.size)} B min+gz (goal ≤ ${format(GOAL_BYTES)} B: ${met ? "met" : "NOT met"}).`,
    );
  }
  for (const bundle of bundles) {
    const cli = verdicts.find((verdict) => verdict.name === bundle.name);
    if (cli?.size !== bundle.size) {
      ok = false;
      notes.push(
        `${bundle.name}: the Node API measured ${bundle.size} B, the CLI ${cli?.size} B: not the same bundle.`,
      );
    }
  }
  return {
    title: "Browser bundle size (size-limit), module by module",
    command: "npm run bench -- size",
    markdown: [
      "| bundle | min+gz (B) | limit | within |",
      "| --- | ---: | ---: | --- |",
      ...verdicts.map(
        (v) => `| ${v.name} | ${format(v.size)} | ${limitOf(bundles, v.name)} | ${v.passed ? "yes" : "NO"} |`,
      ),
      ...bundles.flatMap((bundle) => [
        "",
        `| module in "${bundle.name}" | minified bytes |`,
        "| --- | ---: |",
        ...bundle.modules.map(([path, bytes]) => `| ${path} | ${format(bytes)} |`),
      ]),
      "",
      `| source module in "${largest.name}" | minified bytes | share |`,
      "| --- | ---: | ---: |",
      ...source.modules.map(
        ([path, bytes]) => `| ${path} | ${format(bytes)} | ${format((100 * bytes) / source.total, 1)}% |`,
      ),
    ].join("\n"),
    notes,
    ok,
  };
}

const limitOf = (bundles, name) => bundles.find((bundle) => bundle.name === name)?.limit ?? "";
