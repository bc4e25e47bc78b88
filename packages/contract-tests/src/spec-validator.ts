import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { JsonObject } from "./openapi-document.js";

// ajv-formats is CommonJS; under ESM its function sits on `.default`.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const DOCUMENT_ID = "openapi.json";

/**
 * Ajv (JSON Schema draft 2020-12, the dialect of OpenAPI 3.1) over the whole
 * spec, so any schema can be reached by its JSON pointer and its local $refs resolve.
 */
export function createSpecValidator(doc: JsonObject) {
  // strict: false because the document around the schemas (paths, info, …) is not itself a schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, DOCUMENT_ID);
  const cache = new Map<string, ValidateFunction>();
  return {
    /** Validates `value` against the schema at `pointer` (e.g. `#/components/schemas/MessageInfo`). */
    validate(pointer: string, value: unknown): ErrorObject[] {
      let validate = cache.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
        cache.set(pointer, validate);
      }
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
