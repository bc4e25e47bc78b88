// Type-level tests, checked by `tsc --noEmit` in `npm test`: each expectTypeOf, and each line marked
// to expect an error, is a compile-time assertion (a marked line that compiles fails too).
import {
  type APIPromise,
  type ApiError,
  type ConnectionError,
  type ConversationInfo,
  type components,
  EvoVoice,
  type ListMessagesQuery,
  type MessageDirection,
  type MessageInfo,
  type MessagePage,
  type PagePromise,
  type RateLimitError,
  type SendMessageInput,
  type WithResponse,
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
          headers?: Record<string, string> | undefined;
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
  it("is the typed openapi-fetch client, typed as what it resolves with", async () => {
    const result = await evo.api.POST(
      "/sessions/{sessionId}/messages",
      { params: { path: { sessionId: "S1" } }, body: { body: "Hi" } },
      { timeoutMs: 5_000 },
    );
    // JSON only: the spec's JSONP (application/javascript) answer is not part of the SDK's types. A
    // failure is thrown, so there is no `error` to check.
    expectTypeOf(result).toEqualTypeOf<WithResponse<components["schemas"]["MessageInfo"]>>();
    expectTypeOf(result).not.toHaveProperty("error");
    const { data: page } = await evo.api.GET("/messages", { params: { query: { endpointIds: ["E1"] } } });
    expectTypeOf(page).toEqualTypeOf<components["schemas"]["ListResponseOfMessageInfo"]>();
    // @ts-expect-error a per-call option that does not exist
    await evo.api.GET("/messages", {}, { timeout: 5 });
    // @ts-expect-error the path parameter is required
    await evo.api.POST("/sessions/{sessionId}/messages", { body: { body: "Hi" } });
    // @ts-expect-error unknown route
    await evo.api.POST("/nowhere", {});
  });
});

describe("messages.list and conversations.list", () => {
  it("list is awaited as a page and iterated as messages", async () => {
    const call = evo.messages.list({ endpointIds: ["E1"], countPerPage: 50 });
    expectTypeOf(call).toEqualTypeOf<PagePromise<MessagePage, MessageInfo>>();
    expectTypeOf(await call).toEqualTypeOf<MessagePage>();
    expectTypeOf<MessagePage["items"]>().toEqualTypeOf<MessageInfo[] | undefined>();
    expectTypeOf<MessagePage["totalCount"]>().toEqualTypeOf<number | undefined>();
    for await (const message of call) expectTypeOf(message).toEqualTypeOf<MessageInfo>();
  });

  it("the query has the spec's fields, and takes a Date", () => {
    expectTypeOf<ListMessagesQuery["endpointIds"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<{ afterDate: Date }>().toExtend<ListMessagesQuery>();
    expectTypeOf<{ sortOrder: "Ascend" }>().toExtend<ListMessagesQuery>();
    // @ts-expect-error a typo is caught at compile time (and at run time)
    evo.messages.list({ endpointId: "E1" });
    // @ts-expect-error ids are a list
    evo.messages.list({ endpointIds: "E1" });
    // @ts-expect-error JSONP is not for the SDK
    evo.messages.list({ callback: "cb" });
    // @ts-expect-error a request enum is closed to the spec's values
    evo.messages.list({ sortOrder: "ascending" });
  });

  it("conversations.list resolves to ConversationInfo[]", async () => {
    expectTypeOf(evo.conversations.list({ endpointIds: ["E1"] })).toEqualTypeOf<
      APIPromise<ConversationInfo[]>
    >();
    const [first] = await evo.conversations.list();
    expectTypeOf(first?.mostRecentMessage).toEqualTypeOf<MessageInfo | undefined>();
    // @ts-expect-error ListConversations does not page
    evo.conversations.list({ page: 1 });
  });

  it("withResponse gives the data and the Response", async () => {
    expectTypeOf(await evo.messages.send({ sessionId: "S1", body: "x" }).withResponse()).toEqualTypeOf<
      WithResponse<MessageInfo>
    >();
    expectTypeOf((await evo.messages.list().withResponse()).response).toEqualTypeOf<Response>();
  });
});
