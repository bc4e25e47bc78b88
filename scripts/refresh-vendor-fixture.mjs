#!/usr/bin/env node
// Refreshes spec/vendor/SendMessage.json from a live Evo Voice server's
// ServiceStack metadata (GET {base}/types/metadata). Without network it says
// so and leaves the fixture untouched (exit code 2).
//
//   npm run vendor:refresh                      # https://evovoice.io
//   EVOVOICE_BASE_URL=https://team.evovoice.io npm run vendor:refresh
//   node scripts/refresh-vendor-fixture.mjs --out /tmp/fixture.json
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { metadataToFixture } from "./vendor/metadata-to-fixture.mjs";

const FIXTURE = fileURLToPath(new URL("../spec/vendor/SendMessage.json", import.meta.url));
const TIMEOUT_MS = 10_000;

const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : FIXTURE;
const base = (process.env.EVOVOICE_BASE_URL ?? "https://evovoice.io").replace(/\/+$/, "");
const url = `${base}/types/metadata`;

let metadata;
try {
  const response = await fetch(url, {
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  metadata = await response.json();
} catch (error) {
  const reason = error?.cause?.code ?? error?.message ?? String(error);
  console.error(`Could not read ${url} (${reason}). ${out} is unchanged.`);
  process.exit(2);
}

const fixture = metadataToFixture(metadata, {
  source: `${base}/json/metadata?op=SendMessage`,
  hosts: ["evovoice.io", "team.evovoice.io"],
});
await writeFile(out, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`Wrote ${out} from ${url}. Review the diff, then run npm test.`);
