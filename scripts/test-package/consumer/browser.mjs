// The browser entry, bundled by esbuild: reads its settings from the page URL
// and leaves the outcome on window for the harness to read.
import { EvoVoice } from "@evovoice-sdk/client";

const params = new URL(location.href).searchParams;
const evo = new EvoVoice({ apiKey: params.get("apiKey"), baseUrl: params.get("baseUrl"), maxRetries: 0 });
evo.messages.send({ sessionId: params.get("sessionId"), body: params.get("text") }).then(
  (sent) => {
    window.__result = { id: sent.id, direction: sent.direction, text: sent.text };
  },
  (error) => {
    window.__result = { error: `${error?.name}: ${error?.message}` };
  },
);
