import { EvoVoice, RequestValidationError } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { sharedServer } from "../support/lifecycle.js";
import { MESSAGE } from "../support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, maxRetries: 0 });
const PAGE = { items: [MESSAGE], totalCount: 1, totalPages: 1, hasMorePages: false };
const query = (url: string) => new URL(url, "http://x").searchParams;

describe("messages.list, awaited: one page", () => {
  it("GET /messages with the query, resolving to the ListResponse as sent", async () => {
    server().reply({ body: PAGE });
    const page = await evo().messages.list({
      endpointIds: ["E1", "E2"],
      countPerPage: 50,
      sortOrder: "Descend",
    });
    expect(page).toEqual(PAGE);
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]).toMatchObject({
      method: "GET",
      url: "/messages?endpointIds=E1,E2&countPerPage=50&sortOrder=Descend",
    });
    // A read has no body, so no content type; it asks for JSON.
    expect(server().requests[0]?.headers["content-type"]).toBeUndefined();
    expect(server().requests[0]?.headers.accept).toBe("application/json");
  });

  it("without a query: GET /messages, and an empty answer is an empty page", async () => {
    server().reply({ body: "" });
    await expect(evo().messages.list()).resolves.toEqual({});
    expect(server().requests[0]?.url).toBe("/messages");
  });

  it("every field of ListMessages, lists comma-separated and dates as ISO 8601", async () => {
    server().reply({ body: PAGE });
    await evo().messages.list({
      accountIds: ["A1"],
      customerIds: ["C1"],
      endpointIds: ["E1"],
      conversationIds: ["V1", "V2"],
      afterDate: new Date("2026-11-01T00:00:00Z"),
      page: 2,
      all: false,
      countPerPage: 10,
      specificIds: ["M1"],
      sortField: "date",
      sortOrder: "Ascend",
      simplifiedPaging: true,
    });
    expect(Object.fromEntries(query(server().requests[0]?.url ?? ""))).toEqual({
      accountIds: "A1",
      customerIds: "C1",
      endpointIds: "E1",
      conversationIds: "V1,V2",
      afterDate: "2026-11-01T00:00:00.000Z",
      page: "2",
      all: "false",
      countPerPage: "10",
      specificIds: "M1",
      sortField: "date",
      sortOrder: "Ascend",
      simplifiedPaging: "true",
    });
  });

  it.each(["a&page=9", "x=y", "#frag", "E 1+é", "a?b", "%2C"])(
    "the value %j arrives as exactly one value of one parameter",
    async (id) => {
      server().reply({ body: PAGE });
      await evo().messages.list({ endpointIds: [id], sortField: id });
      const params = query(server().requests[0]?.url ?? "");
      expect([...params.keys()]).toEqual(["endpointIds", "sortField"]);
      expect(params.getAll("endpointIds")).toEqual([id]);
      expect(params.get("sortField")).toBe(id);
    },
  );
});

describe("messages.list refuses bad input before sending", () => {
  it.each([
    ["an id with a comma (the list separator)", { endpointIds: ["E1,E2"] }, "endpointIds"],
    ["an empty id list (it would not filter at all)", { endpointIds: [] }, "endpointIds"],
    ["a blank id", { accountIds: [" "] }, "accountIds"],
    ["a string for a list", { endpointIds: "E1" }, "endpointIds"],
    ["a negative page", { page: -1 }, "page"],
    ["a fractional count", { countPerPage: 2.5 }, "countPerPage"],
    ["a string for a flag", { all: "yes" }, "all"],
    ["an invalid date", { afterDate: new Date("nope") }, "afterDate"],
    ["a typo'd field", { endpointId: "E1" }, "endpointId"],
  ])("%s", async (_, bad, field) => {
    const error = await evo()
      .messages.list(bad as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.field)).toEqual([field]);
    expect(server().requests).toHaveLength(0);
  });

  it("and ends an iteration the same way", async () => {
    const iterate = async () => {
      for await (const _ of evo().messages.list({ page: -1 })) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(RequestValidationError);
    expect(server().requests).toHaveLength(0);
  });
});

describe("conversations.list", () => {
  it("GET /conversations, resolving to the conversations", async () => {
    const conversation = {
      id: "E1:+1555",
      endpointId: "E1",
      otherAddress: "+1555",
      mostRecentMessage: MESSAGE,
    };
    server().reply({ body: { conversations: [conversation] } });
    await expect(
      evo().conversations.list({ endpointIds: ["E1"], afterDate: "2026-11-01T00:00:00Z" }),
    ).resolves.toEqual([conversation]);
    expect(server().requests[0]).toMatchObject({
      method: "GET",
      url: "/conversations?endpointIds=E1&afterDate=2026-11-01T00%3A00%3A00Z",
    });
  });

  it("an answer without conversations is an empty list", async () => {
    server().reply({ body: {} });
    await expect(evo().conversations.list()).resolves.toEqual([]);
  });

  it("refuses a field ListConversations does not have, before sending", async () => {
    await expect(evo().conversations.list({ page: 1 } as never)).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    expect(server().requests).toHaveLength(0);
  });
});
