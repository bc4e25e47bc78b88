// The HTTP clients the benchmarks compare, each making the same call the way its users would write it:
// sending one message (POST), or reading one page of messages (GET /messages). They all call the global
// `fetch`, so a benchmark that replaces it (the overhead stub) or leaves it alone (loopback) treats every
// client the same. Each call resolves with the parsed answer and rejects on a non-2xx answer.
import { EvoVoice } from "@evovoice-sdk/client";
import { JsonServiceClient } from "@servicestack/client";
import axios from "axios";
import ky from "ky";
import createClient from "openapi-fetch";

export const API_KEY = "bench-key";
const SESSION_ID = "5f8a1c2e9b1d4e6fa3c27d10";
const TEXT = "Hello from Evo Voice";

/**
 * The baseline: the fetch call a careful user writes by hand, with a 30 s timeout that is cleared when
 * the call ends, and a status check.
 */
function handWrittenFetch(baseUrl) {
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const response = await fetch(`${baseUrl}/sessions/${encodeURIComponent(SESSION_ID)}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ body: TEXT }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * The same call as written with `AbortSignal.timeout` (shorter, but its timer cannot be cleared), or
 * with no timeout at all: the floor, what fetch (or the stub) costs by itself.
 */
function handWrittenFetchWith(timeout) {
  return (baseUrl) => async () => {
    const response = await fetch(`${baseUrl}/sessions/${encodeURIComponent(SESSION_ID)}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ body: TEXT }),
      signal: timeout ? AbortSignal.timeout(30_000) : undefined,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
}

/** This SDK, with its defaults: 30 s timeout, 2 retries, typed errors, input checks, logging off. */
function evoVoice(baseUrl) {
  const evo = new EvoVoice({ apiKey: API_KEY, baseUrl });
  return () => evo.messages.send({ sessionId: SESSION_ID, body: TEXT });
}

/** The same, logging at debug level to a logger that drops the lines: what building them costs. */
function evoVoiceDebugLog(baseUrl) {
  const drop = () => {};
  const logger = { debug: drop, info: drop, warn: drop, error: drop };
  const evo = new EvoVoice({ apiKey: API_KEY, baseUrl, logLevel: "debug", logger });
  return () => evo.messages.send({ sessionId: SESSION_ID, body: TEXT });
}

const ENDPOINT_ID = "63b0f1d2a4c84e19b7d5e2a1";

/** The list baseline: GET one page of an endpoint's messages by hand, with the same cleared timeout. */
function handWrittenList(baseUrl) {
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const response = await fetch(
        `${baseUrl}/messages?endpointIds=${encodeURIComponent(ENDPOINT_ID)}&countPerPage=50`,
        {
          headers: { authorization: `Bearer ${API_KEY}`, accept: "application/json" },
          signal: controller.signal,
        },
      );
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  };
}

/** One page through the SDK: query checks, the same core as a send (reads retried more freely). */
function evoVoiceList(baseUrl) {
  const evo = new EvoVoice({ apiKey: API_KEY, baseUrl });
  return () => evo.messages.list({ endpointIds: [ENDPOINT_ID], countPerPage: 50 });
}

/** openapi-fetch alone, as the SDK's `evo.api` uses it, but with none of the SDK's policy. */
function bareOpenapiFetch(baseUrl) {
  const client = createClient({ baseUrl, headers: { authorization: `Bearer ${API_KEY}` } });
  return async () => {
    const { data, error, response } = await client.POST("/sessions/{sessionId}/messages", {
      params: { path: { sessionId: SESSION_ID } },
      body: { body: TEXT },
    });
    if (error !== undefined || !response.ok) throw new Error(`HTTP ${response.status}`);
    return data;
  };
}

/**
 * The vendor's own way: ServiceStack's JsonServiceClient with the request DTO that "Add ServiceStack
 * Reference" generates (here in plain JS). It posts to ServiceStack's predefined route, /api/SendMessage.
 */
class SendMessage {
  constructor(init) {
    Object.assign(this, init);
  }
  getTypeName() {
    return "SendMessage";
  }
  getMethod() {
    return "POST";
  }
  createResponse() {
    return {};
  }
}

function serviceStack(baseUrl) {
  const client = new JsonServiceClient(baseUrl);
  client.bearerToken = API_KEY;
  return () => client.post(new SendMessage({ sessionId: SESSION_ID, body: TEXT }));
}

/** axios on its fetch adapter, with the same 30 s timeout. */
function axiosFetch(baseUrl) {
  const client = axios.create({
    adapter: "fetch",
    baseURL: baseUrl,
    timeout: 30_000,
    headers: { authorization: `Bearer ${API_KEY}` },
  });
  return async () =>
    (await client.post(`/sessions/${encodeURIComponent(SESSION_ID)}/messages`, { body: TEXT })).data;
}

/** ky, with the same 30 s timeout; its default retry (2, on idempotent methods only) stays on. */
function kyClient(baseUrl) {
  const client = ky.create({
    prefixUrl: baseUrl,
    timeout: 30_000,
    headers: { authorization: `Bearer ${API_KEY}` },
  });
  return () =>
    client.post(`sessions/${encodeURIComponent(SESSION_ID)}/messages`, { json: { body: TEXT } }).json();
}

/**
 * Name → factory and operation. Each operation's first client is the baseline its ratios are taken
 * against; the overhead and throughput sections run every client.
 */
export const CLIENTS = [
  ["fetch by hand (30 s timeout, cleared)", handWrittenFetch, "send"],
  ["evo.messages.send", evoVoice, "send"],
  ["evo.messages.send, debug logging on", evoVoiceDebugLog, "send"],
  ["openapi-fetch (bare)", bareOpenapiFetch, "send"],
  ["ServiceStack JsonServiceClient", serviceStack, "send"],
  ["axios (fetch adapter)", axiosFetch, "send"],
  ["ky", kyClient, "send"],
  ["fetch by hand (AbortSignal.timeout)", handWrittenFetchWith(true), "send"],
  ["fetch by hand, no timeout (the floor)", handWrittenFetchWith(false), "send"],
  ["GET /messages by hand (30 s timeout, cleared)", handWrittenList, "list"],
  ["evo.messages.list (one page)", evoVoiceList, "list"],
];
export const BASELINE = CLIENTS[0][0];
/** The baseline of each operation: the first client of it. */
export const BASELINES = Object.fromEntries(
  ["send", "list"].map((operation) => [operation, CLIENTS.find((c) => c[2] === operation)[0]]),
);
/** What each client does: "send" or "list". */
export const OPERATION = Object.fromEntries(CLIENTS.map(([name, , operation]) => [name, operation]));

/** The factory of the client named `name`, for a worker given that name on its command line. */
export function clientNamed(name) {
  const entry = CLIENTS.find(([known]) => known === name);
  if (!entry)
    throw new Error(`no client named ${name}; known: ${CLIENTS.map(([known]) => known).join(", ")}`);
  return entry[1];
}
