import { describe, expect, it } from "vitest";
import { schemaKeyword, sideOf } from "../src/diff-location.js";

const body = ["paths", "/messages", "post", "requestBody", "content", "application/json", "schema"];
const response = ["paths", "/messages", "post", "responses", "200", "content", "application/json", "schema"];

describe("reading api-smart-diff's paths", () => {
  it("tells the request side from the response side", () => {
    expect(sideOf(body)).toBe("request");
    expect(sideOf(["paths", "/messages", "post", "parameters", 0, "schema"])).toBe("request");
    expect(sideOf(response)).toBe("response");
    expect(sideOf(["components", "schemas", "MessageInfo"])).toBeUndefined();
  });

  it("tells a field from a keyword, even a field named like one", () => {
    expect(schemaKeyword([...body, "properties", "toAddress"])).toEqual({
      keyword: "properties",
      member: true,
    });
    expect(schemaKeyword([...body, "properties", "type"])).toEqual({ keyword: "properties", member: true });
    expect(schemaKeyword([...body, "properties", "type", "type"])).toEqual({
      keyword: "type",
      member: false,
    });
    expect(schemaKeyword([...response, "properties", "direction", "enum", 1])).toEqual({
      keyword: "enum",
      member: true,
    });
    expect(schemaKeyword([...body, "anyOf", 1, "allOf", 1, "required", 2])).toEqual({
      keyword: "required",
      member: true,
    });
    expect(schemaKeyword([...response, "properties", "errors", "items", "properties", "message"])).toEqual({
      keyword: "properties",
      member: true,
    });
  });
});
