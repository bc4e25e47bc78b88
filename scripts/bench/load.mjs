// One bounded autocannon run, and the check that a target answers the request with 200 first.
import autocannon from "autocannon";

export const CONNECTIONS = 10;

/** Sends the request once; throws unless the answer is a 200 with a MessageInfo in it. */
export async function checkAnswers200(url, request) {
  const response = await fetch(url + request.path, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"direction"')) {
    throw new Error(`${url}${request.path} answered ${response.status}, not 200: ${text.slice(0, 300)}`);
  }
}

/** Sends the request with a number as the message body; throws unless the target refuses it with 400. */
export async function checkValidates(url, request) {
  const invalid = JSON.stringify({ ...JSON.parse(request.body), body: 42 });
  const response = await fetch(url + request.path, {
    method: "POST",
    headers: request.headers,
    body: invalid,
  });
  await response.arrayBuffer();
  if (response.status !== 400)
    throw new Error(`${url}${request.path} accepted an invalid body (${response.status})`);
}

/** `durationSeconds` of load from CONNECTIONS keep-alive connections, one request in flight on each. */
export async function load(url, request, durationSeconds) {
  const result = await autocannon({
    url: url + request.path,
    connections: CONNECTIONS,
    duration: durationSeconds,
    method: "POST",
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
