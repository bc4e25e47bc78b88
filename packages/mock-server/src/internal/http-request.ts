/**
 * An HTTP request as the mock reads it, whichever form received it (node:http's request, or a
 * standard `Request`), its body already read.
 */
export interface HttpRequest {
  /** Upper case, as sent. */
  method: string;
  /** The path and query string below the base URL, as sent: `/messages?page=1`. */
  url: string;
  /** By lower-case name. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** `"too-large"`: past `maxBodyBytes`; `"aborted"`: the client went away while sending it. */
  body: Uint8Array | "too-large" | "aborted";
}

/** One header's value; the first, when it came more than once. */
export function header(request: Pick<HttpRequest, "headers">, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
