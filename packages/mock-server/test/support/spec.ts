import { readFileSync } from "node:fs";
import { schemaCompiler } from "@evovoice-sdk/openapi-kit";

/** The bundled spec this package ships, read independently of the mock's own copy of it. */
const spec = JSON.parse(readFileSync(new URL("../../openapi.json", import.meta.url), "utf8")) as object;

const compile = schemaCompiler(spec);

/** Ajv's complaints about `value` against a schema of the spec (empty when it is valid). */
export function specErrors(schemaName: string, value: unknown): string[] {
  const validate = compile(`#/components/schemas/${schemaName}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
