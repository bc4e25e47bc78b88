import type { IncomingMessage } from "node:http";
import type { HttpRequest } from "../http-request.js";

/** How far past the limit the server keeps reading (and discarding), so the client sees its 400. */
export const DISCARD_FACTOR = 16;

/**
 * Reads the body, keeping at most `maxBytes`. Past the limit it settles at once, then discards what
 * still arrives, up to {@link DISCARD_FACTOR} times the limit, after which it resets the connection:
 * memory stays bounded however much is sent.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<HttpRequest["body"]> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const tooLarge = () => {
      chunks.length = 0;
      resolve("too-large");
    };
    if (Number(req.headers["content-length"]) > maxBytes) tooLarge();
    req.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes * DISCARD_FACTOR) req.socket.destroy();
      else if (total > maxBytes) tooLarge();
      else chunks.push(chunk);
    });
    // Settling a promise twice is harmless: whichever comes first wins. "close" before "end" means
    // the client went away in the middle of its body.
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("close", () => resolve("aborted"));
    req.on("error", () => resolve("aborted"));
  });
}
