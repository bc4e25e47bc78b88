import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { recordRelease } from "./record-release.js";
import { repoRoot } from "./repo-root.js";

// `npm run spec:release` (part of `npm run release:version`): records the spec being released in
// spec/releases/. Exits 1 when a release file of this version exists with another spec. `--root DIR`
// works on another checkout.

try {
  const { values } = parseArgs({ options: { root: { type: "string" } } });
  const rootDir = values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), values.root) : repoRoot;
  const { outcome, file } = await recordRelease(rootDir);
  console.log(
    outcome === "written" ? `spec:release: wrote ${file}` : `spec:release: ${file} is this spec already`,
  );
} catch (error) {
  console.error(`spec:release: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
