import { request as httpRequest } from "node:http";
import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, type ErrorEnvelope, KEY, post, rawRequest, rawSocket } from "./support/http.js";

const MAX = 1024;
let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], sessions: ["S1"], maxBodyBytes: MAX });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const jsonHeaders = { ...bearer(), "content-type": "application/json" };
const sessionUrl = () => `${server.url}/sessions/S1/messages`;
const errorCode = (body: string) => (JSON.parse(body) as ErrorEnvelope).responseStatus.errorCode;

/** A small deterministic generator, so a failure can be replayed. */
function bytes(seed: number, length: number): Buffer {
  let state = seed;
  return Buffer.from(
    Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state & 0xff;
    }),
  );
}

/** A valid SendMessage of about `size` bytes: a server that read it all would accept it. */
function validJsonOf(size: number): Buffer {
  return Buffer.from(JSON.stringify({ body: "a".repeat(size) }));
}

/** The same, cut into chunks of `chunkSize` bytes. */
function chunked(size: number, chunkSize: number): Buffer[] {
  const whole = validJsonOf(size);
  const chunks: Buffer[] = [];
  for (let at = 0; at < whole.length; at += chunkSize) chunks.push(whole.subarray(at, at + chunkSize));
  return chunks;
}

/** Proves the server still works and lost nothing: one more valid send is recorded on top of `before`. */
async function expectStillRecording(before: number) {
  const response = await post(sessionUrl(), { body: "still alive" });
  expect(response.status).toBe(200);
  expect(server.messages).toHaveLength(before + 1);
}

describe("bad bodies", () => {
  it("random bytes are answered 400 every time", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const response = await rawRequest(sessionUrl(), {
        headers: jsonHeaders,
        chunks: [bytes(seed, 1 + seed * 7)],
      });
      expect(response.status, `seed ${seed}`).toBe(400);
      expect(errorCode(response.body)).toBe("SerializationException");
    }
    await expectStillRecording(0);
  });

  it("invalid UTF-8 inside a JSON string is refused, not silently replaced", async () => {
    const body = Buffer.concat([
      Buffer.from('{"body":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    const response = await rawRequest(sessionUrl(), { headers: jsonHeaders, chunks: [body] });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).responseStatus.message).toMatch(/UTF-8/);
    await expectStillRecording(0);
  });

  it("deeply nested JSON under the size limit", async () => {
    const big = await startMockServer({ apiKeys: [KEY] });
    try {
      const nested = `{"body":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
      const response = await post(`${big.url}/sessions/S1/messages`, nested);
      expect(response.status).toBe(400);
      expect(big.messages).toHaveLength(0);
    } finally {
      await big.close();
    }
  });

  it.each([
    ["text/plain", { "content-type": "text/plain" }, "NotSupportedException"],
    ["multipart/form-data", { "content-type": "multipart/form-data; boundary=x" }, "NotSupportedException"],
    [
      "a charset other than UTF-8",
      { "content-type": "application/json; charset=iso-8859-1" },
      "NotSupportedException",
    ],
    [
      "a compressed body",
      { "content-type": "application/json", "content-encoding": "gzip" },
      "NotSupportedException",
    ],
  ])("%s is refused with 400", async (_name, headers, code) => {
    const response = await rawRequest(sessionUrl(), {
      headers: { ...bearer(), ...headers },
      chunks: ['{"body":"x"}'],
    });
    expect(response.status).toBe(400);
    expect(errorCode(response.body)).toBe(code);
    await expectStillRecording(0);
  });

  it("no Content-Type is read as JSON", async () => {
    const response = await rawRequest(sessionUrl(), { headers: bearer(), chunks: ['{"body":"untyped"}'] });
    expect(response.status).toBe(200);
    expect(server.messages[0]?.request.body).toBe("untyped");
  });
});

describe("huge bodies", () => {
  it("a declared length over the limit is answered 400 and the connection stays usable", async () => {
    const body = validJsonOf(MAX * 4);
    const response = await rawRequest(sessionUrl(), { headers: jsonHeaders, chunks: [body] });
    expect(response.status).toBe(400);
    expect(errorCode(response.body)).toBe("RequestTooLarge");
    await expectStillRecording(0);
  });

  it("a chunked body that grows past the limit is answered 400", async () => {
    const response = await rawRequest(sessionUrl(), {
      headers: { ...jsonHeaders, "transfer-encoding": "chunked" },
      chunks: chunked(MAX * 4, MAX / 2),
    });
    expect(response.status).toBe(400);
    expect(errorCode(response.body)).toBe("RequestTooLarge");
    await expectStillRecording(0);
  });

  it("a body far past the limit is cut off rather than read: 400 or a reset, never a record", async () => {
    const outcome = await rawRequest(sessionUrl(), {
      headers: { ...jsonHeaders, "transfer-encoding": "chunked" },
      chunks: chunked(MAX * 64, MAX),
    }).then(
      (response) => `${response.status} ${errorCode(response.body)}`,
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(["400 RequestTooLarge", "ECONNRESET", "EPIPE"]).toContain(outcome);
    await expectStillRecording(0);
  });

  it("Expect: 100-continue with a length over the limit gets 400 before any body is sent", async () => {
    const result = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = httpRequest(sessionUrl(), {
        method: "POST",
        agent: false,
        headers: { ...jsonHeaders, expect: "100-continue", "content-length": String(MAX * 1000) },
      });
      req.on("continue", () => {
        continued = true;
      });
      req.on("response", (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, continued });
        req.destroy();
      });
      req.on("error", reject);
      req.flushHeaders();
    });
    expect(result).toEqual({ status: 400, continued: false });
    await expectStillRecording(0);
  });
});

describe("broken HTTP and clients that go away", () => {
  it("an unparseable request gets a ServiceStack-shaped 400", async () => {
    const answer = await rawSocket(server.url, "NOT HTTP AT ALL\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"errorCode":"BadRequest"');
    await expectStillRecording(0);
  });

  it("oversized headers get 400, not an undocumented 431", async () => {
    const answer = await rawSocket(
      server.url,
      `POST /sessions/S1/messages HTTP/1.1\r\nHost: x\r\nX-Big: ${"h".repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    await expectStillRecording(0);
  });

  it("a client that disconnects in the middle of its body leaves no record", async () => {
    const { hostname, port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: hostname,
        port,
        path: "/sessions/S1/messages",
        method: "POST",
        agent: false,
      });
      req.setHeader("authorization", `Bearer ${KEY}`);
      req.setHeader("content-type", "application/json");
      req.setHeader("content-length", "100");
      req.on("error", () => resolve());
      req.write('{"body":"half', () => setTimeout(() => req.destroy(), 20));
    });
    await expectStillRecording(0);
  });
});

describe("under concurrent load", () => {
  it("records every valid message exactly once while garbage arrives alongside", async () => {
    const valid = Array.from({ length: 150 }, (_, i) => post(sessionUrl(), { body: `m${i}` }));
    const garbage = Array.from({ length: 50 }, (_, i) =>
      rawRequest(sessionUrl(), { headers: jsonHeaders, chunks: [bytes(1000 + i, 64)] }),
    );
    const statuses = await Promise.all(valid.map(async (p) => (await p).status));
    const garbageStatuses = await Promise.all(garbage.map(async (p) => (await p).status));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(garbageStatuses.every((s) => s === 400)).toBe(true);
    expect(new Set(server.messages.map((m) => m.request.body)).size).toBe(150);
    expect(server.messages).toHaveLength(150);
  });
});
