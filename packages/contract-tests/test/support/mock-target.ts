import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
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
