import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Exchange } from "./check-response.js";
import { jsonIn } from "./fetch-exchange.js";
import type { Problem } from "./findings.js";
import { listSemantics } from "./list-semantics.js";
import { matchOperation } from "./match-operation.js";
import type { Probe } from "./probe.js";
import type { ServerSession } from "./server-session.js";
import { responseSource, SOURCES, type Source } from "./sources.js";

/** Sends one probe and holds its answer to the spec: the status it documents, the body, and what a send stored. */
export async function runProbe(session: ServerSession, spec: JsonObject, probe: Probe): Promise<void> {
  const exchange = await session.fetch(probe.name, probe.path, probe);
  if (!exchange) return;
  session.report(probe.name, [
    ...checkStatus(spec, probe, exchange),
    ...listSemantics(probe.path, exchange),
    ...checkStored(probe, exchange),
  ]);
}

function checkStatus(spec: JsonObject, probe: Probe, exchange: Exchange): Problem[] {
  if (exchange.status === probe.expectStatus) return [];
  const matched = matchOperation(spec, probe.method, new URL(probe.path, "http://probe").pathname);
  const sources = matched ? [responseSource(spec, matched.path, matched.method, probe.expectStatus)] : [];
  return [
    {
      kind: `expected ${probe.expectStatus}, got ${exchange.status}: ${probe.meaning}`,
      example: `${probe.method} ${probe.path}`,
      sources,
    },
  ];
}

// What a stored message must say, beyond the schema (where every field is optional): it was recorded
// (an id), sent (a date), and says what was sent.
const STORED: Record<string, Source[]> = {
  id: [SOURCES.messageId],
  date: [SOURCES.messageDate],
  text: [SOURCES.sentBody, SOURCES.messageText],
};

function checkStored(probe: Probe, exchange: Exchange): Problem[] {
  if (probe.sentText === undefined || exchange.status !== 200) return [];
  const message = jsonIn(exchange.body);
  if (!isObject(message)) return [];
  const problems: Problem[] = Object.entries(STORED)
    .filter(([field]) => message[field] === undefined)
    .map(([field, sources]) => ({
      kind: `the stored message has no ${field}`,
      example: `${probe.method} ${probe.path}`,
      sources,
    }));
  if (message.text !== undefined && message.text !== probe.sentText) {
    problems.push({
      kind: "the stored message's text is not the text sent",
      example: `${JSON.stringify(message.text)} for ${JSON.stringify(probe.sentText)}`,
      sources: [SOURCES.sentBody, SOURCES.messageText],
    });
  }
  return problems;
}
