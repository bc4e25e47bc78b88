// One bounded autocannon run, and the check that a target answers the request with 200 first.
import autocannon from "autocannon";

export const CONNECTIONS = 10;

/** Sends the request once; throws unless the answer is a 200 with a MessageInfo (or a page of them) in it. */
export async function checkAnswers200(url, request) {
  const response = await fetch(url + request.path, {
    method: request.method ?? "POST",
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"direction"')) {
    throw new Error(`${url}${request.path} answered ${response.status}, not 200: ${text.slice(0, 300)}`);
  }
}

/**
 * Sends the request made invalid (a number as the message body, or a word as the page number); throws
 * unless the target refuses it with 400.
 */
export async function checkValidates(url, request) {
  const reads = request.method === "GET";
  const path = reads ? `${request.path}&page=abc` : request.path;
  const response = await fetch(url + path, {
    method: request.method ?? "POST",
    headers: request.headers,
    body: reads ? undefined : JSON.stringify({ ...JSON.parse(request.body), body: 42 }),
  });
  await response.arrayBuffer();
  if (response.status !== 400)
    throw new Error(`${url}${path} accepted an invalid request (${response.status})`);
}

/** `durationSeconds` of load from CONNECTIONS keep-alive connections, one request in flight on each. */
export async function load(url, request, durationSeconds) {
  const result = await autocannon({
    url: url + request.path,
    connections: CONNECTIONS,
    duration: durationSeconds,
    method: request.method ?? "POST",
    headers: request.headers,
    body: request.body,
  });
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p99Ms: result.latency.p99,
  };
}
