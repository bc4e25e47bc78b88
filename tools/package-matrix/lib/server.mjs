// The server every runtime sends to: @evovoice-sdk/mock-server, imported from
// the consumer's install of its tarball (so it is tested as shipped too). It
// records what it accepted, and that record is the verdict: a runtime passes
// only if exactly one message with its own text arrived, by Bearer key, on
// the session route.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const apiKey = "pkg-test-key";
export const sessionId = "pkg-test-session";

export async function startServer(consumerDir) {
  const { startMockServer } = await import(pathToFileURL(join(consumerDir, "server.mjs")).href);
  const server = await startMockServer({ apiKeys: [apiKey], sessions: [sessionId] });
  return {
    kind: "@evovoice-sdk/mock-server",
    url: server.url,
    countText: (text) =>
      server.messages.filter(
        (record) =>
          record.response.text === text &&
          record.route === "/sessions/{sessionId}/messages" &&
          record.request.sessionId === sessionId &&
          record.auth === "bearer" &&
          record.principal === apiKey,
      ).length,
    close: () => server.close(),
  };
}
