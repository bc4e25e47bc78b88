import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll } from "vitest";
import type { SendTarget } from "../../src/server-contract/server-target.js";

// The mock server set up the way a live account would be: one key with the role
// User, one session, one endpoint. Anything else must be refused.
export const MOCK_ACCOUNT = {
  apiKey: "contract-key",
  sessionId: "S-contract",
  endpointId: "E-contract",
  toAddress: "+15556667777",
} as const;

export interface MockTarget {
  server: MockServer;
  target: SendTarget;
}

export async function startMockTarget(options: { pageBase?: 0 | 1 } = {}): Promise<MockTarget> {
  const server = await startMockServer({
    apiKeys: [MOCK_ACCOUNT.apiKey],
    sessions: [MOCK_ACCOUNT.sessionId],
    endpoints: [MOCK_ACCOUNT.endpointId],
    ...options,
  });
  return { server, target: { ...MOCK_ACCOUNT, baseUrl: server.url } };
}

/** Replies from the other party, as if the phone had answered: something to list and page through. */
export function receiveReplies(server: MockServer, count: number): void {
  for (let reply = 1; reply <= count; reply++) {
    server.receive({
      endpointId: MOCK_ACCOUNT.endpointId,
      fromAddress: MOCK_ACCOUNT.toAddress,
      text: `reply ${reply}`,
    });
  }
}

/** The mock target for a whole test file: started before its tests, closed after them. */
export function mockTargetForFile(options: { pageBase?: 0 | 1; replies?: number } = {}): MockTarget {
  let started: MockTarget | undefined;
  beforeAll(async () => {
    started = await startMockTarget(options.pageBase === undefined ? {} : { pageBase: options.pageBase });
    receiveReplies(started.server, options.replies ?? 0);
  });
  afterAll(() => started?.server.close());
  const get = () => {
    if (!started) throw new Error("the mock target is only there inside the file's tests");
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get target() {
      return get().target;
    },
  };
}
