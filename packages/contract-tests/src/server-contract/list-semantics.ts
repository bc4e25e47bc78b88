import { isObject } from "@evovoice-sdk/openapi-kit";
import type { Exchange } from "./check-response.js";
import { jsonIn } from "./fetch-exchange.js";
import type { Probe } from "./probe.js";

// Beyond the schema (where every field is optional): a list is a list, not a sent message; it holds
// each entry once; and a filter by endpoint is honoured.

const MESSAGE_FIELDS = ["id", "text", "direction", "date"];

export function listSemantics(probe: Probe, exchange: Exchange): string[] {
  if (probe.method !== "GET" || exchange.status !== 200) return [];
  const json = jsonIn(exchange.body);
  if (!isObject(json)) return [];
  const list = probe.path.startsWith("/conversations") ? "conversations" : "items";
  const problems: string[] = [];
  if (list === "items" && MESSAGE_FIELDS.some((field) => field in json)) {
    problems.push(
      "GET /messages answered with a MessageInfo, as a send would: on this path GET lists, it never sends",
    );
  }
  // "If there is no more data, Items will be empty array": an answer without its list lists nothing.
  if (!(list in json))
    problems.push(`${list} is missing: a list answers with an array, empty when nothing matches`);
  const entries = Array.isArray(json[list]) ? json[list].filter(isObject) : [];
  const ids = entries.map((entry) => entry.id).filter((id) => typeof id === "string");
  if (new Set(ids).size !== ids.length) problems.push(`${list} holds the same id twice`);
  if (probe.endpointFilter !== undefined) {
    const others = entries.filter(
      (entry) => entry.endpointId !== undefined && entry.endpointId !== probe.endpointFilter,
    );
    if (others.length > 0) {
      problems.push(
        `${list} holds ${others.length} entries of another endpoint than the endpointIds asked for`,
      );
    }
  }
  return problems;
}
