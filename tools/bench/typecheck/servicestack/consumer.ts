// A consumer program written with the vendor's ServiceStack DTOs (./dtos.ts) and @servicestack/client,
// for the type-check benchmark (tools/bench/src/sections/typecheck.mjs). ../sdk/consumer.ts does the same with the
// SDK; keep the two doing the same things, or the comparison stops being fair.
import { type ErrorResponse, JsonServiceClient } from "@servicestack/client";
import { MessageDirections, SendMessage } from "./dtos.js";

const client = new JsonServiceClient("https://evovoice.io");
client.bearerToken = "my-api-key";

// JsonServiceClient rejects with the error body it read, a plain `{ responseStatus }` object rather
// than an ErrorResponse instance, so `instanceof` cannot narrow it; this guard is the usual way.
function isErrorResponse(error: unknown): error is ErrorResponse {
  return typeof error === "object" && error !== null && "responseStatus" in error;
}

try {
  const intoSession = await client.post(new SendMessage({ sessionId: "S1", body: "Hello" }));
  const toPhone = await client.post(
    new SendMessage({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" }),
  );
  for (const message of [intoSession, toPhone]) {
    const id: string | undefined = message.id;
    const sent: boolean = message.direction === MessageDirections.Outgoing;
    const date: string | undefined = message.date;
    console.log(id, sent, date);
  }
} catch (error) {
  if (!isErrorResponse(error)) throw error;
  console.error(error.responseStatus?.errorCode, error.responseStatus?.message);
}
