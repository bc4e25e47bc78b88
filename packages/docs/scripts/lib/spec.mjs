// Reading the bundled spec (spec/dist/openapi.json): its operations in document order and its local $refs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const bundledSpecFile = fileURLToPath(new URL("../../../../spec/dist/openapi.json", import.meta.url));

/** The bundled spec, parsed. `npm run build` writes it before the docs build runs. */
export function readSpec(file = bundledSpecFile) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Follows a local `$ref` inside `spec` until it reaches a node that is not one. The twin of openapi-kit's
 * `deref`, which the build cannot import: openapi-kit ships TypeScript source and the build runs plain node.
 */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current?.$ref; hops++) {
    if (hops > 16) throw new Error(`$ref cycle at ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((at, key) => at?.[key], spec);
  }
  return current;
}

/** The component name a `$ref` points at (`#/components/schemas/MessageInfo` → `MessageInfo`). */
export function refName(node) {
  return typeof node?.$ref === "string" ? node.$ref.split("/").at(-1) : undefined;
}

const methods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/** Every operation as `{ path, method, operation }`, in the order the spec lists them. */
export function operationsOf(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
  );
}
