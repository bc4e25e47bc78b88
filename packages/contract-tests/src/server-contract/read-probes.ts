import { JSON_HEADERS, type Probe } from "./probe.js";
import type { ReadTarget } from "./server-target.js";

/**
 * What a person new to the API tries to send a text with (issue 12): a GET with the send's fields in
 * the query. On the real host GET /messages is ListMessages, so this must list, and record nothing.
 */
export function sendLikeQuery(target: ReadTarget, marker: string): string {
  const query = new URLSearchParams({
    endpointId: target.endpointId ?? "contract-check-endpoint",
    toAddress: "contract-check-not-an-address",
    body: marker,
  });
  return `/messages?${query}`;
}

/** The read-only probes: lists and conversations in each format and auth kind, and the refusals. Nothing is sent. */
export function readProbesFor(target: ReadTarget, runId: string): Probe[] {
  const bearer = { accept: JSON_HEADERS.accept, authorization: `Bearer ${target.apiKey}` };
  const basic = { accept: JSON_HEADERS.accept, authorization: `Basic ${btoa(`${target.apiKey}:`)}` };
  const filter = target.endpointId ? `endpointIds=${encodeURIComponent(target.endpointId)}` : undefined;
  const read = (name: string, path: string, headers = bearer): Probe => ({
    name,
    method: "GET",
    path,
    headers,
    expectStatus: 200,
    meaning: "the route is missing or does not list",
  });
  const refused = (
    name: string,
    path: string,
    headers: Record<string, string>,
    status: number,
    meaning: string,
  ) => ({
    name,
    method: "GET",
    path,
    headers,
    expectStatus: status,
    meaning,
  });
  return [
    read("list messages (Bearer)", "/messages"),
    read("list messages (Basic, API key as user name)", "/messages", basic),
    read("list messages ?format=json", "/messages?format=json"),
    read("list messages .json suffix", "/messages.json"),
    read("list messages ?callback= (JSONP)", "/messages?callback=evoCallback"),
    read("list messages, sorted, one per page", "/messages?countPerPage=1&sortOrder=Ascend"),
    read("list messages, simplified paging", "/messages?countPerPage=1&simplifiedPaging=true"),
    ...(filter ? [read("list the endpoint's messages", `/messages?${filter}`)] : []),
    read(
      "GET /messages with a send's fields lists, and sends nothing",
      sendLikeQuery(target, `contract check ${runId}: a GET must not send`),
    ),
    refused(
      "list messages, page not a number",
      "/messages?page=first",
      bearer,
      400,
      "query values are not validated as the spec says",
    ),
    refused(
      "list messages without credentials",
      "/messages",
      { accept: JSON_HEADERS.accept },
      401,
      "credentials are not enforced",
    ),
    refused(
      "list messages with an unknown API key",
      "/messages",
      { ...bearer, authorization: `Bearer not-a-key-${runId}` },
      401,
      "credentials are not enforced",
    ),
    read("list conversations (Bearer)", "/conversations"),
    read("list conversations ?callback= (JSONP)", "/conversations?callback=evoCallback"),
    read("list conversations .json suffix", "/conversations.json"),
    ...(filter ? [read("list the endpoint's conversations", `/conversations?${filter}`)] : []),
    refused(
      "list conversations without credentials",
      "/conversations",
      { accept: JSON_HEADERS.accept },
      401,
      "credentials are not enforced",
    ),
  ];
}
