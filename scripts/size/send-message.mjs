// The size budget's entry: the code a browser app ships to send one message.
// Bundled by size-limit (esbuild, minified, gzipped) with openapi-fetch and
// everything else the SDK pulls in; see .size-limit.mjs.
import { EvoVoice } from "@evovoice-sdk/client";

new EvoVoice({ apiKey: "key" }).messages.send({ sessionId: "S1", body: "Hello" }).then(console.log);
