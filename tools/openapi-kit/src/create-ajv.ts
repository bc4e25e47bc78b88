import { Ajv2020, type Options } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: depending on who loads it (Node's ESM loader, vitest, a bundle built by
// tsup/esbuild) its function is the module itself or its `.default`.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * Ajv for OpenAPI 3.1 schemas: JSON Schema 2020-12 with the standard formats (`date-time`, `uri`, …),
 * every error reported rather than only the first.
 *
 * @param options Ajv options, applied over the defaults.
 * @default { strict: false, allErrors: true }
 * @example
 * const validate = createAjv().compile({ type: "string", format: "date-time" });
 */
export function createAjv(options: Options = {}): Ajv2020 {
  // strict: false because OpenAPI puts keywords of its own in schemas (`example`, `x-…`,
  // `discriminator`), and a whole spec added as one schema is mostly not schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  return ajv;
}
