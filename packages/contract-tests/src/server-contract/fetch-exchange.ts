import type { Exchange } from "./check-response.js";

const REQUEST_TIMEOUT_MS = 15_000;

/** One request, answered: what the checks need of it, the body read as text. */
export async function fetchExchange(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | undefined },
): Promise<Exchange> {
  const response = await fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body ?? null,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return {
    method: init.method,
    url,
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

/** The JSON in a body, whether plain or wrapped in a JSONP call; undefined when there is none. */
export function jsonIn(body: string): unknown {
  const start = body.search(/[[{]/);
  const end = Math.max(body.lastIndexOf("}"), body.lastIndexOf("]"));
  if (start < 0 || end < start) return undefined;
  try {
    return JSON.parse(body.slice(start, end + 1));
  } catch {
    return undefined;
  }
}
