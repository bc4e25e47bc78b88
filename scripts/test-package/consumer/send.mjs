// A consumer's ESM entry: the same file runs under Node, Bun and Deno.
// Prints one JSON line the harness checks; exits non-zero on any error.
import { EvoVoice } from "@evovoice-sdk/client";

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

try {
  const evo = new EvoVoice({ apiKey, baseUrl, maxRetries: 0 });
  const sent = await evo.messages.send({ sessionId, body: text });
  console.log(JSON.stringify({ id: sent.id, direction: sent.direction, text: sent.text, resolved, runtime }));
} catch (error) {
  console.error(`${error?.name}: ${error?.message}`);
  process.exitCode = 1;
}
