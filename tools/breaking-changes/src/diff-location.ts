import { deref, isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import type { LibraryDiff } from "./library-diff.js";

// Turns api-smart-diff's raw JSON path into words a person can find in the spec:
// the operation, then what inside it (request body, a parameter, a response) and the
// field path within its schema.

export const VERBS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

type Path = LibraryDiff["path"];

/** `POST /messages` for a diff inside an operation, the path for a path, else `document`. */
export function locationOf(path: Path): string {
  if (path[0] !== "paths" || path.length < 2) return "document";
  const verb = String(path[2] ?? "");
  return VERBS.includes(verb) ? `${verb.toUpperCase()} ${path[1]}` : String(path[1]);
}

/** Where inside its operation a diff sits, e.g. `request body (application/json) › toAddress`. */
export function subjectOf(diff: LibraryDiff, before: JsonObject, after: JsonObject): string {
  const { path } = diff;
  if (path[0] !== "paths") return path.join(".");
  if (path.length <= 2) return path.length === 2 ? `path ${path[1]}` : "paths";
  const rest = path.slice(3);
  const area = rest[0];
  if (area === undefined) return "operation";
  if (area === "parameters") {
    // parameters / <index> / schema / ...
    const param = parameterOf(diff, before, after)?.parameter;
    const name = isObject(param) ? `${param.in} parameter ${param.name}` : `parameter ${rest[1]}`;
    return rest[2] === "schema" ? name + schemaTail(rest.slice(3), diff) : [name, ...rest.slice(2)].join(" ");
  }
  if (area === "requestBody") {
    // requestBody / content / <media type> / schema / ...
    if (rest[1] !== "content" || rest[2] === undefined) return ["request body", ...rest.slice(1)].join(" ");
    const body = `request body (${rest[2]})`;
    return rest[3] === "schema" ? body + schemaTail(rest.slice(4), diff) : [body, ...rest.slice(3)].join(" ");
  }
  if (area === "responses") {
    // responses / <status> / content / <media type> / schema / ...
    const response = `response ${rest[1]}`;
    if (rest[2] !== "content" || rest[3] === undefined) return [response, ...rest.slice(2)].join(" ");
    const body = `${response} (${rest[3]})`;
    return rest[4] === "schema" ? body + schemaTail(rest.slice(5), diff) : [body, ...rest.slice(4)].join(" ");
  }
  return rest.join(".");
}

/** Which side of the exchange a diff is on: what callers send, or what they read. */
export function sideOf(path: Path): "request" | "response" | undefined {
  if (path[0] !== "paths") return undefined;
  const area = path[3];
  if (area === "requestBody" || area === "parameters") return "request";
  if (area === "responses") return "response";
  return undefined;
}

// Keywords whose next segment names a member (a field, or an index into a list) rather
// than being a keyword itself; and keywords that hold one subschema.
const NAMED_MEMBERS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "enum", "required", "type", "examples"]);
const SUBSCHEMAS = new Set(["items", "additionalProperties", "not", "contains", "if", "then", "else"]);

/**
 * For a diff inside a request or response schema: the keyword its last segment is
 * (`member: false`, e.g. `.../body/type`), or is an entry of (`member: true`, e.g.
 * `.../properties/toAddress` or `.../enum/1`). A field named `type` is told from the keyword.
 */
export function schemaKeyword(path: Path): { keyword: string; member: boolean } | undefined {
  const side = sideOf(path);
  if (!side) return undefined;
  // Where the schema starts: parameters/<i>/schema, requestBody/content/<media>/schema,
  // responses/<status>/content/<media>/schema.
  const start = { parameters: 5, requestBody: 6, responses: 7 }[String(path[3])] ?? -1;
  if (path[start] !== "schema") return undefined;
  for (let i = start + 1; i < path.length; ) {
    const keyword = String(path[i]);
    const last = i === path.length - 1;
    if (NAMED_MEMBERS.has(keyword) || LISTS.has(keyword)) {
      if (last || i + 1 === path.length - 1) return { keyword, member: !last };
      i += 2;
    } else if (SUBSCHEMAS.has(keyword)) {
      if (last) return { keyword, member: false };
      i += 1;
    } else return { keyword, member: false };
  }
  return undefined;
}

// `properties/a/items/properties/b/type` → ` › a[].b type`; combinator branches are skipped
// because a reader names the field, not the branch of an anyOf that holds it.
function schemaTail(segments: Path, diff: LibraryDiff): string {
  const fields: string[] = [];
  let keyword = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === "properties" && i + 1 < segments.length) fields.push(String(segments[++i]));
    else if (segment === "items") fields.push("[]");
    else if (segment === "additionalProperties") fields.push("{}");
    else if (["allOf", "anyOf", "oneOf"].includes(String(segment))) i++;
    else {
      keyword = describeKeyword(segments.slice(i), diff);
      break;
    }
  }
  const field = fields.join(".").replaceAll(".[]", "[]").replaceAll(".{}", "{}");
  return `${field ? ` › ${field}` : ""}${keyword ? ` ${keyword}` : ""}`;
}

function describeKeyword(segments: Path, diff: LibraryDiff): string {
  const [keyword, index] = segments;
  const value = diff.action === "add" ? diff.after : diff.before;
  if (keyword === "required" && typeof index === "number") return `required field ${show(value)}`;
  if (keyword === "enum" && typeof index === "number") return `enum value ${show(value)}`;
  return segments.join(".");
}

/**
 * The parameter a diff under `parameters/<index>` is about, and where it is in each spec.
 * api-smart-diff matches parameters by `name` and `in`, and numbers them by the released list
 * (the operation's own, then the path item's): an added parameter gets an index past the released
 * ones whatever its place, with the parameter itself in `diff.after`; every other diff, at any
 * depth, carries the released index. Reading that index in the current list names a neighbour.
 */
export function parameterOf(
  diff: LibraryDiff,
  before: JsonObject,
  after: JsonObject,
): { parameter: JsonObject | undefined; path: Path } | undefined {
  const { path } = diff;
  if (path[0] !== "paths" || path[3] !== "parameters" || path.length < 5) return undefined;
  const whole = path.length === 5;
  const found =
    whole && diff.action === "add"
      ? deref(after, diff.after)
      : deref(before, parameterList(before, path)[Number(path[4])]?.parameter);
  const parameter = isObject(found) ? found : undefined;
  // The same parameter in the current spec, for a pointer a person can follow there.
  const current = parameterList(after, path).find(({ parameter: p }) => {
    const candidate = deref(after, p);
    return isObject(candidate) && candidate.name === parameter?.name && candidate.in === parameter?.in;
  });
  return { parameter, path: current ? [...current.at, ...path.slice(5)] : path };
}

// The library appends the path item's parameters after the operation's own.
function parameterList(doc: JsonObject, path: Path): { parameter: Json; at: Path }[] {
  const item = isObject(doc.paths) ? doc.paths[String(path[1])] : undefined;
  const operation = isObject(item) ? item[String(path[2])] : undefined;
  const listed = (owner: Json | undefined, at: Path) =>
    isObject(owner) && Array.isArray(owner.parameters)
      ? owner.parameters.map((parameter, i) => ({ parameter, at: [...at, "parameters", i] }))
      : [];
  return [
    ...listed(operation, ["paths", String(path[1]), String(path[2])]),
    ...listed(item, ["paths", String(path[1])]),
  ];
}

export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
