#!/usr/bin/env node
// npm run demo: the SDK against the mock server on loopback. Sends one message into a session and one
// from an endpoint to an address, prints what the SDK got back and what the server recorded, then stops.
import { EvoVoice } from "@evovoice-sdk/client";
import { startMockServer } from "@evovoice-sdk/mock-server";

const API_KEY = "demo-key";
const SESSION = {
  id: "5f8a1c2e9b1d4e6fa3c27d10",
  endpointId: "63b0f1d2a4c84e19b7d5e2a1",
  otherAddress: "+15553334444",
};
const ENDPOINT = {
  id: "63b0f1d2a4c84e19b7d5e2a1",
  displayName: "Front desk (555) 111-2222",
  address: "+15551112222",
};

const step = (text) => console.log(`\ndemo: ${text}`);
const show = (value) => console.log(JSON.stringify(value, null, 2));

step("starting the mock server");
const server = await startMockServer({ apiKeys: [API_KEY], sessions: [SESSION], endpoints: [ENDPOINT] });
console.log(`listening on ${server.url} (API key "${API_KEY}", 1 session, 1 endpoint)`);

try {
  const evo = new EvoVoice({ apiKey: API_KEY, baseUrl: server.url });

  step(`evo.messages.send({ sessionId: "${SESSION.id}", body: "Hello from Evo Voice" })`);
  show(await evo.messages.send({ sessionId: SESSION.id, body: "Hello from Evo Voice" }));

  step(`evo.messages.send({ endpointId: "${ENDPOINT.id}", toAddress: "+15556667777", body: … })`);
  show(
    await evo.messages.send({
      endpointId: ENDPOINT.id,
      toAddress: "+15556667777",
      body: "Your appointment is confirmed for 3pm.",
    }),
  );

  step(`the server recorded ${server.messages.length} messages`);
  for (const message of server.messages) {
    console.log(
      `- ${message.method} ${message.route} (${message.auth}) ${JSON.stringify(message.request)} -> ${message.response.id}`,
    );
  }
} finally {
  await server.close();
  step("mock server stopped");
}
