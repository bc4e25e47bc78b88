import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { createResponseChecker } from "../src/server-contract/check-response.js";
import { checkServer } from "../src/server-contract/check-server.js";
import { fetchExchange } from "../src/server-contract/fetch-exchange.js";
import { strictSpec } from "../src/server-contract/strict-spec.js";
import { createSpecValidator } from "../src/spec-validator.js";
import { mockTargetForFile } from "./support/mock-target.js";

// The same suite `npm run contract:live` runs against a real server, here against the mock server:
// every probe's answer (reads, paging, the sends) must agree with the spec.
const mock = mockTargetForFile({ replies: 3 });

describe("the mock server holds to the spec", () => {
  it("on every probe of the live suite, reads and sends, and pages consistently", async () => {
    const before = mock.server.messages.length;
    const result = await checkServer(mock.target, { runId: "mock", send: mock.target });
    expect(result.findings, result.findings.join("\n")).toEqual([]);
    expect([0, 1]).toContain(result.pageBase);
    // The mock is held to the strict reading a live server is not (tolerant-spec.ts): no field the spec lacks.
    expect(result.undocumented).toEqual([]);
    expect(result.facts).not.toContainEqual(expect.stringMatching(/^documented fields of MessageInfo/));
    // Only the six send probes recorded anything: no read, not even the GET that carried a send's fields.
    const texts = mock.server.messages.slice(before).map((record) => record.response.text);
    expect(texts).toHaveLength(6);
    expect(texts.every((text) => text?.startsWith("Evo Voice SDK contract check mock:"))).toBe(true);
  });

  it("reads only, when not asked to send: nothing is recorded", async () => {
    const before = mock.server.messages.length;
    const result = await checkServer(mock.target, { runId: "read-only" });
    expect(result.findings, result.findings.join("\n")).toEqual([]);
    expect(result.report).toContainEqual(expect.stringMatching(/^ {2}- \d+ read probes .*, no send; /));
    expect(mock.server.messages.length).toBe(before);
  });
});

describe("ServiceStack's predefined routes on the mock server", () => {
  const spec = strictSpec(loadSpec());
  const checker = createResponseChecker(spec, createSpecValidator(spec).validate);
  const json = { accept: "application/json", "content-type": "application/json" };
  const exchange = (method: string, path: string, body?: object, auth = true) =>
    fetchExchange(`${mock.target.baseUrl}${path}`, {
      method,
      headers: auth ? { ...json, authorization: `Bearer ${mock.target.apiKey}` } : json,
      body: body && JSON.stringify(body),
    });

  it.each([
    ["GET", "/json/reply/ListMessages?countPerPage=2", 200],
    ["GET", "/api/ListMessages?callback=cb", 200],
    ["GET", "/api/ListMessages?page=first", 400],
    ["GET", "/json/reply/ListConversations?endpointIds=E-contract", 200],
    ["GET", "/api/ListConversations", 200],
  ] as const)("%s %s answers %i as the operation it names", async (method, path, status) => {
    const answer = await exchange(method, path);
    expect(answer.status).toBe(status);
    expect(checker.check(answer)).toEqual([]);
  });

  it("POST /json/reply/SendMessage and /api/SendMessage send, and answer as SendMessage", async () => {
    const before = mock.server.messages.length;
    const { endpointId, toAddress, sessionId } = mock.target;
    const answers = [
      await exchange("POST", "/json/reply/SendMessage", { endpointId, toAddress, body: "predefined" }),
      await exchange("POST", "/api/SendMessage", { sessionId, body: "predefined" }),
      await exchange("POST", "/api/SendMessage", { sessionId, body: "no credentials" }, false),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 401]);
    expect(answers.flatMap((answer) => checker.check(answer))).toEqual([]);
    expect(mock.server.messages.length - before).toBe(2);
  });

  it("an operation the spec does not have is named as such, so the checks above can fail", () => {
    const answer = {
      method: "GET",
      url: `${mock.target.baseUrl}/json/reply/ListCalls`,
      status: 200,
      contentType: "application/json",
      body: "{}",
    };
    expect(checker.check(answer)).toEqual(["GET /json/reply/ListCalls is not an operation of the spec"]);
    const wrong = {
      ...answer,
      url: `${mock.target.baseUrl}/api/ListMessages`,
      body: '{"id":"m1","text":"hi"}',
    };
    expect(checker.check(wrong)).toEqual([
      expect.stringMatching(/^GET \/messages 200 body disagrees with the spec: .*unevaluated properties/),
    ]);
  });
});
