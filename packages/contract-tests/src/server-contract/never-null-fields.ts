import { join } from "node:path";
import { fromRoot, vendorDir } from "../repo-paths.js";
import { jsonName, loadVendorFixtures } from "../vendor/vendor-fixture.js";
import { SOURCES, type Source } from "./sources.js";

/** A field every object of `type` carries: its absence is a removed (or renamed) field, not a null. */
export interface NeverNullField {
  /** The vendor's type and the spec's component, e.g. `MessageInfo`. */
  type: string;
  /** The JSON name, e.g. `isUnread`. */
  field: string;
  /** As the vendor's metadata prints it, e.g. `bool`. */
  vendorType: string;
  sources: readonly Source[];
}

// C# value types: a DTO field of one of these (not `bool?`) holds a value, never null. ServiceStack
// leaves out only null fields, as the vendor's own sample answers show (`"isUnread":false`).
const VALUE_TYPES = new Set([
  "bool",
  "byte",
  "short",
  "int",
  "long",
  "float",
  "double",
  "decimal",
  "DateTime",
  "Guid",
]);

/**
 * The fields of the vendor's record types (`MessageInfo`, `ConversationInfo`) whose C# type cannot
 * be null, from the vendor's metadata in spec/vendor/. The response DTOs themselves
 * (`ListResponse<T>`) are left to the paging checks: the vendor says simplifiedPaging disables counts.
 */
export function neverNullFields(): NeverNullField[] {
  const found = new Map<string, NeverNullField>();
  for (const [file, fixture] of loadVendorFixtures().map((f) => [`${f.operation.name}.json`, f] as const)) {
    for (const [type, { fields }] of Object.entries(fixture.types)) {
      fields.forEach((vendorField, index) => {
        const valueType = VALUE_TYPES.has(vendorField.type) || vendorField.type in fixture.enums;
        const key = `${type}.${jsonName(vendorField.name)}`;
        if (!valueType || found.has(key)) return;
        found.set(key, {
          type,
          field: jsonName(vendorField.name),
          vendorType: vendorField.type,
          sources: [
            {
              at: `${fromRoot(join(vendorDir, file))}#/types/${type}/fields/${index}/type`,
              says: vendorField.type,
            },
            SOURCES.nullsLeftOut,
          ],
        });
      });
    }
  }
  return [...found.values()];
}
