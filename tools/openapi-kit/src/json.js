// Plain JavaScript with types beside it (json.d.ts): the build scripts that run on plain node import it too.

/** A plain object (not an array, not null): the only node a key can be looked up in. */
export function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
