import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, type ErrorEnvelope, KEY, post } from "./support/http.js";
import { specErrors } from "./support/spec.js";

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [KEY, { key: "other-account", accountId: "acct-2" }, { key: "reader", roles: [] }],
    sessions: [{ id: "S1", endpointId: "E1", otherAddress: "+15550000001", customerId: "cust-s" }],
    endpoints: [
      { id: "E1", customerId: "cust-1" },
      { id: "E2", customerId: "cust-2" },
    ],
  });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

interface Page {
  items: { id: string; text?: string; endpointId: string; date: string }[];
  totalCount?: number;
  totalPages?: number;
  hasMorePages: boolean;
}

/** GET /messages; the page must validate against the spec's ListResponseOfMessageInfo. */
async function list(query = "", headers: Record<string, string> = bearer()): Promise<Page> {
  const response = await fetch(`${server.url}/messages${query}`, { headers });
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const page = await response.json();
  expect(specErrors("ListResponseOfMessageInfo", page)).toEqual([]);
  return page as Page;
}

const texts = (page: Page) => page.items.map((m) => m.text);

/** Sends `count` messages from E1 to +1555…0001..n and the given text prefix; returns their ids. */
async function sendMany(
  count: number,
  prefix = "m",
  endpointId = "E1",
  headers = bearer(),
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = { endpointId, toAddress: `+1555000000${i % 3}`, body: `${prefix}${i}` };
    ids.push((await (await post(`${server.url}/messages`, body, headers)).json()).id);
  }
  return ids;
}

describe("GET /messages lists what the server recorded", () => {
  it("an empty record is an empty first page", async () => {
    expect(await list()).toEqual({ items: [], totalCount: 0, totalPages: 0, hasMorePages: false });
  });

  it("newest first, with totals, sent and received alike, and it never sends", async () => {
    await sendMany(3);
    const reply = server.receive({ endpointId: "E1", fromAddress: "+15550000000", text: "reply" });
    const page = await list();
    expect(texts(page)).toEqual(["reply", "m2", "m1", "m0"]);
    expect(page).toMatchObject({ totalCount: 4, totalPages: 1, hasMorePages: false });
    expect(page.items[0]).toEqual(reply);
    expect(page.items[1]).toEqual(server.messages[2]?.response);
    expect(server.messages).toHaveLength(4);
  });

  it("binds query names case-insensitively, lists comma-separated and as repeated keys", async () => {
    await sendMany(2, "a", "E1");
    await sendMany(2, "b", "E2");
    expect(texts(await list("?EndpointIds=E2"))).toEqual(["b1", "b0"]);
    expect((await list("?endpointIds=E1,E2")).totalCount).toBe(4);
    expect((await list("?endpointIds=E1&endpointIds=E2")).totalCount).toBe(4);
    expect((await list("?endpointIds=E9")).totalCount).toBe(0);
    expect((await list("?endpointIds=")).totalCount).toBe(4);
  });

  it("filters by account, customer, conversation, specific ids and date", async () => {
    const [first, second] = await sendMany(2, "k");
    await sendMany(1, "other", "E2", bearer("other-account"));
    await post(`${server.url}/sessions/S1/messages`, { body: "session" });
    expect(texts(await list("?accountIds=acct-2"))).toEqual(["other0"]);
    expect(texts(await list("?customerIds=cust-s,cust-2"))).toEqual(["session", "other0"]);
    expect(texts(await list(`?conversationIds=${encodeURIComponent("E1:+15550000001")}`))).toEqual([
      "session",
      "k1",
    ]);
    expect(texts(await list(`?specificIds=${first},${second}`))).toEqual(["k1", "k0"]);
    expect(texts(await list("?endpointIds=E1&accountIds=mock-account"))).toEqual(["session", "k1", "k0"]);
    const date = server.messages[0]?.response.date as string;
    expect((await list(`?afterDate=${encodeURIComponent(date)}`)).items.every((m) => m.date > date)).toBe(
      true,
    );
    expect((await list("?afterDate=2000-01-01T00:00:00")).totalCount).toBe(4);
    expect((await list("?afterDate=2999-01-01")).totalCount).toBe(0);
  });

  it("pages with page and countPerPage, from 0 by default; all returns everything", async () => {
    await sendMany(5);
    expect(await list("?countPerPage=2")).toMatchObject({ totalCount: 5, totalPages: 3, hasMorePages: true });
    expect(texts(await list("?countPerPage=2"))).toEqual(["m4", "m3"]);
    expect(texts(await list("?countPerPage=2&page=1"))).toEqual(["m2", "m1"]);
    const last = await list("?countPerPage=2&page=2");
    expect([texts(last), last.hasMorePages]).toEqual([["m0"], false]);
    expect((await list("?countPerPage=2&page=3")).items).toEqual([]);
    expect(texts(await list("?countPerPage=2&page=-1"))).toEqual(["m4", "m3"]);
    const all = await list("?all=true&countPerPage=2&page=1");
    expect(all).toMatchObject({ totalCount: 5, totalPages: 1, hasMorePages: false });
    expect(all.items).toHaveLength(5);
  });

  it("simplifiedPaging leaves out the totals and answers items: [] past the end", async () => {
    await sendMany(3);
    expect(await list("?simplifiedPaging=true&countPerPage=2")).toEqual({
      items: expect.any(Array),
      hasMorePages: true,
    });
    expect(await list("?simplifiedPaging=TRUE&countPerPage=2&page=1")).toMatchObject({ hasMorePages: false });
    expect(await list("?simplifiedPaging=true&countPerPage=2&page=7")).toEqual({
      items: [],
      hasMorePages: false,
    });
  });

  it("sorts by a field of MessageInfo, ascending unless told otherwise; by date it is newest first", async () => {
    for (const text of ["b", "c", "a"]) await post(`${server.url}/sessions/S1/messages`, { body: text });
    expect(texts(await list("?sortField=text"))).toEqual(["a", "b", "c"]);
    expect(texts(await list("?sortField=Text&sortOrder=descend"))).toEqual(["c", "b", "a"]);
    expect(texts(await list("?sortField=date&sortOrder=Ascend"))).toEqual(["b", "c", "a"]);
    expect(texts(await list("?sortOrder=Descend"))).toEqual(["a", "c", "b"]);
  });

  it("needs authentication but no role", async () => {
    const anonymous = await fetch(`${server.url}/messages`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await list("", bearer("reader"))).items).toEqual([]);
  });
});

