import { wireAnswer } from "../answer.js";
import { answerRequest } from "../answer-request.js";
import type { HttpRequest } from "../http-request.js";
import type { MockService } from "../mock-service.js";

/**
 * The mock as a function from a standard `Request` to a `Response`, for the fetch and MSW forms; `url`
 * is the request's path and query below its base URL. A dropped connection is `Response.error()`, the
 * standard network error, which MSW turns into a failed fetch.
 */
export async function answerWebRequest(
  service: MockService,
  request: Request,
  url: string,
): Promise<Response> {
  const { method } = request;
  const headers = Object.fromEntries(request.headers);
  const answer = await answerRequest(service, {
    method,
    url,
    headers,
    body: await readBody(request, service.maxBodyBytes),
  });
  if (answer === "drop") return Response.error();
  const wire = wireAnswer(answer);
  // No body at all when empty: a Response would type an empty string text/plain.
  return new Response(wire.bytes.length === 0 ? null : (wire.bytes as BodyInit), {
    status: answer.status,
    headers: wire.headers,
  });
}

async function readBody(request: Request, maxBytes: number): Promise<HttpRequest["body"]> {
  if (Number(request.headers.get("content-length")) > maxBytes) return "too-large";
  try {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.length > maxBytes ? "too-large" : bytes;
  } catch {
    return "aborted";
  }
}
