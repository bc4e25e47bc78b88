import { isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";

/**
 * The live check's view of the spec: a copy in which no schema forbids fields it does not declare
 * (`unevaluatedProperties: false` and `additionalProperties: false` are dropped wherever they are).
 *
 * Why two views. The spec describes the vendor's DTOs exactly, and the mock server is held to the
 * strict reading (strict-spec.ts: any field the spec lacks fails its tests), so the mock never teaches
 * anyone a field the vendor does not send. A real server may add fields at any time: the SDK passes
 * them through (a response type widened by the vendor breaks no caller), so a live answer is validated
 * against this tolerant copy, and every field it carries that the spec lacks is counted by
 * field-census.ts and reported once per field ("consider adding it to the spec"), failing nothing.
 * A field removed, renamed or retyped still fails: types are kept, and a field the run has evidence
 * for (never-null-fields.ts, the filters, the sends) must be there. The spec itself is not loosened.
 */
export function tolerantSpec(spec: JsonObject): JsonObject {
  return tolerate(structuredClone(spec)) as JsonObject;
}

function tolerate(node: Json): Json {
  if (Array.isArray(node)) node.forEach(tolerate);
  else if (isObject(node)) {
    for (const keyword of ["unevaluatedProperties", "additionalProperties"]) {
      if (node[keyword] === false) delete node[keyword];
    }
    Object.values(node).forEach(tolerate);
  }
  return node;
}
