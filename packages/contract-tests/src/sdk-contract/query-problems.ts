import type { ErrorObject } from "@evovoice-sdk/openapi-kit";
import { deref, isObject, type JsonObject, pointerKey } from "@evovoice-sdk/openapi-kit";
import { describeErrors } from "../spec-validator.js";

type Validate = (pointer: string, value: unknown) => ErrorObject[];

// A request's query string against the operation's query parameters: each value arrives exactly once
// (no `&`, `=`, `#` or `+` in a value may split it or add a parameter), decodes to what was meant,
// and fits the parameter's schema once parsed the way the spec serialises it (`style: form`,
// `explode: false`: a list is one comma-separated value).

/**
 * Every way `url`'s query disagrees with what was meant (`expected`, each parameter's serialised
 * value) and with the spec's parameters of `method path`. Empty when it agrees.
 */
export function queryProblems(
  spec: JsonObject,
  validate: Validate,
  operation: { path: string; method: string },
  url: URL,
  expected: Record<string, string>,
): string[] {
  const parameters = queryParameters(spec, operation);
  const problems: string[] = [];
  const names = new Set(url.searchParams.keys());
  for (const name of names) {
    if (!parameters.has(name))
      problems.push(`${name} is not a query parameter of ${operation.method} ${operation.path}`);
    else if (!(name in expected)) problems.push(`${name} was sent, but not given`);
  }
  for (const [name, value] of Object.entries(expected)) {
    const arrived = url.searchParams.getAll(name);
    if (arrived.length !== 1) {
      problems.push(`${name} arrived ${arrived.length} times, not once (${JSON.stringify(url.search)})`);
      continue;
    }
    if (arrived[0] !== value)
      problems.push(`${name} arrived as ${JSON.stringify(arrived[0])}, not ${JSON.stringify(value)}`);
    const parameter = parameters.get(name);
    if (!parameter) continue;
    const errors = validate(parameter.pointer, parse(spec, parameter.schema, arrived[0] ?? ""));
    if (errors.length)
      problems.push(`${name} disagrees with ${parameter.pointer}: ${describeErrors(errors)}`);
  }
  return problems;
}

interface QueryParameter {
  /** The JSON pointer of the parameter's schema. */
  pointer: string;
  schema: JsonObject;
}

function queryParameters(
  spec: JsonObject,
  operation: { path: string; method: string },
): Map<string, QueryParameter> {
  const verb = operation.method.toLowerCase();
  const item = isObject(spec.paths) ? spec.paths[operation.path] : undefined;
  const op = isObject(item) ? item[verb] : undefined;
  const list = isObject(op) && Array.isArray(op.parameters) ? op.parameters : [];
  const found = new Map<string, QueryParameter>();
  for (const [index, entry] of list.entries()) {
    const parameter = deref(spec, entry);
    if (!isObject(parameter) || parameter.in !== "query") continue;
    const at =
      isObject(entry) && typeof entry.$ref === "string"
        ? entry.$ref
        : `#/paths/${pointerKey(operation.path)}/${verb}/parameters/${index}`;
    const schema = deref(spec, parameter.schema);
    found.set(String(parameter.name), { pointer: `${at}/schema`, schema: isObject(schema) ? schema : {} });
  }
  return found;
}

// The serialised value back to JSON, as a server reading the spec would: a list splits on commas,
// numbers and booleans are parsed only when they are exactly that (so "1.5" stays a string and fails).
function parse(spec: JsonObject, schema: JsonObject, value: string): unknown {
  const type = schema.type;
  if (type === "array") {
    const items = deref(spec, schema.items);
    return value.split(",").map((item) => parse(spec, isObject(items) ? items : {}, item));
  }
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}
