// The public surface of the kit; each helper lives in a file of its own.
export type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
export { createAjv } from "./create-ajv.js";
export { deref } from "./deref.js";
export { isObject, type Json, type JsonObject } from "./json.js";
export { pointerKey, resolvePointer } from "./json-pointer.js";
export { schemaCompiler } from "./schema-compiler.js";
