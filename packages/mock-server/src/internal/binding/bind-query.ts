import type { ValidateFunction } from "@evovoice-sdk/openapi-kit";
import type { OperationName } from "../../records.js";
import { fieldErrors } from "../validation/ajv-errors.js";
import {
  type ErrorBody,
  errorBody,
  pascalCase,
  type ResponseError,
} from "../validation/service-stack-errors.js";

/** One query parameter of an operation, as the spec describes it. */
export interface QueryParam {
  /** As the spec names it: `endpointIds`. */
  name: string;
  kind: "array" | "integer" | "boolean" | "string";
  /** An enum's values, matched case-insensitively as ServiceStack parses enums. */
  enumValues?: readonly string[];
  /**
   * `format` and `callback` are ServiceStack's own parameters, not fields of the request DTO: a bad
   * value is a validation error, where a DTO field that will not bind is a serialization error.
   */
  control: boolean;
  validate: ValidateFunction;
}

/** An operation's query parameters by lower-case name: ServiceStack binds names case-insensitively. */
export interface QueryBinder {
  operation: OperationName;
  params: ReadonlyMap<string, QueryParam>;
}

export interface BoundQuery {
  /** Each parameter given, typed, by its spec name. */
  values: Record<string, unknown>;
  /** DTO fields whose value would not bind (`page=abc`): ServiceStack refuses these before validating. */
  bindingErrors: ResponseError[];
  /** `format` or `callback` that fail their schema. */
  paramErrors: ResponseError[];
}

/**
 * The parameters of a query string, and of a JSON body's fields on the predefined routes. A list
 * takes comma-separated values and repeated keys, as ServiceStack binds `List<string>`; an empty
 * value is no value; each value is checked against its schema in the spec.
 */
export function bindQuery(binder: QueryBinder, query: string, body?: Record<string, unknown>): BoundQuery {
  const given = new Map<QueryParam, unknown>();
  for (const [key, value] of new URLSearchParams(query)) {
    const param = binder.params.get(key.toLowerCase());
    if (!param) continue;
    const earlier = given.get(param);
    if (param.kind === "array")
      given.set(param, [...((earlier as string[] | undefined) ?? []), ...split(value)]);
    else if (earlier === undefined) given.set(param, value);
  }
  for (const key in body) {
    const param = binder.params.get(key.toLowerCase());
    if (param)
      given.set(
        param,
        param.kind === "array" && typeof body[key] === "string" ? split(body[key]) : body[key],
      );
  }
  const bound: BoundQuery = { values: {}, bindingErrors: [], paramErrors: [] };
  for (const [param, input] of given) {
    const value = param.control ? input : coerce(param, input);
    if (value === undefined) continue;
    if (param.validate(value)) bound.values[param.name] = value;
    else if (param.control) bound.paramErrors.push(...fieldErrors(param.validate.errors, param.name));
    else bound.bindingErrors.push(invalidValue(param.name, input));
  }
  return bound;
}

/** ServiceStack's answer to a query that does not bind, as the spec's `invalidQuery` example shows it. */
export function bindingErrorBody(operation: OperationName, errors: ResponseError[]): ErrorBody {
  return errorBody("SerializationException", `Unable to bind to request '${operation}'`, errors);
}

function split(value: string): string[] {
  return value.split(",").filter((item) => item !== "");
}

/** A query string's text as the parameter's type, or the text itself for the schema to refuse. */
function coerce(param: QueryParam, input: unknown): unknown {
  if (typeof input !== "string") return Array.isArray(input) && input.length === 0 ? undefined : input;
  if (input === "") return undefined;
  switch (param.kind) {
    case "integer":
      return /^[-+]?\d+$/.test(input) ? Number(input) : input;
    case "boolean":
      return /^(true|false)$/i.test(input) ? input.toLowerCase() === "true" : input;
    default:
      return param.enumValues?.find((value) => value.toLowerCase() === input.toLowerCase()) ?? input;
  }
}

function invalidValue(name: string, input: unknown): ResponseError {
  const fieldName = pascalCase(name);
  const shown = typeof input === "string" ? input : JSON.stringify(input);
  return {
    errorCode: "SerializationException",
    fieldName,
    message: `'${shown}' is an Invalid value for '${fieldName}'`,
  };
}
