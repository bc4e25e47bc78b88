#!/usr/bin/env node
// Refreshes every vendor fixture in spec/vendor/ ({Operation}.json: SendMessage, ListMessages,
// ListConversations) from a live Evo Voice server's ServiceStack metadata (one GET
// {base}/types/metadata). Without network it says so and leaves every fixture untouched (exit code 2).
//
//   npm run vendor:refresh                      # https://evovoice.io
//   EVOVOICE_BASE_URL=https://team.evovoice.io npm run vendor:refresh
//   node scripts/refresh-vendor-fixture.mjs --out /tmp/fixtures   # write into another folder
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { metadataToFixture } from "./vendor/metadata-to-fixture.mjs";

const VENDOR_DIR = fileURLToPath(new URL("../spec/vendor/", import.meta.url));
const HOSTS = ["evovoice.io", "team.evovoice.io"];
const TIMEOUT_MS = 10_000;

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : VENDOR_DIR;
const base = (process.env.EVOVOICE_BASE_URL ?? "https://evovoice.io").replace(/\/+$/, "");
const url = `${base}/types/metadata`;
// The operations are the fixtures already committed: adding one is adding its file.
const files = (await readdir(VENDOR_DIR)).filter((file) => file.endsWith(".json")).sort();

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
  console.error(`Could not read ${url} (${reason}). ${files.join(", ")} in ${outDir} are unchanged.`);
  process.exit(2);
}

// Build all of them before writing any, so a metadata document missing one operation changes nothing.
const fixtures = [];
for (const file of files) {
  const operation = file.replace(/\.json$/, "");
  const committed = JSON.parse(await readFile(join(VENDOR_DIR, file), "utf8"));
  const fresh = metadataToFixture(metadata, {
    operation,
    source: `${base}/json/metadata?op=${operation}`,
    hosts: HOSTS,
  });
  fixtures.push([file, keepNotes(committed, fresh)]);
}
for (const [file, fixture] of fixtures) {
  await writeFile(join(outDir, file), `${JSON.stringify(fixture, null, 2)}\n`);
}
console.log(`Wrote ${files.join(", ")} to ${outDir} from ${url}. Review the diff, then run npm test.`);

// A `$comment` inside a section (e.g. why ListMessages' response is not the AccountInfo the HTML page
// prints) is written by a person, not read from the server: a refresh keeps it.
function keepNotes(committed, fresh) {
  for (const [section, value] of Object.entries(fresh)) {
    const note = committed?.[section]?.$comment;
    if (note && value && typeof value === "object" && !Array.isArray(value)) {
      fresh[section] = { $comment: note, ...value };
    }
  }
  return fresh;
}
