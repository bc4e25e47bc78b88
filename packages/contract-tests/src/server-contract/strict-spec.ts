import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";

/**
 * A copy of the spec in which every component object schema forbids fields it
 * does not declare. The SDK tolerates extra fields (forward compatibility), but
 * the contract check must not: a renamed field shows up as an undeclared one.
 */
export function strictSpec(spec: JsonObject): JsonObject {
  const copy = structuredClone(spec);
  const schemas =
    isObject(copy.components) && isObject(copy.components.schemas) ? copy.components.schemas : {};
  for (const schema of Object.values(schemas)) {
    if (isObject(schema) && isObject(schema.properties) && !("additionalProperties" in schema)) {
      schema.unevaluatedProperties = false;
    }
  }
  return copy;
}
