import { type ErrorObject, type JsonObject, schemaCompiler } from "@evovoice-sdk/openapi-kit";

/**
 * Ajv (JSON Schema draft 2020-12, the dialect of OpenAPI 3.1) over the whole
 * spec, so any schema can be reached by its JSON pointer and its local $refs resolve.
 */
export function createSpecValidator(doc: JsonObject) {
  const compile = schemaCompiler(doc);
  return {
    /** Validates `value` against the schema at `pointer` (e.g. `#/components/schemas/MessageInfo`). */
    validate(pointer: string, value: unknown): ErrorObject[] {
      const validate = compile(pointer);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}

export function describeErrors(errors: ErrorObject[]): string {
  return errors
    .map((error) => `${error.instancePath || "(root)"} ${error.message}${namedField(error)}`)
    .join("; ");
}

// Ajv keeps the offending property's name in params; a reviewer needs it in the sentence.
function namedField(error: ErrorObject): string {
  const params = error.params as { unevaluatedProperty?: string; additionalProperty?: string };
  const name = params.unevaluatedProperty ?? params.additionalProperty;
  return name === undefined ? "" : ` (${name})`;
}
