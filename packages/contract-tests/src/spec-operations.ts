import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";

export const VERBS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation of the spec, where it is, and the ServiceStack operation it says it is. */
export interface SpecOperation {
  path: string;
  /** Upper case, as the vendor writes verbs: `GET`. */
  verb: string;
  operation: JsonObject;
  /** `x-servicestack.operation`, the vendor's request DTO name, e.g. `ListMessages`. */
  servicestackName: string | undefined;
}

export function specOperations(spec: JsonObject): SpecOperation[] {
  const paths = isObject(spec.paths) ? spec.paths : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    VERBS.flatMap((verb) => {
      const operation = isObject(item) ? item[verb] : undefined;
      if (!isObject(operation)) return [];
      const meta = operation["x-servicestack"];
      const name = isObject(meta) && typeof meta.operation === "string" ? meta.operation : undefined;
      return [{ path, verb: verb.toUpperCase(), operation, servicestackName: name }];
    }),
  );
}

/** `GET /messages`, the way people name an operation. */
export function label(operation: { verb: string; path: string }): string {
  return `${operation.verb} ${operation.path}`;
}

export function show(value: unknown): string {
  return value === undefined ? "absent" : JSON.stringify(value);
}
