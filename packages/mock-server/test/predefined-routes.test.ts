import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { type IReturn, JsonServiceClient } from "@servicestack/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, KEY, post } from "./support/http.js";

// Request DTOs as ServiceStack's generated TypeScript writes them (`/types/typescript`), cut down to
// what the tests send: the client names the predefined route after getTypeName().
class MessageInfo {
  id?: string;
  direction?: string;
  text?: string;
}
class ListResponse<T> {
  items?: T[];
  totalCount?: number;
  totalPages?: number;
  hasMorePages?: boolean;
}
class ListConversationsResponse {
  conversations?: { id?: string; mostRecentMessage?: MessageInfo }[];
}
class SendMessage implements IReturn<MessageInfo> {
  sessionId?: string;
  endpointId?: string;
  toAddress?: string;
  body?: string;
  constructor(init?: Partial<SendMessage>) {
    Object.assign(this, init);
  }
  getTypeName() {
    return "SendMessage";
  }
  getMethod() {
    return "POST";
  }
  createResponse() {
    return new MessageInfo();
  }
}
class ListMessages implements IReturn<ListResponse<MessageInfo>> {
  endpointIds?: string[];
  countPerPage?: number;
  simplifiedPaging?: boolean;
  constructor(init?: Partial<ListMessages>) {
    Object.assign(this, init);
  }
  getTypeName() {
    return "ListMessages";
  }
  getMethod() {
    return "GET";
  }
  createResponse() {
    return new ListResponse<MessageInfo>();
  }
}
class ListConversations implements IReturn<ListConversationsResponse> {
  endpointIds?: string[];
  constructor(init?: Partial<ListConversations>) {
    Object.assign(this, init);
  }
  getTypeName() {
    return "ListConversations";
  }
  getMethod() {
    return "GET";
  }
  createResponse() {
    return new ListConversationsResponse();
  }
}

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], sessions: ["S1"], endpoints: ["E1", "E2"] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** The client's default base path is /api; useBasePath() with none makes it /json/reply. */
function client(basePath: "api" | "json/reply" = "api"): JsonServiceClient {
  const made = new JsonServiceClient(server.url);
  if (basePath === "json/reply") made.useBasePath();
  made.bearerToken = KEY;
  return made;
}

describe("ServiceStack's predefined routes, through @servicestack/client's JsonServiceClient", () => {
  it.each(["api", "json/reply"] as const)(
    "sends, lists and reads conversations on /%s/{Operation}",
    async (basePath) => {
      const evo = client(basePath);
      const sent = await evo.post(
        new SendMessage({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" }),
      );
      expect(sent).toMatchObject({ direction: "Outgoing", text: "Hi" });
      await evo.post(new SendMessage({ sessionId: "S1", body: "into a session" }));
      const route = `/${basePath}/SendMessage`;
      expect(server.messages.map((m) => [m.route, m.method, m.request.body])).toEqual([
        [route, "POST", "Hi"],
        [route, "POST", "into a session"],
      ]);

      server.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "Thanks" });
      const page = await evo.get(new ListMessages({ endpointIds: ["E1", "E2"], countPerPage: 1 }));
      expect(page).toMatchObject({
        totalCount: 2,
        totalPages: 2,
        hasMorePages: true,
        items: [{ text: "Thanks" }],
      });
      const simplified = await evo.get(new ListMessages({ simplifiedPaging: true }));
      expect(simplified).not.toHaveProperty("totalCount");
      const conversations = await evo.get(new ListConversations({ endpointIds: ["E1"] }));
      expect(conversations.conversations?.map((c) => [c.id, c.mostRecentMessage?.text])).toEqual([
        ["E1:+15556667777", "Thanks"],
      ]);
      expect(server.messages).toHaveLength(3);
    },
  );

  it("posting a list request DTO as JSON lists too; its fields bind like the query's", async () => {
    await client().post(new SendMessage({ sessionId: "S1", body: "one" }));
    const page = await client().post(new ListMessages({ countPerPage: 5 }) as unknown as SendMessage);
    expect(page).toMatchObject({ totalCount: 1, items: [{ text: "one" }] });
    expect(server.messages).toHaveLength(1);
  });

  it("errors arrive as ServiceStack's: the client throws the responseStatus", async () => {
    const anonymous = new JsonServiceClient(server.url);
    await expect(anonymous.post(new SendMessage({ sessionId: "S1" }))).rejects.toMatchObject({
      responseStatus: { errorCode: "Unauthorized" },
    });
    await expect(client().post(new SendMessage({ body: "nowhere" }))).rejects.toMatchObject({
      responseStatus: {
        errorCode: "ArgumentException",
        message: "Specify either SessionId or EndpointId+ToAddress",
      },
    });
    expect(server.messages).toHaveLength(0);
  });
});

describe("the predefined routes by hand", () => {
  it("match the operation name case-insensitively, take any verb, and 404 an unknown operation", async () => {
    expect((await post(`${server.url}/API/sendmessage`, { sessionId: "S1", body: "x" })).status).toBe(200);
    const put = await fetch(`${server.url}/json/reply/SendMessage?sessionId=S1&body=put`, {
      method: "PUT",
      headers: bearer(),
    });
    expect(put.status).toBe(200);
    expect((await fetch(`${server.url}/api/ListConversations`, { headers: bearer() })).status).toBe(200);
    const unknown = await fetch(`${server.url}/api/DeleteMessage`, { headers: bearer() });
    expect(unknown.status).toBe(404);
    expect(server.messages.map((m) => m.route)).toEqual(["/api/SendMessage", "/json/reply/SendMessage"]);
  });

  it("a GET on /json/reply/SendMessage sends, as on any predefined route (only /messages is split by verb)", async () => {
    const response = await fetch(`${server.url}/json/reply/SendMessage?sessionId=S1&body=get`, {
      headers: bearer(),
    });
    expect(response.status).toBe(200);
    expect(server.messages.map((m) => [m.method, m.request.body])).toEqual([["GET", "get"]]);
  });
});
