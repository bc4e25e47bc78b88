// The second size budget's entry: a browser app that sends, reads a page, and pages through every
// message. Bundled by size-limit like send-message.mjs; see .size-limit.mjs.
import { EvoVoice } from "@evovoice-sdk/client";

const evo = new EvoVoice({ apiKey: "key" });
await evo.messages.send({ sessionId: "S1", body: "Hello" });
console.log((await evo.messages.list({ endpointIds: ["E1"] })).totalCount);
for await (const message of evo.messages.list({ endpointIds: ["E1"] })) console.log(message.text);
