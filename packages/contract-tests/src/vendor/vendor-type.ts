import { deref, isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { show } from "../spec-operations.js";

// The metadata page spells types the C# way; this is their JSON Schema twin. A `format`, where the
// spec gives one, must name the same width.
const PRIMITIVES: Record<string, { type: string; format?: string }> = {
  string: { type: "string" },
  bool: { type: "boolean" },
  int: { type: "integer", format: "int32" },
  long: { type: "integer", format: "int64" },
  double: { type: "number" },
  decimal: { type: "number" },
};

const LIST = /^List<(.+)>$/;

/** A component schema the vendor's type name stands for. */
export interface VendorTypeSchema {
  name: string;
  schema: JsonObject;
}

/**
 * The component schema for a vendor type: the one that says `x-servicestack-type: <name>` (needed for
 * generic names such as `ListResponse<MessageInfo>`, which cannot be a component name), else the one
 * named like it.
 */
export function schemaForVendorType(spec: JsonObject, typeName: string): VendorTypeSchema | undefined {
  const schemas =
    isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObject(schema) && schema["x-servicestack-type"] === typeName) return { name, schema };
  }
  const named = schemas[typeName];
  return isObject(named) ? { name: typeName, schema: named } : undefined;
}

/**
 * Why the spec's schema `node` does not describe the vendor's type, or undefined when it does:
 * `List<T>` is an array of T, a primitive its JSON type, and any other name (an enum, a DTO) a `$ref`
 * to that type's component schema.
 */
export function typeMismatch(
  spec: JsonObject,
  node: Json | undefined,
  vendorType: string,
): string | undefined {
  const list = LIST.exec(vendorType);
  if (list) {
    const schema = deref(spec, node);
    const items =
      isObject(schema) && schema.type === "array" ? typeMismatch(spec, schema.items, list[1] ?? "") : "";
    return items === undefined ? undefined : `type is ${describe(spec, node)}; vendor says ${vendorType}`;
  }
  const primitive = PRIMITIVES[vendorType];
  if (primitive) {
    const schema = deref(spec, node);
    const type = isObject(schema) ? schema.type : undefined;
    if (type !== primitive.type)
      return `type is ${describe(spec, node)}; vendor says ${vendorType} (${primitive.type})`;
    const format = isObject(schema) ? schema.format : undefined;
    if (primitive.format && format !== undefined && format !== primitive.format) {
      return `format is ${show(format)}; vendor's ${vendorType} is ${primitive.format}`;
    }
    return undefined;
  }
  const target = schemaForVendorType(spec, vendorType);
  if (!target) return `vendor's type ${vendorType} has no schema in components.schemas`;
  const expected = `#/components/schemas/${target.name}`;
  const ref = isObject(node) ? node.$ref : undefined;
  return ref === expected
    ? undefined
    : `type is ${describe(spec, node)}; vendor says ${vendorType} (${expected})`;
}

// A schema in a few words: `"string"`, `#/components/schemas/X`, `array of "string"`.
function describe(spec: JsonObject, node: Json | undefined): string {
  if (isObject(node) && typeof node.$ref === "string") return node.$ref;
  if (isObject(node) && node.type === "array") return `array of ${describe(spec, node.items)}`;
  if (isObject(node) && Array.isArray(node.enum) && node.type !== undefined)
    return `${show(node.type)} with an inline enum`;
  return show(isObject(node) ? node.type : node);
}
