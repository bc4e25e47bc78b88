import { isObject, type Json, type JsonObject, pointerKey, resolvePointer } from "@evovoice-sdk/openapi-kit";

/**
 * The JSON pointer, in `spec`, of the schema that documents the value at `instancePath` (an Ajv
 * `/items/0/isUnread`) of a body documented by the schema at `pointer`: `$ref`s are followed, so it
 * names the component (`#/components/schemas/MessageInfo/properties/isUnread`), the place a person
 * would fix. Where the path leaves the schema, the last schema reached.
 */
export function schemaAt(spec: JsonObject, pointer: string, instancePath: string): string {
  let at = pointer;
  for (const key of instancePath.split("/").slice(1)) {
    at = follow(spec, at);
    const node = resolvePointer(spec, at);
    if (!isObject(node)) return at;
    const next = /^\d+$/.test(key) ? childOf(spec, at, node, "items") : propertyOf(spec, at, node, key);
    if (next === undefined) return at;
    at = next;
  }
  return follow(spec, at);
}

function follow(spec: JsonObject, pointer: string): string {
  let at = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node: Json | undefined = resolvePointer(spec, at);
    if (!isObject(node) || typeof node.$ref !== "string") return at;
    at = node.$ref;
  }
  return at;
}

function childOf(spec: JsonObject, at: string, node: JsonObject, keyword: string): string | undefined {
  return isObject(node[keyword]) ? follow(spec, `${at}/${keyword}`) : undefined;
}

function propertyOf(spec: JsonObject, at: string, node: JsonObject, key: string): string | undefined {
  if (isObject(node.properties) && key in node.properties) return `${at}/properties/${pointerKey(key)}`;
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const branches = Array.isArray(node[keyword]) ? node[keyword] : [];
    for (const index of branches.keys()) {
      const branch = follow(spec, `${at}/${keyword}/${index}`);
      const inner = resolvePointer(spec, branch);
      const found = isObject(inner) ? propertyOf(spec, branch, inner, key) : undefined;
      if (found) return found;
    }
  }
  return isObject(node.additionalProperties) ? `${at}/additionalProperties` : undefined;
}
