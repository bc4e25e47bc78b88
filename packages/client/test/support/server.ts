import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the server received in full. */
export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How to answer one request. */
export interface Plan {
  status?: number;
  /** A string is sent as is; anything else as JSON; a function answers from the request. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the socket before reading the request (nothing recorded) or after recording it. */
  drop?: "before-record" | "after-record";
  /** Send the headers and the first half of the body, then stall until the server closes. */
  stallBody?: boolean;
}

export interface TestServer {
  url: string;
  /** Every request received in full, in order. The count is what the tests assert on. */
  requests: Recorded[];
  /** Answers for the next requests, in order; the last plan repeats. */
  reply(...plans: Plan[]): void;
  /** Resolves once `count` requests have been received in full: an event to wait for, not a clock. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export const MESSAGE = {
  id: "M1",
  accountId: "A1",
  direction: "Outgoing",
  text: "Hello",
  isUnread: false,
};

/** A real HTTP server on 127.0.0.1, on an ephemeral port, that records what it receives. */
export async function startServer(): Promise<TestServer> {
  const requests: Recorded[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  let plans: Plan[] = [{ status: 200, body: MESSAGE }];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    const plan = (plans.length > 1 ? plans.shift() : plans[0]) ?? {};
    if (plan.drop === "before-record") {
      req.socket.destroy();
      return;
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      for (const wait of waiting.filter((w) => requests.length >= w.count)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
      if (plan.drop === "after-record") {
        req.socket.destroy();
        return;
      }
      const recorded = requests[requests.length - 1] as Recorded;
      const answerBody = typeof plan.body === "function" ? plan.body(recorded) : plan.body;
      later(plan.delayMs ?? 0, () => answer(res, { ...plan, body: answerBody }));
    });
  });

  function answer(res: ServerResponse, plan: Plan) {
    const text = typeof plan.body === "string" ? plan.body : JSON.stringify(plan.body ?? {});
    res.writeHead(plan.status ?? 200, { "content-type": "application/json", ...plan.headers });
    if (plan.stallBody) {
      res.write(text.slice(0, Math.ceil(text.length / 2)));
      return;
    }
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => {
      plans = next;
    },
    received: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push({ count, resolve })),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** A loopback URL on which nothing listens: a port that was just in use and is now closed. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
