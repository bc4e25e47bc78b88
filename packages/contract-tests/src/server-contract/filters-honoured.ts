import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Problem } from "./findings.js";
import { type Body, dateOf, entries, identity } from "./list-entries.js";
import { SOURCES, type Source } from "./sources.js";

// Each filter the vendor documents is honoured: everything listed under it matches it. The values
// come from what the server listed itself (the least common one in a sample, so that a server that
// ignores the filter shows it), or from EVOVOICE_ENDPOINT_ID. A listed message without the field it
// is filtered by fails too: under `endpointIds=E` a message has endpoint E, not none.

const SIZE = 50;
const DAY = 24 * 60 * 60 * 1000;
type Read = (query: Record<string, string>) => Promise<Body | undefined>;

interface Filter {
  operation: "ListMessages" | "ListConversations";
  name: string;
  value: string | undefined;
  source: Source;
  /** Why a listed entry does not match, or undefined when it does. */
  mismatch(entry: JsonObject): string | undefined;
}

export interface FilterCheck {
  problems: Problem[];
  checked: string;
}

export async function checkFilters(
  read: { messages: Read; conversations: Read },
  sample: JsonObject[],
  conversations: JsonObject[],
  endpointId: string | undefined,
): Promise<FilterCheck> {
  const problems: Problem[] = [];
  const judged: string[] = [];
  const skipped: string[] = [];
  for (const filter of filtersFor(sample, conversations, endpointId)) {
    const label = `${filter.operation} ${filter.name}`;
    if (filter.value === undefined) {
      skipped.push(label);
      continue;
    }
    const listed =
      filter.operation === "ListMessages"
        ? entries(await read.messages({ [filter.name]: filter.value, countPerPage: String(SIZE) }))
        : entries(await read.conversations({ [filter.name]: filter.value }), "conversations");
    judged.push(`${label} (${listed.length} listed)`);
    const wrong = listed.flatMap((entry) => {
      const why = filter.mismatch(entry);
      return why === undefined ? [] : [`${identity(entry)} ${why}`];
    });
    if (wrong.length > 0) {
      problems.push({
        kind: `${filter.operation} with ${filter.name} lists entries that do not match it`,
        example: `${filter.name}=${filter.value}: ${wrong.length} of ${listed.length} listed do not, e.g. ${wrong[0]}`,
        sources: [filter.source],
      });
    }
  }
  const checked = `filters honoured: ${judged.join(", ") || "none judged"}${skipped.length ? `; not judged (no value to filter by): ${skipped.join(", ")}` : ""}`;
  return { problems, checked };
}

function filtersFor(
  sample: JsonObject[],
  conversations: JsonObject[],
  endpointId: string | undefined,
): Filter[] {
  const equal = (field: string, value: string | undefined) => (entry: JsonObject) =>
    entry[field] === value
      ? undefined
      : `has ${field} ${entry[field] === undefined ? "none" : JSON.stringify(entry[field])}`;
  const endpoint = endpointId ?? rarest(sample, "endpointId");
  const account = rarest(sample, "accountId");
  const customer = rarest(sample, "customerId");
  const ids = sample
    .slice(0, 2)
    .map((m) => m.id)
    .filter((id) => typeof id === "string");
  const conversation = conversations.find((c) => typeof c.id === "string");
  const dated = sample
    .filter((m) => dateOf(m) !== undefined)
    .sort((a, b) => (dateOf(a) ?? 0) - (dateOf(b) ?? 0));
  const middle = dated[Math.floor(dated.length / 2)];
  const after = middle === undefined ? undefined : (dateOf(middle) as number);
  return [
    {
      operation: "ListMessages",
      name: "endpointIds",
      value: endpoint,
      source: SOURCES.endpointIds,
      mismatch: equal("endpointId", endpoint),
    },
    {
      operation: "ListMessages",
      name: "accountIds",
      value: account,
      source: SOURCES.accountIds,
      mismatch: equal("accountId", account),
    },
    {
      operation: "ListMessages",
      name: "customerIds",
      value: customer,
      source: SOURCES.customerIds,
      mismatch: equal("customerId", customer),
    },
    {
      operation: "ListMessages",
      name: "specificIds",
      value: ids.length ? ids.join(",") : undefined,
      source: SOURCES.specificIds,
      mismatch: (m) => (ids.includes(m.id as string) ? undefined : "is not one of them"),
    },
    {
      operation: "ListMessages",
      name: "conversationIds",
      value: conversation ? String(conversation.id) : undefined,
      source: SOURCES.conversationIds,
      mismatch: (m) =>
        (["endpointId", "otherAddress"] as const).find(
          (key) => conversation?.[key] !== undefined && m[key] !== conversation[key],
        ) && `has endpointId ${String(m.endpointId)}, otherAddress ${String(m.otherAddress)}`,
    },
    {
      operation: "ListMessages",
      name: "afterDate",
      value: after === undefined ? undefined : new Date(after).toISOString(),
      source: SOURCES.afterDate,
      // The vendor names a date: whether it is included, and whether its time of day counts, is not
      // stated. Only a message dated a whole day before it fails.
      mismatch: (m) =>
        (dateOf(m) ?? Number.NEGATIVE_INFINITY) < (after as number) - DAY
          ? `is dated ${String(m.date)}`
          : undefined,
    },
    {
      operation: "ListConversations",
      name: "endpointIds",
      value: endpoint,
      source: SOURCES.conversationEndpointIds,
      mismatch: equal("endpointId", endpoint),
    },
  ];
}

// The value of `field` fewest sampled messages share: the filter that most shows when it is ignored.
function rarest(sample: JsonObject[], field: string): string | undefined {
  const counts = new Map<string, number>();
  for (const message of sample) {
    const value = message[field];
    if (typeof value === "string") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1])[0]?.[0];
}
