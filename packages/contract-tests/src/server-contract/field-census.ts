import { isObject, type Json, type JsonObject, resolvePointer } from "@evovoice-sdk/openapi-kit";
import type { Problem } from "./findings.js";
import type { NeverNullField } from "./never-null-fields.js";

// Which fields the server's objects carry, by the schema each object is documented by: the fields the
// spec lacks (additive drift: reported once per field, never failed), the documented fields no object
// carried (a fact: null fields are left out), and the fields that must be there (a failure).

interface TypeCount {
  objects: number;
  answers: Set<string>;
  documented: string[];
  carried: Map<string, number>;
  extra: Map<string, { objects: number; answers: Set<string> }>;
  /** Seen in a successful answer: only then is a field no object carried worth a line. */
  inSuccess: boolean;
}

interface Shape {
  properties: JsonObject;
  /** The schema of fields not in `properties` (a map's values), when the schema allows them. */
  open: Json | undefined;
}

export class FieldCensus {
  readonly #types = new Map<string, TypeCount>();
  readonly #spec: JsonObject;
  readonly #mustCarry: Map<string, NeverNullField[]>;

  constructor(spec: JsonObject, mustCarry: readonly NeverNullField[]) {
    this.#spec = spec;
    this.#mustCarry = new Map();
    for (const rule of mustCarry) {
      this.#mustCarry.set(rule.type, [...(this.#mustCarry.get(rule.type) ?? []), rule]);
    }
  }

  /** Counts the objects of one answer's body (schema at `pointer`); returns the missing fields that must be there. */
  record(answer: string, body: unknown, pointer: string, success: boolean): Problem[] {
    const problems: Problem[] = [];
    this.#walk(body, { $ref: pointer }, "body", "", (type, object, path, shape) => {
      const count = this.#count(type, shape, success);
      count.objects++;
      count.answers.add(answer);
      for (const key of Object.keys(object)) {
        if (key in shape.properties) count.carried.set(key, (count.carried.get(key) ?? 0) + 1);
        else if (shape.open === undefined) {
          const extra = count.extra.get(key) ?? { objects: 0, answers: new Set<string>() };
          extra.objects++;
          extra.answers.add(answer);
          count.extra.set(key, extra);
        }
      }
      for (const rule of this.#mustCarry.get(type) ?? []) {
        if (object[rule.field] !== undefined) continue;
        problems.push({
          kind: `${type}.${rule.field} is missing, though the vendor types it ${rule.vendorType}, which is never null`,
          example: `${path || "/"} has no ${rule.field}`,
          sources: rule.sources,
        });
      }
    });
    return problems;
  }

  /** One line per field the spec lacks, and per documented field no object carried. */
  facts(): string[] {
    const lines: string[] = [];
    for (const [type, count] of this.#types) {
      // Fields seen on the same objects read as one line: a server that answers with another type names them all once.
      const together = new Map<string, string[]>();
      for (const [field, { objects, answers }] of count.extra) {
        const seen = `on ${objects} of ${count.objects} ${type} objects in ${answers.size} answers`;
        together.set(seen, [...(together.get(seen) ?? []), `${type}.${field}`]);
      }
      for (const [seen, fields] of together) {
        const named =
          fields.length === 1
            ? `undocumented field ${fields[0]}`
            : `undocumented fields ${fields.join(", ")}`;
        lines.push(`${named}, ${seen}: consider adding ${fields.length === 1 ? "it" : "them"} to the spec`);
      }
    }
    for (const [type, count] of this.#types) {
      if (!count.inSuccess) continue;
      const never = count.documented.filter((field) => !count.carried.has(field));
      if (never.length) {
        lines.push(
          `documented fields of ${type} no object carried (of ${count.objects}; null fields are left out): ${never.join(", ")}`,
        );
      }
    }
    return lines;
  }

  /** `Type.field` of every field the spec lacks, seen so far. */
  undocumented(): string[] {
    return [...this.#types].flatMap(([type, count]) =>
      [...count.extra.keys()].map((field) => `${type}.${field}`),
    );
  }

  #count(type: string, shape: Shape, success: boolean): TypeCount {
    let count = this.#types.get(type);
    if (!count) {
      count = {
        objects: 0,
        answers: new Set(),
        documented: Object.keys(shape.properties),
        carried: new Map(),
        extra: new Map(),
        inSuccess: false,
      };
      this.#types.set(type, count);
    }
    count.inSuccess ||= success;
    return count;
  }

  // Follows the value down the schema: a `$ref` to a component names the objects it reaches.
  #walk(
    value: unknown,
    schema: Json | undefined,
    name: string,
    path: string,
    visit: (type: string, object: JsonObject, path: string, shape: Shape) => void,
  ): void {
    let node = schema;
    let type = name;
    for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 32; hops++) {
      type = /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref)?.[1] ?? type;
      node = resolvePointer(this.#spec, node.$ref);
    }
    if (!isObject(node)) return;
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries())
        this.#walk(item, node.items, `${type}[]`, `${path}/${i}`, visit);
      return;
    }
    if (!isObject(value)) return;
    const shape = this.#shape(node);
    if (Object.keys(shape.properties).length === 0 && shape.open === undefined) return;
    visit(type, value, path, shape);
    for (const [key, child] of Object.entries(value)) {
      const childSchema = key in shape.properties ? shape.properties[key] : shape.open;
      this.#walk(child, childSchema, `${type}.${key}`, `${path}/${key}`, visit);
    }
  }

  // The fields an object schema documents, its own and its allOf/anyOf/oneOf branches' together.
  #shape(schema: JsonObject, depth = 0): Shape {
    const properties: JsonObject = { ...(isObject(schema.properties) ? schema.properties : {}) };
    let open: Json | undefined = isObject(schema.additionalProperties)
      ? schema.additionalProperties
      : undefined;
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const branches = Array.isArray(schema[keyword]) ? schema[keyword] : [];
      for (const branch of branches) {
        const resolved =
          isObject(branch) && typeof branch.$ref === "string"
            ? resolvePointer(this.#spec, branch.$ref)
            : branch;
        if (!isObject(resolved) || depth > 8) continue;
        const inner = this.#shape(resolved, depth + 1);
        Object.assign(properties, inner.properties);
        open ??= inner.open;
      }
    }
    return { properties, open };
  }
}
