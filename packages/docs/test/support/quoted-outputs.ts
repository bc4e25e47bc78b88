// What the SDK prints in the situations the READMEs quote, produced by running the built SDK. Each scenario
// is named by an output block (```text output=<name>), which must read exactly what it returns. (The guide
// quotes nothing by hand: its outputs are generated at build time by running its samples.)
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

export const scenarios: Record<string, Scenario> = {
  // The client README: a send answered 429 with Retry-After: 1, then 200, at logLevel "info", each line as a
  // logger method receives it.
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
