import { rm } from "node:fs/promises";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli, testBuildDir, urlOf, waitForOutput } from "./support/cli.js";
import { basic, bearer, post } from "./support/http.js";

beforeAll(buildCli);
afterAll(() => rm(testBuildDir, { recursive: true, force: true }));

describe("evovoice-mock", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints its URL, serves, and exits on %s though stdin and a request in flight are open",
    async (signal) => {
      // stdin stays an open pipe (the command reader holds it), and a request whose body never ends
      // holds a connection that a graceful close would wait for (Node's request timeout is 5 minutes):
      // the process exits only if it waits for neither. No clock is read: the test's timeout is the bound.
      const cli = runCli(
        ["--port", "0", "--host", "127.0.0.1", "--api-key", "cli-key", "--session", "S1"],
        "pipe",
      );
      const url = await urlOf(cli);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await post(`${url}/sessions/S1/messages`, { body: "hi" }, bearer("cli-key"))).status).toBe(200);
      expect((await post(`${url}/sessions/S1/messages`, { body: "hi" }, bearer("other"))).status).toBe(401);
      expect((await post(`${url}/sessions/S2/messages`, { body: "hi" }, bearer("cli-key"))).status).toBe(404);
      const inFlight = await openRequest(url);
      cli.child.kill(signal);
      expect(await cli.exit).toEqual({ code: 0, signal: null });
      await inFlight.closed;
      expect(cli.output()).toMatch(
        /POST \/sessions\/\{sessionId\}\/messages -> 200 message [0-9a-f]{24} \(bearer\)/,
      );
      expect(cli.output()).toContain(`Received ${signal}, stopping (1 messages recorded).`);
      await expect(fetch(`${url}/messages`)).rejects.toThrow();
    },
  );

  it("records a reply typed on stdin, lists it, and takes reset and help", async () => {
    const cli = runCli(["--port", "0", "--api-key", "k", "--endpoint", "E1"], "pipe");
    const url = await urlOf(cli);
    cli.child.stdin?.write("receive E1 +15556667777 Thanks, see you then!\n");
    const [line] = await waitForOutput(
      cli,
      /Received message ([0-9a-f]{24}) on endpoint E1 \(Incoming, unread\)\./,
    );
    const page = await (await fetch(`${url}/messages?endpointIds=E1`, { headers: bearer("k") })).json();
    expect(page).toMatchObject({
      totalCount: 1,
      items: [{ direction: "Incoming", isUnread: true, text: "Thanks, see you then!" }],
    });
    expect(line).toContain(page.items[0].id);

    cli.child.stdin?.write("receive E9 +1555 hi\nbogus\nhelp\nreset\n");
    await waitForOutput(cli, /Record cleared\./);
    expect(cli.output()).toContain(
      "evovoice-mock: receive(): endpoint E9 is not one of the configured endpoints.",
    );
    expect(cli.output()).toContain("Unknown command 'bogus'; type help.");
    expect(cli.output()).toContain("receive <endpointId> <fromAddress> [text...]");
    const empty = await (await fetch(`${url}/messages`, { headers: bearer("k") })).json();
    expect(empty.totalCount).toBe(0);
    cli.child.kill("SIGTERM");
    expect((await cli.exit).code).toBe(0);
  });

  it("says when it accepts any credential, says once that the record is full, and keeps --max-messages", async () => {
    const cli = runCli(["--port", "0", "--max-messages", "2", "--quiet"]);
    const url = await urlOf(cli);
    for (let i = 0; i < 4; i++) {
      expect((await post(`${url}/sessions/S1/messages`, { body: `m${i}` }, bearer("any"))).status).toBe(200);
    }
    const page = await (await fetch(`${url}/messages`, { headers: bearer("any") })).json();
    expect(page.items.map((m: { text: string }) => m.text)).toEqual(["m3", "m2"]);
    expect(cli.output().match(/The record is full/g)).toHaveLength(1);
    expect(cli.output()).toContain("any credential is accepted");
    cli.child.kill("SIGINT");
    expect((await cli.exit).code).toBe(0);
  });

  it("accepts Basic users and prints nothing per message with --quiet", async () => {
    const cli = runCli(["--port", "0", "--user", "ann:pw:with:colons", "--quiet"]);
    const url = await urlOf(cli);
    expect((await post(`${url}/sessions/S1/messages`, {}, basic("ann", "pw:with:colons"))).status).toBe(200);
    cli.child.kill("SIGINT");
    expect((await cli.exit).code).toBe(0);
    expect(cli.output()).not.toContain("-> 200");
  });

  it("exits 1 with a message on a bad option, and prints help with every option and command", async () => {
    for (const args of [
      ["--port", "nope"],
      ["--bogus"],
      ["--user", "no-colon"],
      ["--page-base", "2"],
      ["--max-messages", "0"],
    ]) {
      const cli = runCli(args);
      expect((await cli.exit).code, args.join(" ")).toBe(1);
      expect(cli.output()).toMatch(/^evovoice-mock: .+[^.]\. Run evovoice-mock --help for the options\.\n$/);
    }
    const help = runCli(["--help"]);
    expect((await help.exit).code).toBe(0);
    for (const text of [
      "Usage: evovoice-mock",
      "--max-messages",
      "--page-base",
      "--count-per-page",
      "receive <endpointId>",
      "reset",
    ]) {
      expect(help.output()).toContain(text);
    }
  });
});

/** A POST whose headers promise a body that never comes; `closed` settles when the server drops it. */
async function openRequest(url: string): Promise<{ closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(
    "POST /sessions/S1/messages HTTP/1.1\r\nHost: mock\r\nAuthorization: Bearer cli-key\r\n" +
      'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"body":',
  );
  return { closed };
}
