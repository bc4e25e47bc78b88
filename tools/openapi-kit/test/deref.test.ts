import { describe, expect, it } from "vitest";
import { deref } from "../src/index.js";

const doc = {
  components: {
    schemas: {
      MessageInfo: { type: "object" },
      Alias: { $ref: "#/components/schemas/MessageInfo" },
      AliasOfAlias: { $ref: "#/components/schemas/Alias" },
      Loop: { $ref: "#/components/schemas/Loop2" },
      Loop2: { $ref: "#/components/schemas/Loop" },
      Self: { $ref: "#/components/schemas/Self" },
    },
  },
};

describe("deref", () => {
  it("follows a chain of local $refs to the node that is not one", () => {
    const target = doc.components.schemas.MessageInfo;
    expect(deref(doc, { $ref: "#/components/schemas/MessageInfo" })).toBe(target);
    expect(deref(doc, { $ref: "#/components/schemas/AliasOfAlias" })).toBe(target);
  });

  it("returns anything that is not a reference as it is", () => {
    const schema = { type: "string" };
    expect(deref(doc, schema)).toBe(schema);
    expect(deref(doc, "text")).toBe("text");
    expect(deref(doc, undefined)).toBeUndefined();
    expect(deref(doc, [{ $ref: "#/components" }])).toEqual([{ $ref: "#/components" }]);
  });

  it("is undefined for a reference to nothing", () => {
    expect(deref(doc, { $ref: "#/components/schemas/Missing" })).toBeUndefined();
  });

  it("throws on a cycle instead of looping, naming the chain", () => {
    expect(() => deref(doc, { $ref: "#/components/schemas/Loop" })).toThrow(
      "$ref cycle: #/components/schemas/Loop → #/components/schemas/Loop2 → #/components/schemas/Loop",
    );
    expect(() => deref(doc, { $ref: "#/components/schemas/Self" })).toThrow(/\$ref cycle/);
  });
});
