// The browser entry, bundled by esbuild: reads its settings from the page URL and leaves the outcome
// on window for the harness to read. It sends to the mock server over the network and reads the message
// back, then does the same with no server at all, through the mock's in-process fetch (createMockFetch
// must bundle for a browser: no node: import on its path).
import { EvoVoice } from "@evovoice-sdk/client";
import { createMockFetch } from "@evovoice-sdk/mock-server";
import { readBack } from "./read-back.mjs";

const params = new URL(location.href).searchParams;

async function run() {
  const evo = new EvoVoice({ apiKey: params.get("apiKey"), baseUrl: params.get("baseUrl"), maxRetries: 0 });
  const sent = await evo.messages.send({ sessionId: params.get("sessionId"), body: params.get("text") });
  const read = await readBack(evo, sent, "chromium");

  const mock = createMockFetch({ apiKeys: ["in-page"] });
  const offline = new EvoVoice({ apiKey: "in-page", fetch: mock.fetch });
  const inPage = await offline.messages.send({
    endpointId: "E1",
    toAddress: "+15556667777",
    body: "in page",
  });
  mock.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "reply" });
  const mocked = await readBack(offline, inPage, "in-page");
  return {
    id: sent.id,
    direction: sent.direction,
    text: sent.text,
    ...read,
    mockFetch: { recorded: mock.messages.length, ...mocked },
  };
}

run().then(
  (result) => {
    window.__result = result;
  },
  (error) => {
    window.__result = { error: `${error?.name}: ${error?.message}` };
  },
);
