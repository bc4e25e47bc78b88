// A consumer program written with @evovoice-sdk/client, for the type-check benchmark
// (tools/bench/src/sections/typecheck.mjs). ../servicestack/consumer.ts does the same with the vendor's
// ServiceStack DTOs; keep the two doing the same things, or the comparison stops being fair.
import { ApiError, EvoVoice } from "@evovoice-sdk/client";

const evo = new EvoVoice({ apiKey: "my-api-key", baseUrl: "https://evovoice.io" });

try {
  const intoSession = await evo.messages.send({ sessionId: "S1", body: "Hello" });
  const toPhone = await evo.messages.send({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" });
  for (const message of [intoSession, toPhone]) {
    const id: string | undefined = message.id;
    const sent: boolean = message.direction === "Outgoing";
    const date: string | undefined = message.date;
    console.log(id, sent, date);
  }
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.error(error.errorCode, error.message);
}
