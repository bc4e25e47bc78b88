// A consumer's CommonJS entry: `require` must get the CJS build, not ESM.
const { EvoVoice } = require("@evovoice-sdk/client");

const [baseUrl, apiKey, sessionId, text] = process.argv.slice(2);
const runtime = globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.version}`;
const resolved = require.resolve("@evovoice-sdk/client");

const evo = new EvoVoice({ apiKey, baseUrl, maxRetries: 0 });
evo.messages.send({ sessionId, body: text }).then(
  (sent) =>
    console.log(
      JSON.stringify({ id: sent.id, direction: sent.direction, text: sent.text, resolved, runtime }),
    ),
  (error) => {
    console.error(`${error?.name}: ${error?.message}`);
    process.exitCode = 1;
  },
);
