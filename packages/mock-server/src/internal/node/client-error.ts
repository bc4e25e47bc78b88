import type { Socket } from "node:net";
import { errorBody } from "../validation/service-stack-errors.js";

/** Unparseable HTTP (bad request line, oversized headers): a documented 400, not Node's 431. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === "ECONNRESET" || error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    socket.destroy();
    return;
  }
  const payload = JSON.stringify(errorBody("BadRequest", "The request is not valid HTTP."));
  socket.end(
    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
  );
}
