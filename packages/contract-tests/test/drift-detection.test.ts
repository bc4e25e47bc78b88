import { describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import { DRIFTS, type DriftName, startDriftingProxy } from "./support/drifting-proxy.js";
import { mockTargetForFile } from "./support/mock-target.js";

// Each class of disagreement the live suite must catch, shown by putting a proxy that drifts in
// exactly that way in front of the (good) mock server, which holds a few replies to page through.
const EXPECTED: Record<DriftName, RegExp> = {
  "renamed field": /must NOT have unevaluated properties.*|the stored message has no text/,
  "retyped field": /\/isUnread must be boolean/,
  "missing field": /the stored message has no id/,
  "value outside an enum": /\/direction must be equal to one of the allowed values/,
  "wrongly formatted value": /\/date must match format "date-time"/,
  "undocumented status code": /answered 422, a status the spec does not document/,
  "wrong content type": /200 came as "text\/html"/,
  "error body not in ServiceStack's shape":
    /401 body disagrees with the spec: \(root\) must have required property 'responseStatus'/,
  "missing route": /\[send from an endpoint to an address \(Bearer\)\] expected 200, got 404/,
  "credentials not enforced": /\[no credentials\] expected 401, got 200: credentials are not enforced/,
  "paging field retyped (totalCount as a string)":
    /\[list messages \(Bearer\)\] GET \/messages 200 body disagrees with the spec: \/totalCount must be integer/,
  "paging field missing (no totalPages)":
    /\[paging\] GET \/messages\?endpointIds=E-contract&countPerPage=1: totalPages is missing/,
  "totalPages inconsistent with totalCount":
    /\[paging\] .*: totalPages is \d+; totalCount \d+ at countPerPage=1 makes \d+/,
  "a page larger than countPerPage": /\[paging\] .*: 2 items on a page of countPerPage=1/,
  "page ignored (every page is the first)":
    /\[paging\] page is ignored: with countPerPage=1, no page gave a message; page=0 gave the same message, page=1 the same message, page=2 the same message/,
  "items that are not MessageInfo": /\/items\/0\/isUnread must be boolean/,
  "conversations missing": /\[list conversations \(Bearer\)\] conversations is missing/,
  "conversations retyped":
    /\[list conversations \(Bearer\)\] GET \/conversations 200 body disagrees with the spec: \/conversations must be array/,
  "sent messages not listed":
    /\[paging\] (.*holds \d+ messages; totalCount \d+ says \d+|the first page is empty)/,
  "GET /messages answered by a send (a MessageInfo)":
    /\[list messages \(Bearer\)\] GET \/messages answered with a MessageInfo, as a send would/,
  "GET /messages records a message": /a message was recorded: GET \/messages sent the text it was given/,
};

const mock = mockTargetForFile({ replies: 3 });

describe("the contract suite catches a drifted server", () => {
  it.each(Object.keys(DRIFTS) as DriftName[])("%s", async (name) => {
    const proxy = await startDriftingProxy(name, {
      upstream: mock.target.baseUrl,
      validAuthorization: `Bearer ${mock.target.apiKey}`,
      toAddress: mock.target.toAddress,
    });
    try {
      const target = { ...mock.target, baseUrl: proxy.url };
      const { findings } = await checkServer(target, { runId: "drift", send: target });
      expect(findings.join("\n")).toMatch(EXPECTED[name]);
    } finally {
      await proxy.close();
    }
  });

  it("and finds nothing behind the same proxy when it does not drift, so each finding above is the drift's", async () => {
    const proxy = await startDriftingProxy("none", {
      upstream: mock.target.baseUrl,
      validAuthorization: `Bearer ${mock.target.apiKey}`,
      toAddress: mock.target.toAddress,
    });
    try {
      const target = { ...mock.target, baseUrl: proxy.url };
      const { findings } = await checkServer(target, { runId: "no-drift", send: target });
      expect(findings, findings.join("\n")).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
