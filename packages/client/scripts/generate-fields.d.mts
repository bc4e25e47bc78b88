/** The source of src/generated/fields.ts for a bundled spec (every `$ref` local). */
export function fieldsModule(spec: object): string;
