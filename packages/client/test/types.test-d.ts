import {
  type ApiError,
  type ConnectionError,
  type components,
  EvoVoice,
  type MessageDirection,
  type MessageInfo,
  type RateLimitError,
  type SendMessageInput,
} from "@evovoice-sdk/client";
import { describe, expectTypeOf, it } from "vitest";

const evo = new EvoVoice({ apiKey: "k" });

describe("SendMessageInput", () => {
  it("accepts either addressing", () => {
    expectTypeOf({ sessionId: "S1", body: "Hello" }).toExtend<SendMessageInput>();
    expectTypeOf({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" }).toExtend<SendMessageInput>();
  });

  it("rejects mixed, incomplete and mistyped input", () => {
    // @ts-expect-error mixed addressing
    evo.messages.send({ sessionId: "S1", endpointId: "E1", toAddress: "+1", body: "x" });
    // @ts-expect-error sessionId with toAddress
    evo.messages.send({ sessionId: "S1", toAddress: "+1", body: "x" });
    // @ts-expect-error no body
    evo.messages.send({ sessionId: "S1" });
    // @ts-expect-error endpointId without toAddress
    evo.messages.send({ endpointId: "E1", body: "x" });
    // @ts-expect-error no addressing
    evo.messages.send({ body: "x" });
    // @ts-expect-error body must be a string
    evo.messages.send({ sessionId: "S1", body: 42 });
  });

  it("takes per-call options", () => {
    expectTypeOf(evo.messages.send).parameter(1).toEqualTypeOf<
      | {
          signal?: AbortSignal | undefined;
          timeoutMs?: number | undefined;
          maxRetries?: number | undefined;
        }
      | undefined
    >();
  });
});

describe("results", () => {
  it("send resolves to MessageInfo", () => {
    expectTypeOf(evo.messages.send({ sessionId: "S1", body: "x" })).resolves.toEqualTypeOf<MessageInfo>();
  });

  it("MessageInfo has exactly the generated fields, all optional", () => {
    expectTypeOf<keyof MessageInfo>().toEqualTypeOf<keyof components["schemas"]["MessageInfo"]>();
    expectTypeOf<MessageInfo["text"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MessageInfo["isUnread"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("direction is open-ended: the known values, and any string the server adds later", () => {
    expectTypeOf<MessageInfo["direction"]>().toEqualTypeOf<MessageDirection | undefined>();
    expectTypeOf<"Incoming">().toExtend<MessageDirection>();
    expectTypeOf<"Outgoing">().toExtend<MessageDirection>();
    expectTypeOf<"SomethingNew">().toExtend<MessageDirection>();
    // @ts-expect-error but not a number
    const direction: MessageDirection = 1;
    void direction;
  });

  it("errors carry typed fields", () => {
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ApiError["errorCode"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError["headers"]>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ConnectionError["mayHaveBeenDelivered"]>().toEqualTypeOf<boolean>();
  });
});

describe("evo.api", () => {
  it("is the typed openapi-fetch client", async () => {
    const { data } = await evo.api.POST("/sessions/{sessionId}/messages", {
      params: { path: { sessionId: "S1" } },
      body: { body: "Hi" },
    });
    // JSON only: the spec's JSONP (application/javascript) answer is not part of the SDK's types.
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["MessageInfo"] | undefined>();
    // @ts-expect-error the path parameter is required
    await evo.api.POST("/sessions/{sessionId}/messages", { body: { body: "Hi" } });
    // @ts-expect-error unknown route
    await evo.api.POST("/nowhere", {});
  });
});
