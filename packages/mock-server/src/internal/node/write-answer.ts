import type { IncomingMessage, ServerResponse } from "node:http";
import { type Answer, wireAnswer } from "../answer.js";

/**
 * Writes an answer; `"drop"` resets the connection instead. `close`: the rest of the request will
 * not be read, so the connection must not be kept.
 */
export function writeAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer | "drop",
  close: boolean,
): void {
  if (answer === "drop") {
    // Already gone when the client left mid-body, or when close() ended a delay and then every connection.
    if (!req.socket.destroyed) req.socket.resetAndDestroy();
    return;
  }
  const { headers, bytes } = wireAnswer(answer);
  if (close) headers.Connection = "close";
  res.writeHead(answer.status, headers);
  res.end(bytes);
}
