import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";

/**
 * The mock server's view of the spec: a copy in which every component object schema forbids fields
 * it does not declare, so the mock never answers with a field the vendor's pages do not show. The
 * live check reads a real server through the opposite view (tolerant-spec.ts, which says why).
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
