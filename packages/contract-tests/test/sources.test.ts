import { readFileSync } from "node:fs";
import { isObject, resolvePointer } from "@evovoice-sdk/openapi-kit";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { repoRoot } from "../src/repo-paths.js";
import { neverNullFields } from "../src/server-contract/never-null-fields.js";
import { responseSource, SOURCES, type Source } from "../src/server-contract/sources.js";

// A live check fails only on what the spec or the vendor's metadata states, and says where: each
// quote it holds a server to must be found, word for word, at the place it names.

const spec = loadSpec();

function wordsAt({ at }: Source): string | undefined {
  const [file, pointer] = at.startsWith("#") ? [undefined, at] : (at.split(/(?=#)/) as [string, string]);
  const doc = file ? JSON.parse(readFileSync(`${repoRoot}${file}`, "utf8")) : spec;
  const node = resolvePointer(doc, pointer);
  if (typeof node === "string") return node;
  return isObject(node) && typeof node.description === "string" ? node.description : undefined;
}

describe("the sources the live checks quote", () => {
  it.each(Object.entries(SOURCES))("%s is quoted word for word from its place", (_, source) => {
    expect(wordsAt(source)).toContain(source.says);
  });

  it("a field the vendor types as a C# value type must be there: MessageInfo's bool and enum, from spec/vendor/", () => {
    const rules = neverNullFields();
    expect(rules.map((rule) => `${rule.type}.${rule.field}: ${rule.vendorType}`).sort()).toEqual([
      "MessageInfo.direction: MessageDirections",
      "MessageInfo.isUnread: bool",
    ]);
    for (const rule of rules)
      for (const source of rule.sources) expect(wordsAt(source)).toContain(source.says);
  });

  it("a documented status is quoted from the operation's responses", () => {
    expect(responseSource(spec, "/messages", "GET", 401)).toEqual({
      at: "#/paths/~1messages/get/responses/401",
      says: "No valid credentials were sent.",
    });
  });

  it("a quote that is not at its place is found out, so the check above can fail", () => {
    expect(wordsAt({ at: SOURCES.page.at, says: "" })).not.toContain("Pages count from 1");
  });
});
