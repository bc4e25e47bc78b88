import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { cleanEnv, describeExit, run, runOrThrow, tail } from "../src/index.js";

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

describe("run", () => {
  it("captures stdout, stderr and both interleaved, colours removed", async () => {
    const script = "process.stdout.write('out\\x1b[31m red\\x1b[0m\\n'); process.stderr.write('err\\n')";
    const result = await run(node, ["-e", script]);
    expect(result).toMatchObject({
      ok: true,
      code: 0,
      timedOut: false,
      stdout: "out red\n",
      stderr: "err\n",
    });
    expect(result.output.split("\n").sort()).toEqual(["", "err", "out red"]);
    expect(result.seconds).toBeGreaterThan(0);
  });

  it("resolves with the exit code of a failing command instead of rejecting", async () => {
    const result = await run(node, ["-e", "process.exit(3)"]);
    expect(result).toMatchObject({ ok: false, code: 3 });
    expect(describeExit(result)).toBe("exit code 3");
  });

  it("kills the whole group at the time limit, grandchildren included", async () => {
    // The grandchild prints its pid and would live for a minute.
    const script = `
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
      console.log(child.pid);
      setTimeout(() => {}, 60000);`;
    const result = await run(node, ["-e", script], { timeoutMs: 1000 });
    expect(result).toMatchObject({ ok: false, code: null, timedOut: true });
    expect(describeExit(result)).toBe("timed out after 1 s");
    expect(await isDead(Number(result.stdout.trim()))).toBe(true);
  });

  it("says why a command could not start", async () => {
    const result = await run("/nonexistent/command", []);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ENOENT/);
  });
});

describe("runOrThrow", () => {
  it("returns the result of a command that succeeds", async () => {
    expect((await runOrThrow(node, ["-e", "console.log('fine')"])).stdout).toBe("fine\n");
  });

  it("throws with the command, the reason and the tail of the output", async () => {
    await expect(runOrThrow(node, ["-e", "console.log('last words'); process.exit(2)"])).rejects.toThrow(
      /-e .*: exit code 2\nlast words/s,
    );
  });
});

describe("tail and cleanEnv", () => {
  it("keeps the last lines", () => {
    expect(tail("a\nb\nc\n", 2)).toBe("b\nc");
  });

  it("drops what npm run exports and turns colours off", () => {
    process.env.npm_config_local_prefix = "/monorepo";
    try {
      const env = cleanEnv({ EXTRA: "1" });
      expect(env.npm_config_local_prefix).toBeUndefined();
      expect(env).toMatchObject({ NO_COLOR: "1", FORCE_COLOR: "0", EXTRA: "1" });
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      delete process.env.npm_config_local_prefix;
    }
  });
});
