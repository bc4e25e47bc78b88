// What the SDK prints in the situations the docs quote, produced by running the SDK itself. Each scenario is
// named by an output block in the docs (```text output=<name>), which must read exactly what it returns.
import { EvoVoice, type MessageInfo } from "@evovoice-sdk/client";
import { vi } from "vitest";

export interface Scenario {
  run(): Promise<string>;
  /** Parts that differ from run to run (durations), replaced by "…" in both texts before comparing. */
  mask?: RegExp;
}

const MESSAGE: MessageInfo = { id: "6571a3f09c2b4d8e91f0a7b3", direction: "Outgoing" };

/** A ServiceStack-shaped error answer. */
function errorAnswer(status: number, headers: Record<string, string> = {}): Response {
  return Response.json(
    { responseStatus: { errorCode: "TooManyRequests", message: "Too many requests" } },
    { status, headers },
  );
}

/** What `fn` throws, as its message. */
async function messageOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error, got none");
}

export const scenarios: Record<string, Scenario> = {
  // install.md: a timeout that is not a number, with EVOVOICE_API_KEY set as the sample expects.
  "invalid-timeout-option": {
    run: () => messageOf(() => new EvoVoice({ apiKey: "key", timeoutMs: Number("30s") })),
  },

  // install.md: no credentials anywhere.
  "missing-credentials": {
    async run() {
      vi.stubEnv("EVOVOICE_API_KEY", undefined);
      try {
        return await messageOf(() => new EvoVoice({}));
      } finally {
        vi.unstubAllEnvs();
      }
    },
  },

  // errors.md: an input the SDK refuses before sending.
  "invalid-send-input": {
    run: () =>
      messageOf(() =>
        new EvoVoice({ apiKey: "key", fetch: async () => Response.json(MESSAGE) }).messages.send({
          sessionId: "..",
          body: "",
        }),
      ),
  },

  // timeouts.md: a send with { timeoutMs: 5_000 } that gets no answer; printed as the sample prints it.
  "send-timeout": {
    async run() {
      vi.useFakeTimers();
      try {
        const never = (_input: unknown, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
          );
        const evo = new EvoVoice({ apiKey: "key", timeoutMs: 10_000, fetch: never });
        const call = evo.messages
          .send({ sessionId: "5f8a1c2e9b1d4e6fa3c27d10", body: "Hello" }, { timeoutMs: 5_000 })
          .then(
            () => ({ message: "no error", mayHaveBeenDelivered: false }),
            (error: unknown) => error as { message: string; mayHaveBeenDelivered: boolean },
          );
        await vi.advanceTimersByTimeAsync(5_000);
        const error = await call;
        return `${error.message} ${error.mayHaveBeenDelivered}`;
      } finally {
        vi.useRealTimers();
      }
    },
  },

  // observing.md and the client README: a send answered 429 with Retry-After: 1, then 200, at logLevel "info".
  "log-rate-limited-send": {
    mask: /(?<!retrying )in \d+ ms/g,
    async run() {
      vi.useFakeTimers();
      try {
        const lines: string[] = [];
        const write = (line: string) => lines.push(line);
        const answers = [errorAnswer(429, { "retry-after": "1" }), Response.json(MESSAGE)];
        const evo = new EvoVoice({
          apiKey: "key",
          logLevel: "info",
          logger: { debug: write, info: write, warn: write, error: write },
          fetch: async () => answers.shift() ?? Response.json(MESSAGE),
        });
        const call = evo.messages.send({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" });
        await vi.advanceTimersByTimeAsync(1_000);
        await call;
        return lines.join("\n");
      } finally {
        vi.useRealTimers();
      }
    },
  },
};
