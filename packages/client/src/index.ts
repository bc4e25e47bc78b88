import createClient from "openapi-fetch";
import type { components, paths } from "./generated/openapi.js";

export type { components, operations, paths } from "./generated/openapi.js";

/** A message as Evo Voice records it. */
export type MessageInfo = components["schemas"]["MessageInfo"];

/** The typed openapi-fetch client for the Evo Voice API. */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch; headers?: HeadersInit } = {}) {
  return createClient<paths>({ baseUrl: options.baseUrl ?? "https://evovoice.io", ...options });
}
