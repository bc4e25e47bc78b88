import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";

// Redocly lints the spec in the build; this is a second, independent opinion: the official
// OpenAPI 3.1 JSON Schema, applied by another validator, to the spec as one document (the
// Redocly bundle of spec/openapi.yaml and its files, which spec-bundle.test.ts holds to them).
describe("the spec (bundled)", () => {
  it("is valid OpenAPI 3.1 by the official schema, and describes all three operations", async () => {
    const spec = loadSpec();
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(validator.version).toBe("3.1");
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = spec.paths as Record<string, Record<string, { operationId: string }>>;
    const operationIds = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operationIds.sort()).toEqual([
      "listConversations",
      "listMessages",
      "sendMessage",
      "sendMessageToSession",
    ]);
  });

  it("is rejected when broken, so the check above can fail", async () => {
    const spec = loadSpec();
    // OpenAPI has no `in: body` parameter (that was Swagger 2); the validator must say so.
    const paths = spec.paths as Record<string, Record<string, { parameters: { in: string }[] }>>;
    const parameter = paths["/messages"]?.get?.parameters[0];
    if (parameter) parameter.in = "body";
    const result = await new Validator().validate(spec);
    expect(result.valid).toBe(false);
  });
});
