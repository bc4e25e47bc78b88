import { type MockServer, type RecordedMessage, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, KEY, post } from "./support/http.js";
import { specErrors } from "./support/spec.js";

let server: MockServer;
const seen: RecordedMessage[] = [];
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [KEY, { key: "acct-2-key", accountId: "acct-2" }],
    sessions: [{ id: "S1", endpointId: "E1", otherAddress: "+15556667777", customerId: "cust-1" }],
    endpoints: [
      { id: "E1", customerId: "cust-1", address: "+15551112222" },
      { id: "E2", customerId: "cust-2" },
    ],
    onMessage: (message) => seen.push(message),
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  seen.length = 0;
});

interface Conversation {
  id: string;
  endpointId: string;
  otherAddress: string;
  mostRecentMessage: { id: string; text?: string; direction: string };
}

async function conversations(query = ""): Promise<Conversation[]> {
  const response = await fetch(`${server.url}/conversations${query}`, { headers: bearer() });
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(specErrors("ListConversationsResponse", body)).toEqual([]);
  return body.conversations;
}

describe("receive()", () => {
  it("records a reply as Incoming and unread, from the other party, and tells onMessage", async () => {
    await post(`${server.url}/sessions/S1/messages`, { body: "Your appointment is at 3pm." });
    const reply = server.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "Thanks!" });
    expect(specErrors("MessageInfo", reply)).toEqual([]);
    expect(reply).toMatchObject({
      accountId: "mock-account",
      customerId: "cust-1",
      endpointId: "E1",
      direction: "Incoming",
      otherAddress: "+15556667777",
      sender: "+15556667777",
      text: "Thanks!",
      isUnread: true,
    });
    expect(server.messages[1]).toEqual({
      route: "receive",
      request: { endpointId: "E1", fromAddress: "+15556667777", text: "Thanks!" },
      response: reply,
    });
    expect(seen.map((m) => m.route)).toEqual(["/sessions/{sessionId}/messages", "receive"]);
  });

  it("lands in the account of the conversation it answers, unless told otherwise", async () => {
    await post(
      `${server.url}/messages`,
      { endpointId: "E2", toAddress: "+1999", body: "hi" },
      bearer("acct-2-key"),
    );
    expect(server.receive({ endpointId: "E2", fromAddress: "+1999" }).accountId).toBe("acct-2");
    expect(server.receive({ endpointId: "E2", fromAddress: "+1888" }).accountId).toBe("mock-account");
    expect(server.receive({ endpointId: "E2", fromAddress: "+1999", accountId: "x" }).accountId).toBe("x");
  });

  it("leaves text out when there is none, as ServiceStack leaves out nulls", () => {
    expect(server.receive({ endpointId: "E1", fromAddress: "+1" })).not.toHaveProperty("text");
  });

  it("refuses an endpoint the mock does not know, and input a reply could not have", async () => {
    expect(() => server.receive({ endpointId: "E9", fromAddress: "+1" })).toThrow(RangeError);
    expect(() => server.receive({ endpointId: "", fromAddress: "+1" })).toThrow(TypeError);
    expect(() => server.receive({ endpointId: "E1", fromAddress: 5 as unknown as string })).toThrow(
      TypeError,
    );
    expect(server.messages).toHaveLength(0);
    // Unconfigured endpoints: any ID is known, as for sends.
    const open = await startMockServer();
    try {
      expect(open.receive({ endpointId: "anything", fromAddress: "+1" }).endpointDisplayName).toBe(
        "Mock endpoint",
      );
    } finally {
      await open.close();
    }
  });
});

describe("GET /conversations", () => {
  it("one per endpoint and other party, with its most recent message, most recent first", async () => {
    await post(`${server.url}/sessions/S1/messages`, { body: "first" });
    await post(`${server.url}/messages`, { endpointId: "E2", toAddress: "+1999", body: "other" });
    await post(`${server.url}/messages`, { endpointId: "E1", toAddress: "+15556667777", body: "second" });
    const reply = server.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "reply" });
    const list = await conversations();
    expect(list.map((c) => [c.id, c.endpointId, c.otherAddress, c.mostRecentMessage.text])).toEqual([
      ["E1:+15556667777", "E1", "+15556667777", "reply"],
      ["E2:+1999", "E2", "+1999", "other"],
    ]);
    expect(list[0]?.mostRecentMessage).toEqual(reply);
    // The conversation's ID filters its messages.
    const messages = await (
      await fetch(`${server.url}/messages?conversationIds=E1:%2B15556667777`, { headers: bearer() })
    ).json();
    expect(messages.items.map((m: { text: string }) => m.text)).toEqual(["reply", "second", "first"]);
  });

  it("filters by endpoint, account, customer and date", async () => {
    await post(`${server.url}/messages`, { endpointId: "E1", toAddress: "+1111", body: "a" });
    await post(
      `${server.url}/messages`,
      { endpointId: "E2", toAddress: "+2222", body: "b" },
      bearer("acct-2-key"),
    );
    expect((await conversations("?endpointIds=E2")).map((c) => c.id)).toEqual(["E2:+2222"]);
    expect((await conversations("?accountIds=mock-account")).map((c) => c.id)).toEqual(["E1:+1111"]);
    expect((await conversations("?customerIds=cust-1,cust-2")).map((c) => c.id)).toEqual([
      "E2:+2222",
      "E1:+1111",
    ]);
    expect(await conversations("?afterDate=2999-01-01T00:00:00Z")).toEqual([]);
    expect(await conversations("?endpointIds=E9")).toEqual([]);
  });

  it("is empty on an empty record, needs authentication, and answers 405 to other verbs", async () => {
    expect(await conversations()).toEqual([]);
    expect((await fetch(`${server.url}/conversations`)).status).toBe(401);
    const posted = await post(`${server.url}/conversations`, {});
    expect(posted.status).toBe(405);
    expect(posted.headers.get("allow")).toBe("GET, OPTIONS");
    const bad = await fetch(`${server.url}/conversations?afterDate=soon`, { headers: bearer() });
    expect(bad.status).toBe(400);
  });
});
