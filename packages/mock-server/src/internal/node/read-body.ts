import type { IncomingMessage } from "node:http";
import { type BodyResult, NO_BYTES } from "../exchange.js";

/** How far past the limit the server keeps reading (and discarding), so the client sees its 400. */
const DISCARD_FACTOR = 16;

/**
 * Reads the body, keeping at most `maxBytes`. Past the limit it settles at once, then discards what
 * still arrives, up to {@link DISCARD_FACTOR} times the limit, after which it resets the connection:
 * memory stays bounded however much is sent.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const discardLimit = maxBytes * DISCARD_FACTOR;
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let total = 0;
    let tooLarge = false;
    const tooLargeNow = () => {
      tooLarge = true;
      chunks = [];
      resolve({ kind: "too-large", close: declared > discardLimit });
    };
    if (declared > maxBytes) tooLargeNow();
    req.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (tooLarge) {
        if (total > discardLimit) req.socket.destroy();
        return;
      }
      if (total > maxBytes) return tooLargeNow();
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!tooLarge)
        resolve({ kind: "ok", bytes: chunks.length === 1 ? (chunks[0] as Buffer) : join(chunks) });
    });
    // "close" before "end" means the client went away mid-body; resolving twice is harmless.
    req.on("close", () => resolve({ kind: "aborted" }));
    req.on("error", () => resolve({ kind: "aborted" }));
  });
}

function join(chunks: Buffer[]): Uint8Array {
  return chunks.length === 0 ? NO_BYTES : Buffer.concat(chunks);
}
