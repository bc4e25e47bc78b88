/** ServiceStack's `ResponseError`: one invalid field. */
export interface ResponseError {
  errorCode: string;
  fieldName: string;
  message: string;
}

/** ServiceStack's error envelope, `{"responseStatus": {...}}`. */
export interface ErrorBody {
  responseStatus: { errorCode: string; message: string; errors?: readonly ResponseError[] };
}

export function errorBody(errorCode: string, message: string, errors?: readonly ResponseError[]): ErrorBody {
  return { responseStatus: errors?.length ? { errorCode, message, errors } : { errorCode, message } };
}

/** ServiceStack reports a failed validation with the first field error's code and message on top. */
export function validationErrorBody(errors: readonly ResponseError[]): ErrorBody {
  const [first] = errors;
  return errorBody(first?.errorCode ?? "ValidationException", first?.message ?? "Validation failed", errors);
}

/** FluentValidation's rendering of a property name in messages: `ToAddress` → `To Address`. */
export function displayName(fieldName: string): string {
  return fieldName.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
}

/** ServiceStack reports field names as the C# property, PascalCase. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function notEmpty(field: string): ResponseError {
  const fieldName = pascalCase(field);
  return { errorCode: "NotEmpty", fieldName, message: `'${displayName(fieldName)}' must not be empty.` };
}
