import type { ErrorObject } from "@evovoice-sdk/openapi-kit";
import { displayName, notEmpty, pascalCase, type ResponseError } from "./service-stack-errors.js";

/**
 * Ajv's errors as ServiceStack field errors, one per field and rule. `required` inside `anyOf`
 * branches is left to {@link addressingErrors}, which knows which branch the caller was aiming at.
 */
export function fieldErrors(
  errors: readonly ErrorObject[] | null | undefined,
  rootField?: string,
): ResponseError[] {
  const out: ResponseError[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.keyword === "anyOf" || error.keyword === "allOf" || error.keyword === "oneOf") continue;
    if (error.keyword === "required" && error.schemaPath.includes("/anyOf/")) continue;
    const field =
      error.keyword === "required"
        ? String((error.params as { missingProperty?: unknown }).missingProperty)
        : (error.instancePath.split("/")[1] ?? rootField ?? "");
    const converted = convert(error, pascalCase(field));
    const key = `${converted.fieldName}\u0000${converted.errorCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(converted);
  }
  return out;
}

function convert(error: ErrorObject, fieldName: string): ResponseError {
  const name = `'${displayName(fieldName)}'`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return notEmpty(fieldName);
    case "type":
      return {
        errorCode: "SerializationException",
        fieldName,
        message: `${name} must be a ${String(params.type)}.`,
      };
    case "enum":
      return {
        errorCode: "Enum",
        fieldName,
        message: `${name} must be one of: ${(params.allowedValues as unknown[]).join(", ")}.`,
      };
    case "pattern":
      return { errorCode: "RegularExpression", fieldName, message: `${name} is not in the correct format.` };
    case "minLength":
      return params.limit === 1 ? notEmpty(fieldName) : generic(error, fieldName, name);
    default:
      return generic(error, fieldName, name);
  }
}

function generic(error: ErrorObject, fieldName: string, name: string): ResponseError {
  return {
    errorCode: pascalCase(error.keyword),
    fieldName,
    message: `${name} ${error.message ?? "is invalid"}.`,
  };
}

/**
 * The missing fields when no way of addressing a message is complete. Empty strings count as
 * missing, as ServiceStack services test with `IsNullOrEmpty`; a value of the wrong type counts as
 * given (its type error is reported on its own). Lists the branches the caller started on, or all
 * of them when it gave no address at all.
 */
export function addressingErrors(
  request: Readonly<Record<string, unknown>>,
  addressings: readonly (readonly string[])[],
): ResponseError[] {
  const given = (field: string) =>
    request[field] !== undefined && request[field] !== null && request[field] !== "";
  if (addressings.length === 0 || addressings.some((fields) => fields.every(given))) return [];
  const started = addressings.filter((fields) => fields.some(given));
  const missing = new Set(
    (started.length > 0 ? started : addressings).flat().filter((field) => !given(field)),
  );
  return [...missing].map(notEmpty);
}
