// The mock server from CommonJS on one Node (issue 21): `require("@evovoice-sdk/mock-server")` from the
// installed tarball must load dist/index.cjs, serve and record a send, and answer through its fetch
// function; `/msw` must resolve to dist/msw.cjs and load (up to msw, which the consumer lacks).
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export function mockRequireRow(name, node, consumer) {
  return {
    name,
    run: async () => {
      // Only PATH: nothing from the monorepo's environment may help the require() resolve.
      const { stdout } = await run(node, ["mock-require.cjs"], {
        cwd: consumer,
        env: { PATH: process.env.PATH },
        timeout: 60_000,
      });
      const seen = JSON.parse(stdout.trim().split("\n").at(-1));
      const problems = [
        !seen.resolved.endsWith("dist/index.cjs") && `loaded ${seen.resolved}`,
        !seen.mswResolved.endsWith("dist/msw.cjs") && `/msw resolved to ${seen.mswResolved}`,
        !["loaded", "needs msw"].includes(seen.msw) && `/msw failed: ${seen.msw}`,
        (seen.status !== 200 || seen.recorded !== 1) &&
          `send answered ${seen.status}, ${seen.recorded} recorded`,
        seen.fetchStatus !== 200 && `createMockFetch answered ${seen.fetchStatus}`,
      ].filter(Boolean);
      if (problems.length > 0) throw new Error(problems.join("; "));
      return `${seen.runtime}, dist/index.cjs; 1 recorded; createMockFetch 200; /msw → dist/msw.cjs (${seen.msw})`;
    },
  };
}
