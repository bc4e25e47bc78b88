import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";

// Reading the lists of an answer the way every check does, assuming nothing the schema checks judge.

/** A page of `ListResponse<MessageInfo>` or a `ListConversationsResponse`, as it came. */
export type Body = Record<string, unknown>;

/** The objects of a page's `items` (or an answer's `conversations`), skipping anything else. */
export function entries(body: object | undefined, list = "items"): JsonObject[] {
  const value = body === undefined ? undefined : (body as Body)[list];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A message's identity: its id, or its whole JSON when it has none. */
export function identity(item: unknown): string {
  const id = isObject(item) ? item.id : undefined;
  return typeof id === "string" ? id : JSON.stringify(item);
}

/** A message's date in milliseconds, or undefined when it has no readable one. */
export function dateOf(item: unknown): number | undefined {
  const date = isObject(item) && typeof item.date === "string" ? Date.parse(item.date) : Number.NaN;
  return Number.isNaN(date) ? undefined : date;
}
