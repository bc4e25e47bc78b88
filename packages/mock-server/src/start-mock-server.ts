import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Fault, InjectedFault } from "./fault.js";
import { Authenticator } from "./internal/auth.js";
import { Directory } from "./internal/directory.js";
import { FaultQueue } from "./internal/faults.js";
import { createHandler } from "./internal/handler.js";
import { loadBundledSpec } from "./internal/load-spec.js";
import { messageIds } from "./internal/message-info.js";
import { errorBody } from "./internal/service-status.js";
import { compileValidators } from "./internal/validators.js";
import type { MockServerOptions } from "./options.js";
import type { RecordedMessage } from "./records.js";

/** A running mock server. */
export interface MockServer {
  /** The base URL to give a client, e.g. `http://127.0.0.1:53127`. */
  readonly url: string;
  readonly port: number;
  /** Every message the server accepted, oldest first; appended to as messages arrive. */
  readonly messages: readonly RecordedMessage[];
  /**
   * Queues a fault for the next matching requests to either route (preflights and unknown paths
   * never take one). Each request takes at most one fault, the oldest whose `match` accepts it,
   * once its body has been read; a request whose body is over the size limit takes none.
   */
  inject(fault: Fault): InjectedFault;
  /** Stops listening, drops open connections and pending delays. Safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Starts a local Evo Voice SendMessage server that validates requests against the bundled spec.
 * @example
 * const server = await startMockServer({ apiKeys: ["test-key"], sessions: ["S1"] });
 * // ... point a client at server.url, then:
 * expect(server.messages).toHaveLength(1);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const validators = compileValidators(options.spec ?? loadBundledSpec());
  const messages: RecordedMessage[] = [];
  const faults = new FaultQueue();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const pending = new Set<(alive: boolean) => void>();
  const onMessage = options.onMessage;

  const handler = createHandler({
    validators,
    auth: new Authenticator(options.apiKeys, options.users),
    directory: new Directory(options.sessions, options.endpoints),
    faults,
    maxBodyBytes,
    nextId: messageIds(),
    record: (message) => {
      messages.push(message);
      onMessage?.(message);
    },
    sleep: (ms) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => finish(true), ms);
        const finish = (alive: boolean) => {
          clearTimeout(timer);
          pending.delete(finish);
          resolve(alive);
        };
        pending.add(finish);
      }),
  });

  const server = createServer(handler);
  // Refuse a body over the limit before the client sends it, instead of inviting it with 100 Continue.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers["content-length"]) > maxBodyBytes)) res.writeContinue();
    handler(req, res);
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
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    messages,
    inject: (fault) => faults.add(fault),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        faults.clear();
        for (const finish of [...pending]) finish(false);
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Unparseable HTTP (bad request line, oversized headers): a documented 400, not Node's 431. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
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
