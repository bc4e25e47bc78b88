// The server every runtime sends to. It counts what it accepted, and the count
// is the verdict: a runtime passes only if exactly one message with its own
// text was recorded.
import { startStandIn } from "./stand-in-server.mjs";

export const apiKey = "pkg-test-key";
export const sessionId = "pkg-test-session";

export async function startServer(_consumerDir) {
  const server = await startStandIn({ apiKey });
  return {
    kind: "stand-in node:http server",
    url: server.url,
    countText: (text) => server.messages.filter((record) => record.message.text === text).length,
    close: () => server.close(),
  };
}
