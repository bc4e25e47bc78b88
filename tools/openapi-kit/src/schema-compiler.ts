import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./create-ajv.js";

let documents = 0;

/**
 * Compiles the schemas of one OpenAPI document by JSON pointer, so that a schema's local `$ref`s
 * resolve inside the document it is written in. Each pointer is compiled once.
 *
 * @param ajv the Ajv to add the document to; a new createAjv() by default.
 * @example
 * const compile = schemaCompiler(spec);
 * const validate = compile("#/components/schemas/MessageInfo");
 * if (!validate(body)) console.log(validate.errors);
 */
export function schemaCompiler(
  doc: object,
  ajv: Ajv2020 = createAjv(),
): (pointer: string) => ValidateFunction {
  // Ajv reaches into a schema it holds by that schema's id; a fresh one per document, so two
  // documents can share one Ajv.
  const id = `urn:evovoice-sdk:openapi-kit:document-${++documents}`;
  ajv.addSchema(doc, id);
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    if (pointer !== "#" && !pointer.startsWith("#/")) {
      throw new Error(`only local JSON pointers (#/…) can be compiled, got ${pointer}`);
    }
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${id}${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
