import { describe, expect, it } from "vitest";
import { start } from "../src/index.js";

const node = process.execPath;
const server = `
  const server = require("node:http").createServer((req, res) => res.end("ok"));
  server.listen(0, "127.0.0.1", () => console.error("listening on http://127.0.0.1:" + server.address().port));
  process.on("SIGTERM", () => { console.log("bye"); process.exit(0); });`;

describe("start", () => {
  it("waits for a line on stderr or stdout, and stops the process with SIGTERM", async () => {
    const started = start(node, ["-e", server], { name: "test server" });
    const [url] = await started.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    expect(await (await fetch(url)).text()).toBe("ok");
    expect(await started.stop()).toEqual({ code: 0, signal: null });
    expect(started.output()).toMatch(/bye/);
  });

  it("rejects waitFor with the output when the process exits first", async () => {
    const started = start(node, ["-e", "console.log('crashed early'); process.exit(1)"], { name: "crasher" });
    await expect(started.waitFor(/never/)).rejects.toThrow(
      /crasher exited \(exit 1\) before printing \/never\/:\ncrashed early/,
    );
  });

  it("rejects waitFor when the pattern does not come in time", async () => {
    const started = start(node, ["-e", "setTimeout(() => {}, 60000)"], { name: "silent" });
    try {
      await expect(started.waitFor(/never/, 200)).rejects.toThrow(/silent: no \/never\/ within 200 ms/);
    } finally {
      await started.stop();
    }
  });

  it("kills a process that ignores SIGTERM after the grace period", async () => {
    const stubborn = start(node, [
      "-e",
      "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)",
    ]);
    await stubborn.waitFor(/up/);
    expect(await stubborn.stop(200)).toEqual({ code: null, signal: "SIGKILL" });
  });
});
