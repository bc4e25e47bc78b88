// Compiled (not run) by a consumer's tsc: the public types must resolve
// through the package's `exports` and be real types, not `any`. The harness
// also copies this file to usage.mts (node16, ESM: resolves the `import`
// condition, index.d.ts) and usage.cts (node16, CJS: `require`, index.d.cts).
import {
  ApiError,
  EvoVoice,
  EvoVoiceError,
  type MessageInfo,
  type paths,
  RateLimitError,
  RequestValidationError,
  type SendMessageInput,
} from "@evovoice-sdk/client";

const evo = new EvoVoice({
  apiKey: "key",
  baseUrl: "http://127.0.0.1:4010",
  timeoutMs: 5_000,
  maxRetries: 1,
});

export async function sendBoth(): Promise<MessageInfo[]> {
  const bySession = await evo.messages.send({ sessionId: "S1", body: "Hello" });
  const byEndpoint = await evo.messages.send(
    { endpointId: "E1", toAddress: "+15556667777", body: "Hi" },
    { timeoutMs: 1_000, signal: new AbortController().signal },
  );
  return [bySession, byEndpoint];
}

export const input: SendMessageInput = { sessionId: "S1", body: "Hello" };

// @ts-expect-error mixed addressing must not compile
export const mixed: SendMessageInput = { sessionId: "S1", endpointId: "E1", toAddress: "+1", body: "x" };

// @ts-expect-error the class is typed, so it is not a number (fails if types degrade to `any`)
export const notANumber: number = evo;

export function describe(error: unknown): string {
  if (error instanceof RateLimitError) return `retry in ${error.retryAfterMs} ms`;
  if (error instanceof ApiError) return `${error.status} ${error.errorCode ?? ""}`;
  if (error instanceof RequestValidationError) return error.message;
  if (error instanceof EvoVoiceError) return error.message;
  return String(error);
}

export type SendToSession = paths["/sessions/{sessionId}/messages"]["post"];

export async function viaApi(): Promise<string | undefined> {
  const { data } = await evo.api.POST("/sessions/{sessionId}/messages", {
    params: { path: { sessionId: "S1" } },
    body: { body: "Hi" },
  });
  // JSON only: `data` is the spec's MessageInfo (a failure is thrown, never returned).
  return data.text;
}
