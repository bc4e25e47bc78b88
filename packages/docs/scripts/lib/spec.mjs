// Reading the bundled spec (spec/dist/openapi.json): its operations in document order and its local $refs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const bundledSpecFile = fileURLToPath(new URL("../../../../spec/dist/openapi.json", import.meta.url));

/** The bundled spec, parsed. `npm run build` writes it before the docs build runs. */
export function readSpec(file = bundledSpecFile) {
  return JSON.parse(readFileSync(file, "utf8"));
}

// The one $ref follower of the repo, as plain JavaScript for this node build.
export { deref } from "@evovoice-sdk/openapi-kit/deref";

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
