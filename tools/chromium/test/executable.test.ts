import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumExecutable } from "../src/index.js";

const scratch = mkdtempSync(join(tmpdir(), "evovoice-chromium-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const existing = join(scratch, "some-chromium");
writeFileSync(existing, "#!/bin/sh\n", { mode: 0o755 });
const missing = join(scratch, "no-such-chromium");
const notExecutable = join(scratch, "not-executable");
writeFileSync(notExecutable, "", { mode: 0o644 });
const folder = join(scratch, "a-folder");
mkdirSync(folder);

describe("chromiumExecutable", () => {
  it("takes CHROMIUM_PATH first", async () => {
    expect(await chromiumExecutable({ env: { CHROMIUM_PATH: existing }, systemPath: missing })).toBe(
      existing,
    );
  });

  it("refuses a CHROMIUM_PATH it cannot run rather than guess another browser", async () => {
    await expect(
      chromiumExecutable({ env: { CHROMIUM_PATH: missing }, systemPath: existing }),
    ).rejects.toThrow(`CHROMIUM_PATH=${missing} is not an executable file`);
    await expect(
      chromiumExecutable({ env: { CHROMIUM_PATH: notExecutable }, systemPath: existing }),
    ).rejects.toThrow(`CHROMIUM_PATH=${notExecutable} is not an executable file`);
  });

  it("takes the system Chromium when there is one", async () => {
    expect(await chromiumExecutable({ env: {}, systemPath: existing })).toBe(existing);
  });

  it("passes over a system path that is not a runnable file (hidden by a bind mount of /dev/null, say)", async () => {
    const npm = /node_modules\/\.cache\/evovoice-sdk-chromium\/[\d.]+\/chromium$/;
    for (const systemPath of ["/dev/null", notExecutable, folder]) {
      expect(await chromiumExecutable({ env: {}, systemPath })).toMatch(npm);
    }
  });
});
