// A consumer's CommonJS entry: `require` must get the CJS build, not ESM. The read-back steps are the
// ESM consumers' (a dynamic import works from CommonJS); they call this file's CJS-built client.
const { EvoVoice } = require("@evovoice-sdk/client");

const [baseUrl, apiKey, sessionId, text] = process.argv.slice(2);
const runtime = globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.version}`;
const resolved = require.resolve("@evovoice-sdk/client");

async function main() {
  const evo = new EvoVoice({ apiKey, baseUrl, maxRetries: 0 });
  const sent = await evo.messages.send({ sessionId, body: text });
  const { readBack } = await import("./read-back.mjs");
  const read = await readBack(evo, sent, `${runtime.split(" ")[0]}-cjs`);
  console.log(
    JSON.stringify({ id: sent.id, direction: sent.direction, text: sent.text, resolved, runtime, ...read }),
  );
}

main().catch((error) => {
  console.error(`${error?.name}: ${error?.message}`);
  process.exitCode = 1;
});
