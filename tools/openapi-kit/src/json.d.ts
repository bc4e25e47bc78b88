// The shape of a parsed JSON or YAML document (an OpenAPI spec), for code that walks one.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A plain object (not an array, not null): the only node a key can be looked up in. */
export function isObject(value: unknown): value is JsonObject;
