import type { IncomingMessageInput, MockOptions } from "@evovoice-sdk/mock-server";
import { describe, expect, it } from "vitest";
import { type Form, fetchForm, httpForm, mswForm, normalize } from "./support/forms.js";
import { basic, bearer, KEY } from "./support/http.js";

// One table of requests, played in order against each form: every answer must have the same status,
// headers that matter and body (IDs and dates aside), and the records must end up the same.
const OPTIONS: MockOptions = {
  apiKeys: [KEY, { key: "no-role", roles: [] }],
  sessions: [{ id: "S1", endpointId: "E1", otherAddress: "+15556667777" }],
  endpoints: ["E1", "E2"],
  maxBodyBytes: 2048,
};
const JSON_BODY = { ...bearer(), "content-type": "application/json" };

type Step =
  | { name: string; method?: string; path: string; headers?: Record<string, string>; body?: unknown }
  | { name: string; receive: IncomingMessageInput };

const STEPS: Step[] = [
  // Valid sends on both routes, the All Verbs route, and a reply.
  { name: "send into a session", method: "POST", path: "/sessions/S1/messages", body: { body: "Hello" } },
  {
    name: "send from an endpoint",
    method: "POST",
    path: "/messages",
    body: { endpointId: "E1", toAddress: "+15556667777", body: "Hi" },
  },
  {
    name: "send to a session on /messages",
    method: "POST",
    path: "/messages",
    body: { sessionId: "S1", body: "x" },
  },
  {
    name: "send text that is not ASCII",
    method: "POST",
    path: "/sessions/S1/messages",
    body: { body: "Grüße ☕ 👋" },
  },
  {
    name: "send with DELETE from the query",
    method: "DELETE",
    path: "/messages?sessionId=S1&body=via%20delete",
  },
  { name: "a reply comes in", receive: { endpointId: "E1", fromAddress: "+15556667777", text: "Thanks" } },
  {
    name: "send from E2",
    method: "POST",
    path: "/messages",
    body: { endpointId: "E2", toAddress: "+15550001111", body: "E2" },
  },
  // Each kind of invalid input.
  { name: "no address", method: "POST", path: "/messages", body: { endpointId: "E1" } },
  {
    name: "wrong types",
    method: "POST",
    path: "/messages",
    body: { sessionId: "S1", body: 5, toAddress: [] },
  },
  { name: "not JSON", method: "POST", path: "/sessions/S1/messages", body: "{body:" },
  { name: "a JSON array", method: "POST", path: "/sessions/S1/messages", body: "[]" },
  { name: "no body on POST", method: "POST", path: "/sessions/S1/messages", body: "" },
  {
    name: "text/plain",
    method: "POST",
    path: "/messages",
    headers: { ...bearer(), "content-type": "text/plain" },
    body: "x",
  },
  {
    name: "another charset",
    method: "POST",
    path: "/messages",
    headers: { ...bearer(), "content-type": "application/json; charset=latin1" },
    body: "{}",
  },
  { name: "too large", method: "POST", path: "/sessions/S1/messages", body: { body: "a".repeat(4096) } },
  {
    name: "bad format and callback",
    method: "POST",
    path: "/sessions/S1/messages?format=xml&callback=alert(1)",
    body: { body: "x" },
  },
  { name: "bad percent-encoding", method: "POST", path: "/sessions/%E0%A4%A/messages", body: {} },
  // Credentials and lookups.
  {
    name: "no credentials",
    method: "POST",
    path: "/sessions/S1/messages",
    headers: { "content-type": "application/json" },
    body: {},
  },
  {
    name: "unknown key",
    method: "POST",
    path: "/sessions/S1/messages",
    headers: { ...JSON_BODY, ...bearer("nope") },
    body: {},
  },
  {
    name: "Basic not base64",
    method: "POST",
    path: "/messages",
    headers: { authorization: "Basic !!!" },
    body: {},
  },
  {
    name: "key as Basic user",
    method: "POST",
    path: "/sessions/S1/messages",
    headers: { ...basic(KEY), "content-type": "application/json" },
    body: { body: "b" },
  },
  {
    name: "no role sends",
    method: "POST",
    path: "/sessions/S1/messages",
    headers: { ...JSON_BODY, ...bearer("no-role") },
    body: {},
  },
  { name: "no role lists", path: "/messages?countPerPage=1", headers: bearer("no-role") },
  { name: "no credentials list", path: "/conversations" },
  { name: "unknown session", method: "POST", path: "/sessions/S9/messages", body: { body: "x" } },
  {
    name: "unknown endpoint",
    method: "POST",
    path: "/messages",
    body: { endpointId: "E9", toAddress: "+1" },
  },
  // Listing, filters and paging, conversations.
  { name: "list", path: "/messages" },
  { name: "list E1, page 1 of 2", path: "/messages?endpointIds=E1,E2&countPerPage=2&page=1" },
  { name: "list by conversation", path: "/messages?conversationIds=E1:%2B15556667777&sortField=text" },
  { name: "list simplified past the end", path: "/messages?simplifiedPaging=true&countPerPage=3&page=9" },
  { name: "list all", path: "/messages?all=true&countPerPage=1&accountIds=mock-account" },
  { name: "page=abc", path: "/messages?page=abc" },
  { name: "sortOrder=Sideways", path: "/messages?sortOrder=Sideways" },
  { name: "sortField=colour", path: "/messages?sortField=colour" },
  { name: "afterDate=soon", path: "/messages?afterDate=soon" },
  { name: "conversations", path: "/conversations" },
  { name: "conversations of E2", path: "/conversations?endpointIds=E2" },
  // Formats and JSONP.
  { name: ".json on a list", path: "/messages.json?countPerPage=1" },
  { name: "?format=json", path: "/conversations?format=json" },
  { name: "Accept", path: "/messages?countPerPage=1", headers: { ...bearer(), accept: "application/json" } },
  { name: "JSONP list", path: "/messages?countPerPage=1&callback=app.onPage" },
  { name: "JSONP conversations", path: "/conversations?callback=cb" },
  {
    name: "JSONP send",
    method: "POST",
    path: "/sessions/S1/messages.json?callback=cb",
    body: { body: "jsonp" },
  },
  {
    name: "JSONP error stays JSON",
    method: "POST",
    path: "/sessions/S9/messages?callback=cb",
    body: { body: "x" },
  },
  // Verbs, unknown paths, preflights.
  { name: "GET on the session route", path: "/sessions/S1/messages" },
  { name: "PUT on conversations", method: "PUT", path: "/conversations", body: {} },
  { name: "preflight", method: "OPTIONS", path: "/messages", headers: {} },
  { name: "unknown path", method: "POST", path: "/nope", body: {} },
  { name: "unknown path under sessions", path: "/sessions/S1/other" },
  // ServiceStack's predefined routes.
  {
    name: "predefined send",
    method: "POST",
    path: "/json/reply/SendMessage",
    body: { sessionId: "S1", body: "p" },
  },
  { name: "predefined list", path: "/api/ListMessages?endpointIds=E1&countPerPage=2" },
  {
    name: "predefined list posted",
    method: "POST",
    path: "/api/ListMessages",
    body: { countPerPage: 1, endpointIds: ["E2"] },
  },
  { name: "predefined conversations", path: "/json/reply/ListConversations" },
  { name: "predefined unknown", path: "/api/DeleteMessage" },
];

