// npm run test:package — can a user install @evovoice-sdk/client and send a
// message with it, from every runtime we claim? Builds and packs the published
// packages, installs the tarballs into a fresh project outside the monorepo,
// starts the mock server from that install, and sends one message from each
// runtime; the server's count of each runtime's message is the verdict.
// Prints a table; exits non-zero on any failure or when the deadline passes.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { chromiumExecutable } from "@evovoice-sdk/chromium";
import { bundleForBrowser, sendFromChromium } from "./lib/browser.mjs";
import { cliRow } from "./lib/cli-row.mjs";
import { createConsumer, makeTempDir } from "./lib/consumer.mjs";
import { mockRequireRow } from "./lib/mock-require-row.mjs";
import { build, pack, repoRoot } from "./lib/pack.mjs";
import { runtimeRow } from "./lib/runtime-row.mjs";
import { binaries, ensureRuntimes } from "./lib/runtimes.mjs";
import { apiKey, sessionId, startServer } from "./lib/server.mjs";
import { packageChecks } from "./lib/static-checks.mjs";
import { printTable, timed } from "./lib/table.mjs";

const deadlineMs = 8 * 60_000;
const started = Date.now();
const rows = [];
const cleanups = [];
const tempDirs = [];
// Temp dirs go even when a signal or the deadline ends the run early.
process.on("exit", () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const deadline = setTimeout(() => {
  console.error(`\ntest:package: deadline of ${deadlineMs / 1000} s passed; killing everything`);
  printTable(rows);
  process.exit(1); // @evovoice-sdk/processes kills every child's process group on exit
}, deadlineMs);

// A setup step: any failure here stops the run (nothing after it could pass).
async function step(name, fn, show = (value) => value) {
  process.stdout.write(`• ${name} … `);
  const { value, error, ms } = await timed(fn);
  if (error) {
    console.log("failed");
    throw error;
  }
  console.log(`${show(value) ?? "done"} (${(ms / 1000).toFixed(1)} s)`);
  return value;
}

async function main() {
  const work = makeTempDir("evovoice-pack-");
  tempDirs.push(work);

  await step("runtimes (tools/package-matrix/runtimes)", ensureRuntimes);
  await step("Chromium (the system's, or extracted from @sparticuz/chromium once)", chromiumExecutable);
  await step("build the published packages (turbo)", build);
  const tarballs = await step(
    "npm pack",
    () => pack(work),
    (t) => Object.values(t).join(", "),
  );
  const consumer = await step("fresh consumer project: npm install the tarballs", () =>
    createConsumer(tarballs, repoRoot),
  );
  tempDirs.push(consumer);
  const server = await step(
    "start the mock server from the consumer's install",
    () => startServer(consumer),
    (s) => `${s.kind} at ${s.url}`,
  );
  cleanups.push(() => server.close());

  const send = { consumer, server, apiKey, sessionId };
  const deno = ["run", "--allow-net=127.0.0.1", "send.mjs"];
  const denoEnv = { DENO_DIR: join(work, "deno"), DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" };
  const checks = [
    ...["node18", "node20", "node22", "node24"].flatMap((node) => [
      runtimeRow(`${node} import`, binaries[node], ["send.mjs"], { ...send, expectFile: "dist/index.js" }),
      runtimeRow(`${node} require`, binaries[node], ["send.cjs"], { ...send, expectFile: "dist/index.cjs" }),
    ]),
    ...["node18", "node20", "node22", "node24"].map((node) =>
      mockRequireRow(`${node} require mock-server`, binaries[node], consumer),
    ),
    runtimeRow("bun import", binaries.bun, ["send.mjs"], { ...send, expectFile: "dist/index.js" }),
    runtimeRow("bun require", binaries.bun, ["send.cjs"], { ...send, expectFile: "dist/index.cjs" }),
    runtimeRow("deno import", binaries.deno, deno, { ...send, env: denoEnv, expectFile: "dist/index.js" }),
    {
      name: "chromium (esbuild bundle)",
      run: async () => {
        const dir = await bundleForBrowser(consumer);
        const text = "package test from chromium";
        const result = await sendFromChromium(dir, { baseUrl: server.url, apiKey, sessionId, text }, 30_000);
        if (result.error) throw new Error(result.error);
        const count = server.countText(text);
        if (result.text !== text || count !== 1)
          throw new Error(`page got ${result.text}; server has ${count}`);
        if (!result.listed || !result.paged || !(result.conversations > 0))
          throw new Error(`could not read the message back: ${JSON.stringify(result)}`);
        const { mockFetch } = result;
        if (
          mockFetch.recorded !== 5 ||
          !mockFetch.listed ||
          !mockFetch.paged ||
          mockFetch.conversations !== 1
        )
          throw new Error(`createMockFetch in the page: ${JSON.stringify(mockFetch)}`);
        return `${/Chrome\/[\d.]+/.exec(result.userAgent)?.[0]}; 1 recorded, listed, paged; createMockFetch in the page`;
      },
    },
    cliRow(consumer),
    ...packageChecks({ consumer, tarballs, repoRoot }),
  ];

  // Independent checks run together: the wall time stays near the slowest one.
  const results = await Promise.all(
    checks.map(async ({ name, run }) => {
      const { value, error, ms } = await timed(run);
      return { name, ok: !error, detail: error ? error.message : value, ms };
    }),
  );
  rows.push(...results);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  // A setup failure is a failed check too, so the closing count never reads "0 failed".
  rows.push({ name: "setup", ok: false, detail: error.message, ms: 0 });
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  clearTimeout(deadline);
}
printTable(rows);
const bad = rows.filter((row) => !row.ok).length;
console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${rows.length - bad} passed, ${bad} failed`);
process.exit(failed || bad > 0 ? 1 : 0);
