import type { ValidationIssue } from "../errors.js";
import type { queryFields } from "../generated/fields.js";
import type { ListConversationsQuery, ListMessagesQuery } from "../types.js";
import { unknownKeyIssues } from "./known-keys.js";
import { assertNoIssues } from "./validate.js";

type Fields = typeof queryFields;
/** A query field's kind, as generated from the spec: its enum values, or its JSON Schema type. */
type Kind = { [Op in keyof Fields]: Fields[Op][keyof Fields[Op]] }[keyof Fields];

/** The query fields of a GET operation as the SDK takes them: JSON only, so no `format` or `callback`. */
export function jsonQueryFields<Fields extends { format: unknown; callback: unknown }>(
  fields: Fields,
): Omit<Fields, "format" | "callback"> {
  const { format: _format, callback: _callback, ...jsonFields } = fields;
  return jsonFields;
}

// The one field the SDK also takes as a Date (see the queries in types.ts); it is sent as ISO 8601.
const DATE_FIELD: keyof ListMessagesQuery & keyof ListConversationsQuery = "afterDate";

/** Whether `value` fits `kind`, and what it must be when it does not. */
// Every type the spec gives a query field has its rule: a new one fails to compile here.
const RULES: Record<Extract<Kind, string>, [(value: unknown) => boolean, string]> = {
  // Lists travel comma-separated, the way ServiceStack binds them: a comma inside an id would split it
  // into two, and an empty list would not filter at all (every message instead of none).
  array: [
    (value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((id) => typeof id === "string" && !!id.trim() && !id.includes(",")),
    "must be a non-empty array of non-blank ids without commas",
  ],
  integer: [
    (value) => Number.isInteger(value) && (value as number) >= 0,
    "must be a whole number, 0 or more",
  ],
  boolean: [(value) => typeof value === "boolean", "must be true or false"],
  string: [(value) => typeof value === "string" && !!value.trim(), "must be a non-blank string"],
};

/**
 * A copy of `query` holding only the operation's fields, each checked against its kind in the spec
 * (undefined ones left out, the date as ISO 8601). Throws one RequestValidationError listing every
 * problem, unknown fields included, before anything is sent. openapi-fetch then percent-encodes every
 * value, so no value can add a parameter.
 */
export function checkQuery<Checked>(
  query: object | undefined,
  fields: Record<string, Kind>,
  operation: string,
): Checked {
  const known = Object.keys(fields);
  const issues: ValidationIssue[] = unknownKeyIssues(query, known, `a field of ${operation}`);
  const checked: Record<string, unknown> = {};
  const given = (query ?? {}) as Record<string, unknown>;
  for (const name of known) {
    const value = given[name];
    if (value === undefined) continue;
    const kind = fields[name] as Kind;
    const date = name === DATE_FIELD && value instanceof Date;
    const [valid, message] =
      typeof kind === "string"
        ? RULES[kind]
        : [(v: unknown) => (kind as readonly unknown[]).includes(v), `must be one of ${kind.join(", ")}`];
    if (date ? Number.isNaN(value.getTime()) : !valid(value))
      issues.push({ field: name, message: date ? "must be a valid Date" : message });
    else checked[name] = date ? value.toISOString() : value;
  }
  assertNoIssues(issues);
  return checked as Checked;
}