describe("paging options", () => {
  it("pageBase 1: a missing page or page 0 is the first page; defaultCountPerPage sizes a page", async () => {
    const custom = await startMockServer({ apiKeys: [KEY], pageBase: 1, defaultCountPerPage: 2 });
    try {
      for (let i = 0; i < 5; i++) await post(`${custom.url}/sessions/S1/messages`, { body: `p${i}` });
      const page = async (query: string) =>
        (await (await fetch(`${custom.url}/messages${query}`, { headers: bearer() })).json()) as Page;
      expect(texts(await page(""))).toEqual(["p4", "p3"]);
      expect(texts(await page("?page=0"))).toEqual(["p4", "p3"]);
      expect(texts(await page("?page=1"))).toEqual(["p4", "p3"]);
      expect(texts(await page("?page=2&countPerPage=0"))).toEqual(["p2", "p1"]);
      expect(texts(await page("?page=3"))).toEqual(["p0"]);
    } finally {
      await custom.close();
    }
  });

  it("the default page is 50 messages", async () => {
    for (let i = 0; i < 55; i++) server.receive({ endpointId: "E1", fromAddress: "+1", text: `r${i}` });
    expect(await list()).toMatchObject({ totalCount: 55, totalPages: 2, hasMorePages: true });
    expect((await list()).items).toHaveLength(50);
  });

  it("refuses options it cannot honour", async () => {
    await expect(startMockServer({ pageBase: 2 as 1 })).rejects.toThrow(RangeError);
    await expect(startMockServer({ maxMessages: 0 })).rejects.toThrow(RangeError);
    await expect(startMockServer({ defaultCountPerPage: 1.5 })).rejects.toThrow(RangeError);
  });
});

describe("400 for query values the spec refuses, in ServiceStack's shape", () => {
  async function expectBadRequest(query: string): Promise<ErrorEnvelope["responseStatus"]> {
    const response = await fetch(`${server.url}/messages${query}`, { headers: bearer() });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(specErrors("ErrorResponse", body)).toEqual([]);
    return (body as ErrorEnvelope).responseStatus;
  }

  it("page=abc, like the spec's example", async () => {
    expect(await expectBadRequest("?page=abc")).toEqual({
      errorCode: "SerializationException",
      message: "Unable to bind to request 'ListMessages'",
      errors: [
        {
          errorCode: "SerializationException",
          fieldName: "Page",
          message: "'abc' is an Invalid value for 'Page'",
        },
      ],
    });
  });

  it.each([
    ["?countPerPage=1.5", "CountPerPage"],
    ["?page=99999999999", "Page"],
    ["?all=maybe", "All"],
    ["?simplifiedPaging=1", "SimplifiedPaging"],
    ["?sortOrder=Sideways", "SortOrder"],
  ])("%s does not bind", async (query, fieldName) => {
    const status = await expectBadRequest(query);
    expect(status.errorCode).toBe("SerializationException");
    expect(status.errors?.map((e) => e.fieldName)).toEqual([fieldName]);
  });

  it.each([
    ["?sortField=colour", "SortField"],
    ["?afterDate=yesterday", "AfterDate"],
  ])("%s is not one the mock can honour", async (query, fieldName) => {
    const status = await expectBadRequest(query);
    expect(status.errorCode).toBe("ArgumentException");
    expect(status.errors?.map((e) => e.fieldName)).toEqual([fieldName]);
  });

  it("?format and ?callback as on every operation", async () => {
    const status = await expectBadRequest("?format=xml&callback=alert(1)");
    expect(status.errors?.map((e) => [e.errorCode, e.fieldName])).toEqual([
      ["Enum", "Format"],
      ["RegularExpression", "Callback"],
    ]);
  });
});
