import { isObject } from "@evovoice-sdk/openapi-kit";
import { loadSpec } from "../openapi-document.js";
import { createSpecValidator } from "../spec-validator.js";
import { createResponseChecker, type Exchange } from "./check-response.js";
import { fetchExchange, jsonIn } from "./fetch-exchange.js";
import { listSemantics } from "./list-semantics.js";
import { checkPaging, type Page } from "./paging.js";
import type { Probe } from "./probe.js";
import { readProbesFor } from "./read-probes.js";
import { FIELDS_OF_A_SENT_MESSAGE, sendProbesFor } from "./send-probes.js";
import type { ReadTarget, SendTarget } from "./server-target.js";
import { strictSpec } from "./strict-spec.js";

/** Every disagreement with the spec, and what was learned that the spec leaves open (the page base). */
export interface ServerReport {
  findings: string[];
  /** Lines for a person: what was checked, and what the server turned out to do. */
  report: string[];
  pageBase: 0 | 1 | undefined;
}

export interface CheckOptions {
  /** A word that marks this run's probes and messages. */
  runId?: string;
  /** Real sends too (into the target's session, and from its endpoint to its address); reads only otherwise. */
  send?: SendTarget;
}

/**
 * Holds a server to the spec: the read probes (lists, conversations, refusals) and ListMessages'
 * paging, then, only when `send` is given, the send probes. Each finding is prefixed by the probe or
 * check that found it. An empty `findings` means the server agrees.
 */
export async function checkServer(target: ReadTarget, options: CheckOptions = {}): Promise<ServerReport> {
  const runId = options.runId ?? Date.now().toString(36);
  const spec = strictSpec(loadSpec());
  const checker = createResponseChecker(spec, createSpecValidator(spec).validate);
  const findings: string[] = [];
  const record = (name: string, problems: string[]) =>
    findings.push(...new Set(problems.map((p) => `[${name}] ${p}`)));
  const bearer = { accept: "application/json", authorization: `Bearer ${target.apiKey}` };

  const probe = async (p: Probe) => {
    const problems = await fetchExchange(`${target.baseUrl}${p.path}`, p).then(
      (exchange) => [
        ...checkStatus(p, exchange),
        ...checker.check(exchange),
        ...listSemantics(p, exchange),
        ...checkStored(p, exchange),
      ],
      (error: unknown) => [`no usable answer: ${error instanceof Error ? error.message : String(error)}`],
    );
    record(p.name, problems);
  };
  const reads = readProbesFor(target, runId);
  for (const p of reads) await probe(p);

  const filter = target.endpointId ? { endpointIds: target.endpointId } : {};
  const readPage = async (query: Record<string, string>): Promise<Page | undefined> => {
    const exchange = await fetchExchange(`${target.baseUrl}/messages?${new URLSearchParams(query)}`, {
      method: "GET",
      headers: bearer,
    });
    record("paging", checker.check(exchange));
    const json = jsonIn(exchange.body);
    return exchange.status === 200 && isObject(json) ? json : undefined;
  };
  const paging = await checkPaging(readPage, filter);
  record("paging", paging.findings);
  record(
    "GET /messages with a send's fields lists, and sends nothing",
    await markerListed(readPage, filter, runId),
  );
  const conversations = await countConversations(target);
  const predefined = await predefinedRoutes(
    target,
    (problems) => record("predefined routes", problems),
    checker.check,
  );

  const sends = options.send ? sendProbesFor(options.send, runId) : [];
  for (const p of sends) await probe(p);

  const report = [
    `server: ${target.baseUrl}`,
    `probes: ${reads.length} read (lists, conversations, refusals), ${sends.length ? `${sends.length} send` : "no send"}`,
    `ListMessages page base: ${paging.evidence}`,
    `ListMessages totalCount: ${paging.totalCount ?? "not given"}${target.endpointId ? " (endpointIds filter)" : ""}`,
    `ListMessages default order: ${paging.order}`,
    `ListConversations: ${conversations}`,
    `predefined routes (/json/reply/{Operation}, /api/{Operation}): ${predefined}`,
    `disagreements with the spec: ${findings.length || "none"}`,
  ];
  return { findings, report, pageBase: paging.pageBase };
}

function checkStatus(probe: Probe, exchange: Exchange): string[] {
  if (exchange.status === probe.expectStatus) return [];
  return [`expected ${probe.expectStatus}, got ${exchange.status}: ${probe.meaning}`];
}

// Beyond the schema (where every field is optional): a stored message must say what was sent.
function checkStored(probe: Probe, exchange: Exchange): string[] {
  if (probe.sentText === undefined || exchange.status !== 200) return [];
  const message = jsonIn(exchange.body);
  if (!isObject(message)) return [];
  const missing = FIELDS_OF_A_SENT_MESSAGE.filter((field) => message[field] === undefined);
  const problems = missing.map((field) => `the stored message has no ${field}`);
  if (message.text !== undefined && message.text !== probe.sentText) {
    problems.push(`the stored message's text is ${JSON.stringify(message.text)}, not the text sent`);
  }
  return problems;
}

// The send-like GET probe carried this run's marker as `body`: if any listed message now says it, the GET sent.
async function markerListed(
  readPage: (query: Record<string, string>) => Promise<Page | undefined>,
  filter: Record<string, string>,
  runId: string,
): Promise<string[]> {
  const page = await readPage({ ...filter, countPerPage: "100" });
  const items = Array.isArray(page?.items) ? page.items : [];
  const sent = items.some(
    (item) =>
      isObject(item) &&
      typeof item.text === "string" &&
      item.text.includes(`contract check ${runId}: a GET must not send`),
  );
  return sent
    ? [
        "a message was recorded: GET /messages sent the text it was given; on this path GET lists, it never sends",
      ]
    : [];
}

async function countConversations(target: ReadTarget): Promise<string> {
  const query = target.endpointId ? `?endpointIds=${encodeURIComponent(target.endpointId)}` : "";
  const exchange = await fetchExchange(`${target.baseUrl}/conversations${query}`, {
    method: "GET",
    headers: { accept: "application/json", authorization: `Bearer ${target.apiKey}` },
  });
  const json = jsonIn(exchange.body);
  const list = isObject(json) && Array.isArray(json.conversations) ? json.conversations : undefined;
  return list ? `${list.length} listed` : `no list of conversations (status ${exchange.status})`;
}

// ServiceStack serves every operation on its predefined routes too, unless the host turned them off (the
// vendor's pages do not say). Not served is reported, not a finding; served, they must answer as the spec says.
async function predefinedRoutes(
  target: ReadTarget,
  record: (problems: string[]) => void,
  check: (exchange: Exchange) => string[],
): Promise<string> {
  const paths = ["/json/reply/ListMessages?countPerPage=1", "/api/ListConversations"];
  const served: string[] = [];
  for (const path of paths) {
    const exchange = await fetchExchange(`${target.baseUrl}${path}`, {
      method: "GET",
      headers: { accept: "application/json", authorization: `Bearer ${target.apiKey}` },
    });
    if (exchange.status === 404) continue;
    served.push(path.split("?")[0] ?? path);
    record(check(exchange));
  }
  return served.length ? `served (${served.join(", ")})` : "not served";
}