const COMPARED_HEADERS = [
  "content-type",
  "content-length",
  "allow",
  "www-authenticate",
  "access-control-allow-origin",
];

async function play(form: Form): Promise<{ answers: Record<string, unknown>[]; records: string }> {
  const answers: Record<string, unknown>[] = [];
  try {
    for (const step of STEPS) {
      if ("receive" in step) {
        answers.push({
          step: step.name,
          received: normalize(JSON.stringify(form.mock.receive(step.receive))),
        });
        continue;
      }
      const body =
        step.body === undefined
          ? undefined
          : typeof step.body === "string"
            ? step.body
            : JSON.stringify(step.body);
      const headers = step.headers ?? (body === undefined ? bearer() : JSON_BODY);
      const response = await form.fetch(step.path, {
        method: step.method ?? "GET",
        headers,
        ...(body !== undefined && { body }),
      });
      const seenHeaders = Object.fromEntries(
        COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]),
      );
      answers.push({
        step: step.name,
        status: response.status,
        headers: seenHeaders,
        body: normalize(await response.text()),
      });
    }
    return { answers, records: normalize(JSON.stringify(form.mock.messages)) };
  } finally {
    await form.close();
  }
}

describe("the HTTP server, createMockFetch (given a URL or a Request) and the MSW handlers answer alike", () => {
  it("request by request, and record the same messages", async () => {
    // One form at a time: MSW patches this process's fetch while it listens.
    const http = await play(await httpForm(OPTIONS));
    const fetched = await play(fetchForm(OPTIONS));
    const fetchedRequests = await play(fetchForm(OPTIONS, true));
    const msw = await play(mswForm(OPTIONS));
    expect(fetched.answers).toEqual(http.answers);
    expect(fetchedRequests.answers).toEqual(http.answers);
    expect(msw.answers).toEqual(http.answers);
    expect(fetched.records).toEqual(http.records);
    expect(fetchedRequests.records).toEqual(http.records);
    expect(msw.records).toEqual(http.records);
    // The table covers what it says: every status the operations answer with, and a sizeable record.
    const statuses = new Set(http.answers.flatMap((answer) => answer.status ?? []));
    expect([...statuses].sort()).toEqual([200, 400, 401, 403, 404, 405]);
    expect(JSON.parse(http.records)).toHaveLength(10);
  });
});
