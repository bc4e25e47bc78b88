// What the bundled spec says each operation is made of, so the browser tests take their expectations
// from the spec rather than from a copy that could go stale.
import { readFileSync } from "node:fs";
import { deref } from "@evovoice-sdk/openapi-kit";
import { bundledSpecFile } from "./paths.js";

type Node = Record<string, unknown>;

export interface Field {
  name: string;
  description: string | undefined;
}

export interface ResponseFacts {
  status: string;
  description: string;
  fields: Field[];
  headers: string[];
}

export interface OperationFacts {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  requestFields: Field[];
  responses: ResponseFacts[];
  enumValues: string[];
  security: string[];
  requestExample: Node | undefined;
  /** Query and path parameters that have an `example`, as Redoc shows it: `name=value` (lists comma-joined). */
  parameterExamples: string[];
}

export const spec = JSON.parse(readFileSync(bundledSpecFile, "utf8")) as Node;

const asNode = (value: unknown): Node => (value && typeof value === "object" ? (value as Node) : {});

/** Follows a local `$ref` (`#/components/...`), as often as it takes; `{}` where nothing is. */
function resolve(value: unknown): Node {
  return asNode(deref(spec, value));
}

function collectSchema(value: unknown, fields: Field[], enums: Set<string>, seen: Set<unknown>): void {
  const schema = resolve(value);
  if (seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema.enum)) for (const item of schema.enum) enums.add(String(item));
  for (const [name, property] of Object.entries(asNode(schema.properties))) {
    const description = asNode(property).description ?? resolve(property).description;
    fields.push({ name, description: typeof description === "string" ? description : undefined });
    collectSchema(property, fields, enums, seen);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    if (Array.isArray(schema[key])) for (const part of schema[key]) collectSchema(part, fields, enums, seen);
  }
  if (schema.items) collectSchema(schema.items, fields, enums, seen);
  seen.delete(schema);
}

function jsonSchemaOf(holder: Node): unknown {
  return asNode(asNode(asNode(holder.content)["application/json"]).schema);
}

function operationFacts(path: string, method: string, operation: Node): OperationFacts {
  const enums = new Set<string>();
  const requestFields: Field[] = [];
  const parameterExamples: string[] = [];
  for (const parameter of (operation.parameters as unknown[]) ?? []) {
    const resolved = resolve(parameter);
    if (resolved.example !== undefined && resolved.in === "query") {
      const example = Array.isArray(resolved.example) ? resolved.example.join(",") : String(resolved.example);
      parameterExamples.push(`${String(resolved.name)}=${example}`);
    }
    requestFields.push({
      name: String(resolved.name),
      description: resolved.description as string | undefined,
    });
    collectSchema(resolved.schema, [], enums, new Set());
  }
  const requestBody = resolve(operation.requestBody);
  collectSchema(jsonSchemaOf(requestBody), requestFields, enums, new Set());
  const examples = asNode(asNode(asNode(requestBody.content)["application/json"]).examples);
  const firstExample = Object.values(examples)[0];

  const responses = Object.entries(asNode(operation.responses)).map(([status, value]) => {
    const response = resolve(value);
    const fields: Field[] = [];
    collectSchema(jsonSchemaOf(response), fields, enums, new Set());
    return {
      status,
      description: String(response.description ?? ""),
      fields,
      headers: Object.keys(asNode(response.headers)),
    };
  });
  const security = ((operation.security ?? spec.security) as Node[]).flatMap((entry) => Object.keys(entry));
  return {
    operationId: String(operation.operationId),
    method,
    path,
    summary: String(operation.summary ?? ""),
    requestFields,
    responses,
    enumValues: [...enums],
    security,
    requestExample: firstExample ? asNode(resolve(firstExample).value) : undefined,
    parameterExamples,
  };
}

export const operations: OperationFacts[] = Object.entries(asNode(spec.paths)).flatMap(([path, item]) =>
  Object.entries(asNode(item))
    .filter(([method]) =>
      ["get", "put", "post", "delete", "patch", "options", "head", "trace"].includes(method),
    )
    .map(([method, operation]) => operationFacts(path, method, asNode(operation))),
);

export const securitySchemes = Object.entries(asNode(asNode(spec.components).securitySchemes)).map(
  ([name, scheme]) => ({
    name,
    ...(resolve(scheme) as { type?: string; scheme?: string; description?: string }),
  }),
);

/** A spec description as it reads once rendered: markdown emphasis and code marks gone, spaces collapsed. */
export function asRenderedText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]*)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
