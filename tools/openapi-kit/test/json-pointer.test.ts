import { describe, expect, it } from "vitest";
import { pointerKey, resolvePointer } from "../src/index.js";

const doc = {
  paths: { "/sessions/{sessionId}/messages": { post: { tags: ["messages"] } } },
  "a~b": 1,
  list: [10, 20],
  empty: null,
};

describe("pointerKey", () => {
  it("escapes ~ before / (RFC 6901), so the two cannot be confused", () => {
    expect(pointerKey("/messages")).toBe("~1messages");
    expect(pointerKey("a~b")).toBe("a~0b");
    expect(pointerKey("~1")).toBe("~01");
  });
});

describe("resolvePointer", () => {
  it("reaches a node through escaped keys and array indexes", () => {
    const pointer = `#/paths/${pointerKey("/sessions/{sessionId}/messages")}/post/tags/0`;
    expect(resolvePointer(doc, pointer)).toBe("messages");
    expect(resolvePointer(doc, `#/${pointerKey("a~b")}`)).toBe(1);
    expect(resolvePointer(doc, "#/list/1")).toBe(20);
  });

  it("is the whole document at #", () => {
    expect(resolvePointer(doc, "#")).toBe(doc);
  });

  it("is undefined where nothing is, however deep the pointer goes", () => {
    expect(resolvePointer(doc, "#/components/schemas/Missing")).toBeUndefined();
    expect(resolvePointer(doc, "#/list/2")).toBeUndefined();
    expect(resolvePointer(doc, "#/list/01")).toBeUndefined();
    expect(resolvePointer(doc, "#/empty/x")).toBeUndefined();
    expect(resolvePointer(doc, "#/list/0/x")).toBeUndefined();
  });

  it("finds own keys only, never the prototype's", () => {
    expect(resolvePointer(doc, "#/constructor")).toBeUndefined();
    expect(resolvePointer(doc, "#/paths/__proto__")).toBeUndefined();
  });

  it("refuses a pointer into another document", () => {
    expect(() => resolvePointer(doc, "other.yaml#/a")).toThrow(/only local JSON pointers/);
    expect(() => resolvePointer(doc, "/paths")).toThrow(/only local JSON pointers/);
  });
});
