import type { ValidationIssue } from "../errors.js";
import type { queryFields } from "../generated/fields.js";
import type { ListConversationsQuery, ListMessagesQuery } from "../types.js";
import { unknownKeyIssues } from "./known-keys.js";
import { assertNoIssues } from "./validate.js";

type Fields = typeof queryFields;
/** A query field's kind, as generated from the spec: its enum values, or its JSON Schema type. */
type Kind = { [Op in keyof Fields]: Fields[Op][keyof Fields[Op]] }[keyof Fields];

/** An operation's query fields as the SDK checks them, made once per operation. */
export interface QueryRules {
  fields: Record<string, Kind>;
  known: string[];
  /** What an unknown field is not, e.g. "a field of messages.list". */
  what: string;
}

/**
 * The query rules of a GET operation from its generated fields: JSON only, so without `format` and
 * `callback` (each of which must still be in the spec).
 */
export function jsonQueryRules<Fields extends { format: unknown; callback: unknown } & Record<string, Kind>>(
  { format: _format, callback: _callback, ...fields }: Fields,
  operation: string,
): QueryRules {
  return { fields, known: Object.keys(fields), what: `a field of ${operation}` };
}

// The one field the SDK also takes as a Date (see the queries in types.ts); it is sent as ISO 8601.
const DATE_FIELD: keyof ListMessagesQuery & keyof ListConversationsQuery = "afterDate";

// Whether a value fits each kind, and what it must be when it does not. Every type the spec gives a
// query field has its rule: a new one fails to compile here.
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
export function checkQuery<Checked>(query: object | undefined, { fields, known, what }: QueryRules): Checked {
  const issues: ValidationIssue[] = unknownKeyIssues(query, known, what);
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
