import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll } from "vitest";
import type { ServerTarget } from "../../src/server-contract/server-target.js";

// The mock server set up the way a live account would be: one key with the role
// User, one session, one endpoint. Anything else must be refused.
export const MOCK_ACCOUNT = {
  apiKey: "contract-key",
  sessionId: "S-contract",
  endpointId: "E-contract",
  toAddress: "+15556667777",
} as const;

export async function startMockTarget(): Promise<{ server: MockServer; target: ServerTarget }> {
  const server = await startMockServer({
    apiKeys: [MOCK_ACCOUNT.apiKey],
    sessions: [MOCK_ACCOUNT.sessionId],
    endpoints: [MOCK_ACCOUNT.endpointId],
  });
  return { server, target: { ...MOCK_ACCOUNT, baseUrl: server.url } };
}

/** The mock target for a whole test file: started before its tests, closed after them. */
export function mockTargetForFile(): { readonly server: MockServer; readonly target: ServerTarget } {
  let started: { server: MockServer; target: ServerTarget } | undefined;
  beforeAll(async () => {
    started = await startMockTarget();
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
