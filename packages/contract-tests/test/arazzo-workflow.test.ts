import { describe, expect, it } from "vitest";
import { runSendThenList } from "../src/arazzo/send-then-list.js";
import { startDriftingProxy } from "./support/drifting-proxy.js";
import { mockTargetForFile } from "./support/mock-target.js";

// spec/arazzo/send-then-list.arazzo.yaml, run by `redocly respect` as `npm run contract:live` runs it
// against a real server: here against the mock server, and against one that does not list what was sent.
const mock = mockTargetForFile({ replies: 2 });

describe("the Arazzo workflow: send a message, then find it by listing the endpoint's messages", () => {
  it("passes against the mock server, which recorded the message the workflow found", async () => {
    const before = mock.server.messages.length;
    const run = await runSendThenList(mock.target, "Arazzo: send, then list");
    expect(run.failures, run.output).toEqual([]);
    expect(run.passed, run.output).toBe(true);
    const recorded = mock.server.messages.slice(before).map((record) => record.response);
    expect(recorded).toEqual([
      expect.objectContaining({ id: run.messageId, text: "Arazzo: send, then list" }),
    ]);
  });

  it("fails against a server that does not list the sent message, naming the step and the criterion", async () => {
    const proxy = await startDriftingProxy("sent messages not listed", {
      upstream: mock.target.baseUrl,
      validAuthorization: `Bearer ${mock.target.apiKey}`,
      toAddress: mock.target.toAddress,
    });
    try {
      const run = await runSendThenList({ ...mock.target, baseUrl: proxy.url }, "Arazzo: sent, not listed");
      expect(run.passed).toBe(false);
      expect(run.messageId).toEqual(expect.any(String));
      expect(run.failures).toEqual([
        expect.stringMatching(/^listMessages: success criteria check: .*\$\.\.items\[\?\(@\.id == /),
      ]);
    } finally {
      await proxy.close();
    }
  });
});
