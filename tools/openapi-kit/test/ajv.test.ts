import { describe, expect, it } from "vitest";
import { createAjv, schemaCompiler } from "../src/index.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/messages": {
      post: {
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/SendMessage" } } },
        },
      },
    },
  },
  components: {
    schemas: {
      SendMessage: {
        type: "object",
        properties: { body: { type: "string" }, date: { $ref: "#/components/schemas/Date" } },
        required: ["body"],
        example: { body: "Hi" },
      },
      Date: { type: "string", format: "date-time" },
    },
  },
};

describe("createAjv", () => {
  it("knows the standard formats (the ajv-formats import works under this loader)", () => {
    const validate = createAjv().compile({ type: "string", format: "date-time" });
    expect(validate("2026-11-26T10:00:00Z")).toBe(true);
    expect(validate("yesterday")).toBe(false);
  });

  it("speaks JSON Schema 2020-12 and reports every error, not only the first", () => {
    const validate = createAjv().compile({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "number" } },
      unevaluatedProperties: false,
    });
    expect(validate({ a: 1, b: "x", c: true })).toBe(false);
    expect(validate.errors?.map((error) => error.keyword).sort()).toEqual([
      "type",
      "type",
      "unevaluatedProperties",
    ]);
  });

  it("takes Ajv options over its defaults", () => {
    const validate = createAjv({ allErrors: false }).compile({
      properties: { a: { type: "string" }, b: { type: "number" } },
    });
    validate({ a: 1, b: "x" });
    expect(validate.errors).toHaveLength(1);
  });
});

describe("schemaCompiler", () => {
  it("compiles a schema by pointer, its local $refs resolved in the document", () => {
    const compile = schemaCompiler(spec);
    const body = compile("#/paths/~1messages/post/requestBody/content/application~1json/schema");
    expect(body({ body: "Hi", date: "2026-11-26T10:00:00Z" })).toBe(true);
    expect(body({ date: "not a date" })).toBe(false);
    expect(body.errors?.map((error) => error.keyword).sort()).toEqual(["format", "required"]);
  });

  it("compiles each pointer once", () => {
    const compile = schemaCompiler(spec);
    expect(compile("#/components/schemas/Date")).toBe(compile("#/components/schemas/Date"));
  });

  it("keeps two documents apart in one Ajv", () => {
    const ajv = createAjv();
    const other = structuredClone(spec);
    other.components.schemas.Date = { type: "string", format: "date" } as typeof spec.components.schemas.Date;
    const first = schemaCompiler(spec, ajv)("#/components/schemas/Date");
    const second = schemaCompiler(other, ajv)("#/components/schemas/Date");
    expect([first("2026-11-26T10:00:00Z"), second("2026-11-26T10:00:00Z")]).toEqual([true, false]);
  });

  it("refuses a pointer that is not local", () => {
    expect(() => schemaCompiler(spec)("components/schemas/Date")).toThrow(/only local JSON pointers/);
  });
});
