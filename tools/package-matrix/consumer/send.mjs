// A consumer's ESM entry: the same file runs under Node, Bun and Deno.
// Prints one JSON line the harness checks; exits non-zero on any error.
import { EvoVoice } from "@evovoice-sdk/client";
import { readBack } from "./read-back.mjs";

const [baseUrl, apiKey, sessionId, text] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);

const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${process.version}`;

// Which file the runtime picked for the package (the ESM build, we expect).
let resolved = "";
try {
  resolved = import.meta.resolve("@evovoice-sdk/client");
} catch {
  // import.meta.resolve is missing or refuses bare names in some runtimes
}

// Node: the CommonJS build loaded beside the ESM one is a second copy of the package in one process;
// instanceof on the SDK's errors must hold across the two.
async function crossCopy() {
  if (globalThis.Deno || globalThis.Bun) return {};
  const { createRequire } = await import("node:module");
  const esm = await import("@evovoice-sdk/client");
  const cjs = createRequire(import.meta.url)("@evovoice-sdk/client");
  const holds =
    esm.RateLimitError !== cjs.RateLimitError &&
    new cjs.RateLimitError(429) instanceof esm.RateLimitError &&
    new esm.TimeoutError("slow", true) instanceof cjs.ConnectionError &&
    !(new cjs.NotFoundError(404) instanceof esm.RateLimitError);
  return { crossCopy: holds };
}

try {
  const evo = new EvoVoice({ apiKey, baseUrl, maxRetries: 0 });
  const sent = await evo.messages.send({ sessionId, body: text });
  const read = await readBack(evo, sent, runtime.split(" ")[0]);
  console.log(
    JSON.stringify({
      id: sent.id,
      direction: sent.direction,
      text: sent.text,
      resolved,
      runtime,
      ...read,
      ...(await crossCopy()),
    }),
  );
} catch (error) {
  console.error(`${error?.name}: ${error?.message}`);
  process.exitCode = 1;
}
