import { describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import { DRIFTS, type DriftName, startDriftingProxy } from "./support/drifting-proxy.js";
import { mockTargetForFile } from "./support/mock-target.js";

// Each class of disagreement the live suite must catch, shown by putting a proxy that drifts in
// exactly that way in front of the (good) mock server, which holds a few replies to page through.
// Each must fail, one line per kind, naming what it is held to; what no source states is reported.
const FAILS: Partial<Record<DriftName, RegExp>> = {
  "renamed field":
    /the stored message has no text: \d+ times in \d+ answers, e\.g\. \[send into a session \(Bearer\)\]/,
  "retyped field": /\/isUnread must be boolean/,
  "missing field": /the stored message has no id/,
  "value outside an enum": /\/direction must be equal to one of the allowed values/,
  "wrongly formatted value": /\/date must match format "date-time"/,
  "undocumented status code": /answered 422, a status the spec does not document/,
  "wrong content type": /200 came as "text\/html"/,
  "error body not in ServiceStack's shape":
    /401 body disagrees with the spec: \(root\) must have required property 'responseStatus'/,
  "missing route":
    /expected 200, got 404: the route is missing or does not accept a valid message: once, e\.g\. \[send from an endpoint to an address \(Bearer\)\]/,
  "credentials not enforced":
    /expected 401, got 200: credentials are not enforced: .*\[list messages without credentials\]/,
  "paging field retyped (totalCount as a string)":
    /GET \/messages 200 body disagrees with the spec: \/totalCount must be integer: .*\[list messages \(Bearer\)\] \/totalCount is "\d+"/,
  "paging field missing (no totalPages)":
    /totalPages is missing without simplifiedPaging: .*\[paging\] GET \/messages\?endpointIds=E-contract&countPerPage=1/,
  "totalPages inconsistent with totalCount":
    /totalPages disagrees with totalCount and countPerPage: .*totalPages is \d+; totalCount \d+ at countPerPage=1 makes \d+/,
  "a page larger than countPerPage": /a page holds more messages than countPerPage: .*\[paging\] .*: 2 items/,
  "page ignored (every page is the first)":
    /page is ignored: every page is the first: once, e\.g\. \[paging\] with countPerPage=1, .*page=2 the same message/,
  "items that are not MessageInfo":
    /GET \/messages 200 body disagrees with the spec: \/items\/\*\/isUnread must be boolean/,
  "conversations retyped":
    /GET \/conversations 200 body disagrees with the spec: \/conversations must be array: .*\[list conversations \(Bearer\)\]/,
  "sent messages not listed":
    /the first page is empty, though totalCount is above 0|a page holds another number of messages than totalCount leaves for it/,
  "GET /messages answered by a send (a MessageInfo)":
    /GET \/messages answered with a MessageInfo, as a send would: .*\[list messages \(Bearer\)\]/,
  "GET /messages records a message": /a message was recorded: GET \/messages sent the text it was given/,
};

// Neither the spec nor the vendor makes these fail: the list of conversations is a C# List, which may
// be null, and null fields are left out. They are reported among the facts.
const REPORTED: Partial<Record<DriftName, RegExp>> = {
  "conversations missing": /^ListConversations: the answer has no conversations list/,
};

/** Every kind of disagreement is followed by at least one line naming what it is held to. */
function sourced(findings: string[]): boolean {
  return findings.every(
    (line, i) => line.startsWith("    held to ") || findings[i + 1]?.startsWith("    held to "),
  );
}

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
      const { findings, facts } = await checkServer(target, { runId: "drift", send: target });
      const fails = FAILS[name];
      const reported = REPORTED[name];
      if (fails) {
        expect(findings.join("\n")).toMatch(fails);
        expect(sourced(findings), findings.join("\n")).toBe(true);
      } else if (reported) {
        expect(findings, findings.join("\n")).toEqual([]);
        expect(facts).toContainEqual(expect.stringMatching(reported));
      } else throw new Error(`no expectation for the drift "${name}"`);
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
      const { findings, undocumented } = await checkServer(target, { runId: "no-drift", send: target });
      expect(findings, findings.join("\n")).toEqual([]);
      expect(undocumented).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
