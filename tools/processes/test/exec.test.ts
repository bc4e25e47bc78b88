import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { exec } from "../src/index.js";

const node = process.execPath;

// Gone, or a zombie nobody has reaped yet (in a container PID 1 may never reap it): either way dead.
// SIGKILL is delivered at once but the process takes a moment to go, so look a few times.
async function isDead(pid: number): Promise<boolean> {
  for (let look = 0; look < 50; look++) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (stat === "" || / Z /.test(stat)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

// Starts a grandchild that prints its pid and would live for a minute, then does `then`.
const withGrandchild = (then: string) => `
  const { spawn } = require("node:child_process");
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  console.log(child.pid);
  ${then}`;

describe("exec", () => {
  it("resolves with the exit code and the outputs of a failing command, without throwing", async () => {
    const result = await exec(node, ["-e", "console.log('out'); console.error('err'); process.exit(3)"]);
    expect(result).toMatchObject({
      exitCode: 3,
      signal: null,
      timedOut: false,
      stdout: "out\n",
      stderr: "err\n",
    });
    // Both streams in one (in the order they reached us, which two pipes do not guarantee).
    expect(result.output.split("\n").sort()).toEqual(["", "err", "out"]);
  });

  it("kills the whole group at the time limit, grandchildren included", async () => {
    const result = await exec(node, ["-e", withGrandchild("setTimeout(() => {}, 60000)")], {
      timeoutMs: 1000,
    });
    expect(result).toMatchObject({ exitCode: undefined, signal: "SIGKILL", timedOut: true });
    expect(await isDead(Number(result.stdout.trim()))).toBe(true);
  });

  it("kills a grandchild left behind when the command exits", async () => {
    const result = await exec(node, ["-e", withGrandchild("child.unref();")]);
    expect(result.exitCode).toBe(0);
    expect(await isDead(Number(result.stdout.trim()))).toBe(true);
  });

  it("kills every group still running when this process exits", async () => {
    // A parent that execs a long sleeper through this helper, prints its pid, then exits.
    const parent = `
      import { exec } from ${JSON.stringify(new URL("../src/index.js", import.meta.url).href)};
      const sleeper = exec(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { timeoutMs: 60000 });
      console.log(sleeper.process.pid);
      setTimeout(() => process.exit(0), 100);`;
    const result = await exec(node, ["--input-type=module", "-e", parent]);
    expect(result.exitCode).toBe(0);
    expect(await isDead(Number(result.stdout.trim()))).toBe(true);
  });

  it("with throwOnError, rejects naming the command and the reason, with the output's last lines", async () => {
    await expect(
      exec(node, ["-e", "console.log('last words'); process.exit(2)"], { throwOnError: true }),
    ).rejects.toThrow(/-e .*: exit code 2\nlast words$/s);
    await expect(
      exec(node, ["-e", "setTimeout(() => {}, 60000)"], { timeoutMs: 500, throwOnError: true }),
    ).rejects.toThrow(/: timed out after 0.5 s/);
    expect((await exec(node, ["-e", "console.log('fine')"], { throwOnError: true })).stdout).toBe("fine\n");
  });

  it("rejects when the command cannot start", async () => {
    await expect(exec("/nonexistent/command")).rejects.toThrow(/ENOENT/);
  });
});
