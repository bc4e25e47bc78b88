import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSpecEvolution } from "./check-spec-evolution.js";
import { formatReport } from "./format-report.js";
import { repoRoot } from "./repo-root.js";

// `npm run spec:breaking`: exits 1 when the spec breaks its users without a major version
// and major changesets, 2 when it cannot tell. `--root DIR` checks another checkout.

try {
  const { values } = parseArgs({ options: { root: { type: "string" } } });
  // npm runs this from the workspace folder; INIT_CWD is where the person typed the command.
  const rootDir = values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), values.root) : repoRoot;
  const check = await checkSpecEvolution(rootDir);
  for (const line of formatReport(check, rootDir)) console.log(line);
  process.exitCode = check.problems.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`spec:breaking could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
