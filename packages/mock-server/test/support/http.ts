import { request as httpRequest } from "node:http";
import { connect } from "node:net";

export const KEY = "test-key";
export const bearer = (key = KEY) => ({ authorization: `Bearer ${key}` });
export const basic = (user: string, password = "") => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`,
});
export const JSON_HEADERS = { "content-type": "application/json", accept: "application/json" };

/** A JSON POST with fetch; `body` is serialized unless it is already a string. */
export function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = bearer(),
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request through node:http, for what fetch will not send: arbitrary bytes, lying or missing
 * Content-Length, chunked uploads. `chunks` are written one by one.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: (Buffer | string)[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: options.method ?? "POST",
      headers: options.headers,
      agent: false,
    });
    req.on("response", (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(parts).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

/** Writes raw bytes to the server's socket and returns everything it sends back before closing. */
export function rawSocket(url: string, bytes: string | Buffer, timeoutMs = 5000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const parts: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error("no answer before the timeout")));
    socket.on("data", (chunk) => parts.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(parts).toString("utf8")));
  });
}

/** ServiceStack's error envelope, as tests read it. */
export interface ErrorEnvelope {
  responseStatus: {
    errorCode: string;
    message: string;
    errors?: { errorCode: string; fieldName: string; message: string }[];
  };
}
