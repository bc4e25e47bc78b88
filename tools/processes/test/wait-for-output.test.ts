import { describe, expect, it } from "vitest";
import { exec, waitForOutput } from "../src/index.js";

const node = process.execPath;
const server = `
  const server = require("node:http").createServer((req, res) => res.end("ok"));
  server.listen(0, "127.0.0.1", () => console.error("listening on http://127.0.0.1:" + server.address().port));
  process.on("SIGTERM", () => { console.log("bye"); process.exit(0); });`;

describe("waitForOutput", () => {
  it("finds a line on stderr or stdout; the output is still there when the command ends", async () => {
    const started = exec(node, ["-e", server]);
    const [url] = await waitForOutput(started.process, /http:\/\/127\.0\.0\.1:\d+/);
    expect(await (await fetch(url)).text()).toBe("ok");
    started.process.kill("SIGTERM");
    expect(await started).toMatchObject({ exitCode: 0, stdout: "bye\n", stderr: `listening on ${url}\n` });
  });

  it("rejects with the output when the process exits first", async () => {
    const crasher = exec(node, ["-e", "console.log('crashed early'); process.exit(1)"]);
    await expect(waitForOutput(crasher.process, /never/)).rejects.toThrow(
      /exited \(exit 1\) before printing \/never\/:\ncrashed early/,
    );
  });

  it("rejects when the pattern does not come in time", async () => {
    const silent = exec(node, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      await expect(waitForOutput(silent.process, /never/, 200)).rejects.toThrow(/no \/never\/ within 200 ms/);
    } finally {
      silent.process.kill();
      await silent;
    }
  });
});
