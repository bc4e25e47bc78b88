import { describe, expect, it } from "vitest";
import { collectExamples } from "../src/examples/collect-examples.js";
import { loadSpec } from "../src/openapi-document.js";
import { createSpecValidator, describeErrors } from "../src/spec-validator.js";

const spec = loadSpec();
const examples = collectExamples(spec);
const validator = createSpecValidator(spec);

describe("every example in the spec", () => {
  it("finds the examples of requests, responses, errors and parameters", () => {
    const places = examples.map((example) => example.at);
    expect(places.some((at) => at.includes("requestBody"))).toBe(true);
    expect(places.some((at) => at.includes("MessageSent"))).toBe(true);
    expect(places.some((at) => at.includes("MessagesListed"))).toBe(true);
    expect(places.some((at) => at.includes("ConversationsListed"))).toBe(true);
    expect(places.some((at) => at.includes("BadRequest"))).toBe(true);
    expect(places.some((at) => at.includes("parameters"))).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });

  it.each(examples.map((example) => [example.at, example] as const))(
    "%s validates against its schema",
    (_, example) => {
      const errors = validator.validate(example.schemaPointer, example.value);
      expect(errors, describeErrors(errors)).toEqual([]);
    },
  );

  it("rejects an example that does not fit, so the checks above can fail", () => {
    const wrong = { direction: "Sideways", isUnread: "no", date: "yesterday" };
    const errors = validator.validate("#/components/schemas/MessageInfo", wrong);
    expect(errors.map((error) => error.instancePath).sort()).toEqual(["/date", "/direction", "/isUnread"]);
    const page = { items: [{ isUnread: "no" }], totalCount: "3", hasMorePages: 1 };
    const pageErrors = validator.validate("#/components/schemas/ListResponseOfMessageInfo", page);
    expect(pageErrors.map((error) => error.instancePath).sort()).toEqual([
      "/hasMorePages",
      "/items/0/isUnread",
      "/totalCount",
    ]);
  });

  it("enforces the addressing rule of the /messages route", () => {
    const schema = "#/components/schemas/AddressedSendMessage";
    expect(validator.validate(schema, { body: "hi" })).not.toEqual([]);
    expect(validator.validate(schema, { endpointId: "E1", body: "hi" })).not.toEqual([]);
    expect(validator.validate(schema, { endpointId: "E1", toAddress: "+15556667777", body: "hi" })).toEqual(
      [],
    );
    expect(validator.validate(schema, { sessionId: "S1", endpointId: "E1", body: "hi" })).toEqual([]);
  });
});
