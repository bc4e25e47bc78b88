import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { vendorDir } from "../repo-paths.js";

// The shape of spec/vendor/{Operation}.json (written by scripts/vendor/metadata-to-fixture.mjs):
// one operation's metadata page, with every type and enum its fields reach.
export interface VendorField {
  name: string;
  /** Where a request field travels; response and type fields have none. */
  in?: "path" | "body" | "query" | "form";
  /** As the metadata page prints it: `string`, `int`, `bool`, `List<string>`, `MessageInfo`. */
  type: string;
  required: boolean;
  description: string;
}

export interface VendorRoute {
  path: string;
  /** `["ALL"]` for an "All Verbs" route. */
  verbs: string[];
}

export interface VendorFixture {
  operation: {
    name: string;
    namespace: string;
    requiresAuthentication: boolean;
    requiredRoles: string[];
    routes: VendorRoute[];
  };
  request: { name: string; namespace: string; inherits?: string; fields: VendorField[] };
  response: { name: string; namespace: string; fields: VendorField[] };
  /** The other types the fields reach, e.g. ConversationInfo, MessageInfo. */
  types: Record<string, { namespace: string; fields: VendorField[] }>;
  enums: Record<string, string[]>;
  hosts: string[];
}

/** Every fixture in spec/vendor/, in file-name order. */
export function loadVendorFixtures(dir = vendorDir): VendorFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as VendorFixture);
}

/** ServiceStack serialises PascalCase properties as camelCase JSON. */
export function jsonName(vendorName: string): string {
  return vendorName.charAt(0).toLowerCase() + vendorName.slice(1);
}
