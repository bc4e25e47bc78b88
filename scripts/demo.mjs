#!/usr/bin/env node
// npm run demo: the SDK against the mock server on loopback. Sends a text from an endpoint to a phone,
// simulates the phone's reply, then reads the conversation back: the conversations, and every message
// of the endpoint page by page. Prints what the SDK got and what the server recorded, then stops.
import { EvoVoice } from "@evovoice-sdk/client";
import { startMockServer } from "@evovoice-sdk/mock-server";

const API_KEY = "demo-key";
const PHONE = "+15556667777";
const ENDPOINT = {
  id: "63b0f1d2a4c84e19b7d5e2a1",
  displayName: "Front desk (555) 111-2222",
  address: "+15551112222",
};

const step = (text) => console.log(`\ndemo: ${text}`);
const show = (value) => console.log(JSON.stringify(value, null, 2));

step("starting the mock server");
const server = await startMockServer({ apiKeys: [API_KEY], endpoints: [ENDPOINT] });
console.log(`listening on ${server.url} (API key "${API_KEY}", 1 endpoint)`);

try {
  const evo = new EvoVoice({ apiKey: API_KEY, baseUrl: server.url });

  step(`evo.messages.send({ endpointId: "${ENDPOINT.id}", toAddress: "${PHONE}", body: … })`);
  show(
    await evo.messages.send({
      endpointId: ENDPOINT.id,
      toAddress: PHONE,
      body: "Your appointment is at 3pm. Reply YES to confirm.",
    }),
  );

  step(`the phone replies: server.receive({ endpointId, fromAddress: "${PHONE}", text: "YES" })`);
  server.receive({ endpointId: ENDPOINT.id, fromAddress: PHONE, text: "YES" });

  step(`evo.conversations.list({ endpointIds: ["${ENDPOINT.id}"] })`);
  show(await evo.conversations.list({ endpointIds: [ENDPOINT.id] }));

  step(`for await (const m of evo.messages.list({ endpointIds: ["${ENDPOINT.id}"], countPerPage: 1 }))`);
  for await (const message of evo.messages.list({ endpointIds: [ENDPOINT.id], countPerPage: 1 })) {
    console.log(
      `- ${message.date} ${message.direction.padEnd(8)} ${message.otherAddress} "${message.text}"${message.isUnread ? " (unread)" : ""}`,
    );
  }

  step(`the server recorded ${server.messages.length} messages`);
  for (const message of server.messages) {
    const how =
      message.route === "receive" ? "received" : `${message.method} ${message.route} (${message.auth})`;
    console.log(`- ${how} -> ${message.response.id} ${message.response.direction}`);
  }
} finally {
  await server.close();
  step("mock server stopped");
}
