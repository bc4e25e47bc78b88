import { readFileSync } from "node:fs";
import { vendorFixture } from "../repo-paths.js";

// The shape of spec/vendor/SendMessage.json (written by scripts/vendor/metadata-to-fixture.mjs).
export interface VendorField {
  name: string;
  in?: "path" | "body" | "query";
  type: string;
  required: boolean;
  description: string;
}

export interface VendorFixture {
  operation: {
    name: string;
    namespace: string;
    requiresAuthentication: boolean;
    requiredRoles: string[];
    routes: { path: string; verbs: string[] }[];
  };
  request: { name: string; namespace: string; fields: VendorField[] };
  response: { name: string; namespace: string; fields: VendorField[] };
  enums: Record<string, string[]>;
  hosts: string[];
}

export function loadVendorFixture(path = vendorFixture): VendorFixture {
  return JSON.parse(readFileSync(path, "utf8")) as VendorFixture;
}

/** ServiceStack serialises PascalCase properties as camelCase JSON. */
export function jsonName(vendorName: string): string {
  return vendorName.charAt(0).toLowerCase() + vendorName.slice(1);
}
