import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** The bundled spec this package ships, read independently of the server's own loader. */
export const spec = JSON.parse(
  readFileSync(new URL("../../openapi.json", import.meta.url), "utf8"),
) as object;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, "spec");

/** Ajv's complaints about `value` against a schema of the spec (empty when it is valid). */
export function specErrors(schemaName: string, value: unknown): string[] {
  const validate = ajv.getSchema(`spec#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
