import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import { apiCompare, type Diff } from "api-smart-diff";

export type { Diff as LibraryDiff } from "api-smart-diff";

/**
 * api-smart-diff's raw diff of two OpenAPI documents: `$ref`s resolved, so a change to a
 * component shows under every operation that uses it, each with the library's classification.
 */
export function libraryDiff(before: JsonObject, after: JsonObject): Diff[] {
  // The library logs a TypeError for every allOf member that has `required` but no
  // `properties` (AddressedSendMessage has two) and leaves those diffs `unclassified`;
  // reclassification.ts deals with them, so the log is noise on every run.
  const logError = console.error;
  console.error = () => {};
  try {
    // Copies: the library rewrites the documents it is given (it resolves refs and merges allOf).
    return apiCompare(structuredClone(before), structuredClone(after)).diffs;
  } finally {
    console.error = logError;
  }
}
