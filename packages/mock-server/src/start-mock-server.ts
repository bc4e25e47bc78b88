import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerRequest } from "./internal/answer-request.js";
import { withControls } from "./internal/controls.js";
import { createMockService } from "./internal/mock-service.js";
import { answerClientError } from "./internal/node/client-error.js";
import { DISCARD_FACTOR, readBody } from "./internal/node/read-body.js";
import { writeAnswer } from "./internal/node/write-answer.js";
import type { MockControls } from "./mock-controls.js";
import type { MockServerOptions } from "./options.js";

/** A running mock server: a real HTTP server on loopback. */
export interface MockServer extends MockControls {
  /** The base URL to give a client, e.g. `http://127.0.0.1:53127`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening, drops open connections and the requests waiting in a delay. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts a local Evo Voice server (SendMessage, ListMessages, ListConversations) that validates
 * requests against the bundled spec. node:http is only the transport: the behaviour is the same as
 * that of `createMockFetch` and the MSW handlers.
 * @example
 * const server = await startMockServer({ apiKeys: ["test-key"], sessions: ["S1"] });
 * // ... point a client at server.url, then:
 * expect(server.messages).toHaveLength(1);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const service = createMockService(options);
  const { createServer } = await loadNodeHttp();
  const { maxBodyBytes } = service;
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, maxBodyBytes);
    const { method = "GET", url = "/", headers } = req;
    const answer = await answerRequest(service, { method, url, headers, body });
    // A body the server will not read to its end: the connection cannot carry another request.
    writeAnswer(req, res, answer, Number(headers["content-length"]) > maxBodyBytes * DISCARD_FACTOR);
  };
  const server = createServer(serve);
  // Refuse a body over the limit before the client sends it, instead of inviting it with 100 Continue.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers["content-length"]) > maxBodyBytes)) res.writeContinue();
    void serve(req, res);
  });
  server.on("clientError", answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return withControls(service, {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        service.faults.clear();
        service.delays.cancelAll();
        server.close(() => resolve());
        // Keep-alive connections, idle or not, would otherwise hold close() (and a process) open.
        server.closeAllConnections();
      });
      return closing;
    },
  });
}

// Loaded when a server starts, not when the package is imported: this entry point also serves
// createMockFetch to browsers, and a bundler must find no node: import to resolve on that path (it
// resolves string literals only).
const NODE_HTTP = "node:http";

async function loadNodeHttp(): Promise<typeof import("node:http")> {
  try {
    return await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_HTTP);
  } catch (cause) {
    throw new Error(
      "startMockServer needs node:http (Node, Bun, Deno); elsewhere use createMockFetch or the MSW handlers.",
      { cause },
    );
  }
}
