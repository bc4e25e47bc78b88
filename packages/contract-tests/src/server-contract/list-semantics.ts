import { isObject } from "@evovoice-sdk/openapi-kit";
import type { Exchange } from "./check-response.js";
import { jsonIn } from "./fetch-exchange.js";
import type { Problem } from "./findings.js";
import { identity } from "./list-entries.js";
import { SOURCES } from "./sources.js";

// Beyond the schema (where every field is optional), for an answer of GET /messages: a page, not a
// sent message; holding each message once; and its `items` there whenever the vendor says so.

const MESSAGE_FIELDS = ["id", "text", "direction", "date"];

export function listSemantics(path: string, exchange: Exchange): Problem[] {
  if (exchange.method !== "GET" || exchange.status !== 200) return [];
  const { pathname, searchParams } = new URL(path, "http://probe");
  if (!/^\/messages(\.json)?$/.test(pathname)) return [];
  const json = jsonIn(exchange.body);
  if (!isObject(json)) return [];
  const problems: Problem[] = [];
  if (MESSAGE_FIELDS.some((field) => field in json)) {
    problems.push({
      kind: "GET /messages answered with a MessageInfo, as a send would: on this path GET lists, it never sends",
      example: exchange.url,
      sources: [SOURCES.getNeverSends],
    });
  }
  const simplified = searchParams.get("simplifiedPaging") === "true";
  const counted = typeof json.totalCount === "number" && json.totalCount > 0;
  if (!Array.isArray(json.items) && (simplified || counted)) {
    problems.push({
      kind: "a page has no items list",
      example: `${exchange.url}: ${simplified ? "under simplifiedPaging" : `totalCount ${json.totalCount}`}`,
      sources: [simplified ? SOURCES.simplifiedEnd : SOURCES.totalCount],
    });
  }
  const ids = Array.isArray(json.items) ? json.items.map(identity) : [];
  if (new Set(ids).size !== ids.length) {
    problems.push({
      kind: "a page holds the same message twice",
      example: exchange.url,
      sources: [SOURCES.page, SOURCES.totalCount],
    });
  }
  return problems;
}
