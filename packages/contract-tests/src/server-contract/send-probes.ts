import { JSON_HEADERS, type Probe } from "./probe.js";
import type { SendTarget } from "./server-target.js";

const json = JSON_HEADERS;

/**
 * The send probes, in order. Six of them send a real message: into `sessionId`, or from
 * `endpointId` to `toAddress`, and nowhere else. The rest are refused by design.
 */
export function sendProbesFor(target: SendTarget, runId: string): Probe[] {
  const bearer = { ...json, authorization: `Bearer ${target.apiKey}` };
  const session = `/sessions/${encodeURIComponent(target.sessionId)}/messages`;
  const text = (what: string) => `Evo Voice SDK contract check ${runId}: ${what}`;
  const send = (
    name: string,
    path: string,
    headers: Record<string, string>,
    message: object,
    sentText: string,
  ) => ({
    name,
    method: "POST",
    path,
    headers,
    body: JSON.stringify({ ...message, body: sentText }),
    expectStatus: 200,
    meaning: "the route is missing or does not accept a valid message",
    sentText,
  });
  const basic = `Basic ${btoa(`${target.apiKey}:`)}`;
  return [
    send("send into a session (Bearer)", session, bearer, {}, text("session, bearer")),
    send(
      "send from an endpoint to an address (Bearer)",
      "/messages",
      bearer,
      { endpointId: target.endpointId, toAddress: target.toAddress },
      text("endpoint, bearer"),
    ),
    send(
      "send into a session (Basic, API key as user name)",
      session,
      { ...json, authorization: basic },
      {},
      text("basic"),
    ),
    send("?format=json", `${session}?format=json`, bearer, {}, text("format=json")),
    send(".json suffix", `${session}.json`, bearer, {}, text(".json suffix")),
    send("?callback= (JSONP)", `${session}?callback=evoCallback`, bearer, {}, text("jsonp")),
    {
      name: "no credentials",
      method: "POST",
      path: session,
      headers: json,
      body: JSON.stringify({ body: text("no credentials: must be refused") }),
      expectStatus: 401,
      meaning: "credentials are not enforced",
    },
    {
      name: "an API key the server does not know",
      method: "POST",
      path: session,
      headers: { ...json, authorization: `Bearer not-a-key-${runId}` },
      body: JSON.stringify({ body: text("bad key: must be refused") }),
      expectStatus: 401,
      meaning: "credentials are not enforced",
    },
    {
      name: "no address on /messages",
      method: "POST",
      path: "/messages",
      headers: bearer,
      body: JSON.stringify({ body: text("no address: must be refused") }),
      expectStatus: 400,
      meaning: "the addressing rule is not enforced as the spec says",
    },
    {
      name: "a session that does not exist",
      method: "POST",
      path: `/sessions/contract-check-missing-${runId}/messages`,
      headers: bearer,
      body: JSON.stringify({ body: text("unknown session: must be refused") }),
      expectStatus: 404,
      meaning: "unknown sessions are not answered with 404",
    },
  ];
}
