import { checkFilters } from "./filters-honoured.js";
import { type Body, entries } from "./list-entries.js";
import { formatReport } from "./live-report.js";
import { liveView } from "./live-view.js";
import { checkMostRecentMessages } from "./most-recent-message.js";
import { pageFacts } from "./page-facts.js";
import { checkPaging } from "./paging.js";
import { readProbesFor } from "./read-probes.js";
import { runProbe } from "./run-probe.js";
import { sendProbesFor } from "./send-probes.js";
import { ServerSession } from "./server-session.js";
import type { ReadTarget, SendTarget } from "./server-target.js";
import { checkSortOrder } from "./sort-order.js";
import { SOURCES } from "./sources.js";

/** What a run found: the disagreements (each held to a source), and what it learned that nothing states. */
export interface ServerReport {
  /** One line per kind of disagreement, each followed by what it is held to; empty when the server agrees. */
  findings: string[];
  /** Neither the spec nor the vendor states these: found from evidence, reported, never failed. */
  facts: string[];
  /** What was checked, in words (the counts behind each semantic check, or why it could not be judged). */
  checked: string[];
  /** The fields the server sent that the spec lacks, as `Type.field` (also among `facts`). */
  undocumented: string[];
  /** Lines for a person: what was checked, the disagreements, the facts. */
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
 * Holds a server to what the spec and the vendor's words in it state: the read probes (lists,
 * conversations, refusals), ListMessages' paging, sortOrder, the filters, each conversation's most
 * recent message, and, only when `send` is given, the send probes. Every answer is checked against
 * the spec's schemas (tolerant-spec.ts) and its fields counted. What nothing states (the page base,
 * the default order and page size, what `all` does, undocumented fields) is reported as a fact.
 */
export async function checkServer(target: ReadTarget, options: CheckOptions = {}): Promise<ServerReport> {
  const runId = options.runId ?? Date.now().toString(36);
  const view = liveView();
  const { spec } = view;
  const session = new ServerSession(target, view);
  const messages = (label: string) => (query: Record<string, string>) =>
    session.read(label, "/messages", query);
  const filter = target.endpointId ? { endpointIds: target.endpointId } : {};

  const reads = readProbesFor(target, runId);
  for (const probe of reads) await runProbe(session, spec, probe);

  const paging = await checkPaging(messages("paging"), filter);
  session.report("paging", paging.problems);
  const facts = [
    `ListMessages page base: ${paging.evidence}`,
    ...(await pageFacts(messages("page facts"), filter)),
  ];

  const sortOrder = await checkSortOrder(messages("sortOrder"), filter, paging.pageBase);
  session.report("sortOrder", sortOrder.problems);

  const conversationsBody = await session.read("conversations", "/conversations", filter);
  const conversations = entries(conversationsBody, "conversations");
  facts.push(`ListConversations: ${conversationsFact(conversationsBody)}`);
  const mostRecent = await checkMostRecentMessages(conversations, messages("mostRecentMessage"));
  session.report("mostRecentMessage", mostRecent.problems);

  const sample = entries(await session.read("filters", "/messages", { countPerPage: "50" }));
  const filters = await checkFilters(
    {
      messages: messages("filters"),
      conversations: (query) => session.read("filters", "/conversations", query),
    },
    sample,
    conversations,
    target.endpointId,
  );
  session.report("filters", filters.problems);

  // A message that GET recorded would be the newest: read both ends, whatever order the list keeps.
  const markerLabel = "GET /messages with a send's fields lists, and sends nothing";
  for (const sortOrder of ["Descend", "Ascend"]) {
    const page = await session.read(markerLabel, "/messages", { ...filter, sortOrder, countPerPage: "100" });
    session.report(markerLabel, markerListed(page, runId));
  }
  facts.push(
    `predefined routes (/json/reply/{Operation}, /api/{Operation}): ${await predefinedRoutes(session)}`,
  );

  const sends = options.send ? sendProbesFor(options.send, runId) : [];
  for (const probe of sends) await runProbe(session, spec, probe);

  facts.push(...session.census.facts());
  const findings = session.findings.lines();
  const checked = [
    `${reads.length} read probes (lists, conversations, refusals), ${sends.length ? `${sends.length} send probes` : "no send"}; ${session.answers} answers, each held to the spec's schemas`,
    `paging: ${paging.pageBase === undefined ? "invariants of the first page only (base undetermined)" : "totals, page sizes, hasMorePages, consecutive pages, the end under simplifiedPaging"}; totalCount ${paging.totalCount ?? "not given"}${target.endpointId ? " (endpointIds filter)" : ""}`,
    `sortOrder: ${sortOrder.checked}`,
    mostRecent.checked,
    filters.checked,
  ];
  const report = formatReport({
    server: target.baseUrl,
    checked,
    findings,
    kinds: session.findings.size,
    facts,
  });
  return {
    findings,
    facts,
    checked,
    undocumented: session.census.undocumented(),
    report,
    pageBase: paging.pageBase,
  };
}

// The send-like GET probe carried this run's marker as `body`: if any listed message now says it, the GET sent.
function markerListed(page: Body | undefined, runId: string) {
  const sent = entries(page).find(
    (item) =>
      typeof item.text === "string" && item.text.includes(`contract check ${runId}: a GET must not send`),
  );
  return sent
    ? [
        {
          kind: "a message was recorded: GET /messages sent the text it was given; on this path GET lists, it never sends",
          example: `message ${String(sent.id)}`,
          sources: [SOURCES.getNeverSends],
        },
      ]
    : [];
}

function conversationsFact(body: Body | undefined): string {
  if (!body) return "no usable answer";
  return Array.isArray(body.conversations)
    ? `${body.conversations.length} listed`
    : "the answer has no conversations list (the spec does not require one)";
}

// ServiceStack serves every operation on its predefined routes too, unless the host turned them off (the
// vendor's pages do not say). Not served is reported, not a finding; served, they must answer as the spec says.
async function predefinedRoutes(session: ServerSession): Promise<string> {
  const served: string[] = [];
  for (const path of ["/json/reply/ListMessages?countPerPage=1", "/api/ListConversations"]) {
    const exchange = await session.fetchUnjudged("predefined routes", path);
    if (!exchange || exchange.status === 404) continue;
    served.push(path.split("?")[0] ?? path);
    session.judge("predefined routes", exchange);
  }
  return served.length ? `served (${served.join(", ")})` : "not served";
}
