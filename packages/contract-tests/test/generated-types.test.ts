import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { firstDifference, regenerateTypes } from "../src/regenerate-types.js";
import { fromRoot, generatedTypes } from "../src/repo-paths.js";

describe("generated types", () => {
  it("match what the spec generates now (run `npm run generate` and commit if this fails)", async () => {
    const [expected, committed] = await Promise.all([regenerateTypes(), readFile(generatedTypes, "utf8")]);
    const drift = firstDifference(expected, committed);
    expect(
      drift,
      `${fromRoot(generatedTypes)} has drifted from spec/openapi.yaml at ${drift}`,
    ).toBeUndefined();
  });

  it("keep openapi-typescript's do-not-edit header", async () => {
    const committed = await readFile(generatedTypes, "utf8");
    expect(committed.split("\n").slice(0, 5).join("\n")).toContain("Do not make direct changes to the file.");
  });

  it("firstDifference names the line that drifted", () => {
    expect(firstDifference("a\nb: string;\n", "a\nb: number;\n")).toBe(
      'line 2: the spec generates "b: string;", the committed file has "b: number;"',
    );
    expect(firstDifference("same\n", "same\n")).toBeUndefined();
  });
});
