// What the built SDK does when things go wrong, found by doing it: each situation below is caused for
// real (against the mock server on loopback, or a port nothing listens on), once for a send and once for
// a read, and what happened is recorded: how many times the SDK tried, how many messages the server
// recorded, which error came out and what it carries. The errors page shows these tables, so what it
// says about retries, error classes and `mayHaveBeenDelivered` is what the code does.
import { createServer as createHttpServer, STATUS_CODES } from "node:http";
import { createServer } from "node:net";
import { EvoVoice } from "@evovoice-sdk/client";
import { startMockServer } from "@evovoice-sdk/mock-server";
import { operationsOf, readSpec } from "../spec.mjs";

const apiKey = "docs-facts-key";
// Every fault stays until the call gives up, so the tries show the whole retry policy.
const always = { times: Number.POSITIVE_INFINITY };

// Each situation: what a reader would call it, and how it is caused. `fault` goes to the mock's inject();
// `status` is answered by the mock where the spec documents that status for the operation, and by a plain
// server on loopback (ServiceStack's error shape, nothing recorded) where it does not, as the mock gives
// only documented answers;
// `closedPort` points the client at a port nothing listens on, `baseUrl` at the URL given;
// `abortAfterMs` aborts the call's signal that long after the call starts (0: before it starts); `input` replaces the send's input and the read's query.
export const situations = [
  {
    what: "invalid input (a blank body; an empty list of ids)",
    input: { send: { sessionId: "S1", body: " " }, read: { endpointIds: [] } },
  },
  { what: "the call's signal aborted before it started", abortAfterMs: 0 },
  {
    what: "the call's signal aborted while waiting for the answer",
    abortAfterMs: 100,
    fault: { delayMs: 5_000 },
  },
  { what: "connection refused", closedPort: true },
  { what: "a port `fetch` refuses to use (9)", baseUrl: "http://127.0.0.1:9" },
  { what: "302 Found (a redirect)", status: 302 },
  { what: "400 Bad Request", status: 400 },
  { what: "401 Unauthorized", status: 401 },
  { what: "403 Forbidden", status: 403 },
  { what: "404 Not Found", status: 404 },
  { what: "408 Request Timeout", status: 408 },
  { what: "409 Conflict", status: 409 },
  { what: "429 Too Many Requests", status: 429 },
  { what: "500 Internal Server Error", status: 500 },
  { what: "502 Bad Gateway", status: 502 },
  { what: "503 Service Unavailable", status: 503 },
  { what: "no answer within `timeoutMs`", fault: { delayMs: 5_000 } },
  { what: "connection dropped before the server acted", fault: { drop: "before-record" } },
  { what: "connection dropped after the message was recorded", fault: { drop: "after-record" } },
  { what: "a 200 whose body is not JSON", fault: { malformed: true } },
];

/** A port on loopback that nothing listens on: bound, then closed again. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The statuses the spec documents for the operation a send and a read call. */
function documentedStatuses() {
  const spec = readSpec();
  const statuses = (path, method) =>
    Object.keys(
      operationsOf(spec).find((entry) => entry.path === path && entry.method === method)?.operation
        .responses ?? {},
    );
  return { send: statuses("/messages", "post"), read: statuses("/messages", "get") };
}

/** A server on loopback that answers every request with `status`, a ServiceStack error body (none for a 3xx). */
async function statusServer(status) {
  const server = createHttpServer((request, response) => {
    request.resume();
    request.on("end", () => {
      if (status < 400) {
        response.writeHead(status, { location: "https://example.com/" }).end();
        return;
      }
      const errorCode = (STATUS_CODES[status] ?? "Error").replace(/\s/g, "");
      const headers = status === 429 || status === 503 ? { "retry-after": "0" } : {};
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify({ responseStatus: { errorCode, message: STATUS_CODES[status] } }));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The class chain of an error, most specific first, up to `Error`: `["RateLimitError", "ApiError", …]`. */
function classChain(error) {
  const names = [];
  for (
    let proto = Object.getPrototypeOf(error);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.hasOwn(proto, "name") || proto === Error.prototype) names.push(proto.name);
  }
  return names;
}

/** What an error is and carries; `undefined` when the call succeeded. */
function describeError(error) {
  if (error === undefined) return undefined;
  return {
    name: error.name,
    chain: classChain(error),
    message: error.message,
    fields: Object.keys(error),
    mayHaveBeenDelivered: "mayHaveBeenDelivered" in error ? error.mayHaveBeenDelivered : undefined,
  };
}

async function attempt(situation, kind, documented) {
  const server = await startMockServer({ apiKeys: [apiKey] });
  const { status } = situation;
  const byMock = status !== undefined && documented[kind].includes(String(status));
  const plain = status !== undefined && !byMock ? await statusServer(status) : undefined;
  try {
    const fault = byMock
      ? { status, ...(status === 429 || status === 503 ? { retryAfter: 0 } : {}) }
      : situation.fault;
    if (fault) server.inject({ ...always, ...fault });
    const baseUrl = situation.closedPort
      ? `http://127.0.0.1:${await closedPort()}`
      : (situation.baseUrl ?? plain?.url ?? server.url);
    let tries = 0;
    const fetch = (input, init) => {
      tries++;
      return globalThis.fetch(input, init);
    };
    const evo = new EvoVoice({ apiKey, baseUrl, fetch, timeoutMs: 250, maxRetries: 2 });
    const controller = new AbortController();
    if (situation.abortAfterMs === 0) controller.abort(new Error("the caller gave up"));
    else if (situation.abortAfterMs)
      setTimeout(() => controller.abort(new Error("the caller gave up")), situation.abortAfterMs);
    const options = situation.abortAfterMs === undefined ? {} : { signal: controller.signal };
    const call =
      kind === "send"
        ? evo.messages.send(
            situation.input?.send ?? { endpointId: "E1", toAddress: "+15556667777", body: "Hi" },
            options,
          )
        : evo.messages.list(situation.input?.read ?? { countPerPage: 1 }, options);
    const error = await call.then(
      () => undefined,
      (thrown) => thrown,
    );
    // Only the mock records messages; the plain server answers without recording anything.
    return { tries, recorded: plain ? undefined : server.messages.length, error: describeError(error) };
  } finally {
    await Promise.all([server.close(), plain?.close()]);
  }
}

/** Every situation, for a send and for a read, all at once (each has its own server). */
export async function errorFacts() {
  const documented = documentedStatuses();
  return Promise.all(
    situations.map(async (situation) => {
      const [send, read] = await Promise.all([
        attempt(situation, "send", documented),
        attempt(situation, "read", documented),
      ]);
      return { what: situation.what, send, read };
    }),
  );
}
