// What a browser app pays for the SDK: `size-limit` on the bundles of .size-limit.mjs (the budget
// `npm test` enforces, verdict and gzipped sizes as its CLI prints them), then where the bytes go,
// module by module, from the esbuild metafile of size-limit's own build of each bundle.
import { exec } from "@evovoice-sdk/processes";
import { format } from "../format.mjs";
import { ROOT } from "../repo.mjs";
import { measureBundles } from "../size/bundle-modules.mjs";

export const name = "size";

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
  const notes = [
    "Gzipped sizes and limits: size-limit with the repo's .size-limit.mjs (esbuild, browser, ESM, minified, tree-shaken) against packages/client/dist. The same check fails `npm test` (test:package's size budget row).",
    "Module bytes: minified bytes each module put into that bundle, before gzip (which does not split by module), from esbuild's metafile of size-limit's own build.",
  ];
  let ok = verdicts.every((verdict) => verdict.passed);
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
    ].join("\n"),
    notes,
    ok,
  };
}

const limitOf = (bundles, name) => bundles.find((bundle) => bundle.name === name)?.limit ?? "";
