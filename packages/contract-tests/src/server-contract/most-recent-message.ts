import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import { isObject } from "@evovoice-sdk/openapi-kit";
import type { Problem } from "./findings.js";
import { type Body, dateOf, entries, identity } from "./list-entries.js";
import { SOURCES } from "./sources.js";

// A conversation's mostRecentMessage is its newest message, as ListMessages with its conversationIds
// shows: no message of the conversation is dated after it, and it is itself listed there. "Newest" is
// read from the messages' own dates, never from a default order. A message belongs to a conversation
// when it has the conversation's endpoint and other party (ConversationInfo), so a server that ignores
// the filter cannot make another conversation's messages count here (the filter check names that).

const CONVERSATIONS = 5;
const SIZE = 50;

export interface MostRecentCheck {
  problems: Problem[];
  checked: string;
}

type Read = (query: Record<string, string>) => Promise<Body | undefined>;

export async function checkMostRecentMessages(
  conversations: JsonObject[],
  readMessages: Read,
): Promise<MostRecentCheck> {
  const problems: Problem[] = [];
  const judged = conversations
    .filter(
      (c) =>
        typeof c.id === "string" &&
        isObject(c.mostRecentMessage) &&
        dateOf(c.mostRecentMessage) !== undefined,
    )
    .slice(0, CONVERSATIONS);
  for (const conversation of judged) {
    const latest = conversation.mostRecentMessage as JsonObject;
    const latestDate = dateOf(latest) as number;
    const where = `conversation ${String(conversation.id)}: mostRecentMessage ${identity(latest)} (${String(latest.date)})`;
    const partOf = (message: JsonObject) =>
      (["endpointId", "otherAddress"] as const).every(
        (key) =>
          conversation[key] === undefined || message[key] === undefined || conversation[key] === message[key],
      );
    if (!partOf(latest)) {
      problems.push({
        kind: "a conversation's mostRecentMessage is not a message of that conversation",
        example: `${where} has endpointId ${String(latest.endpointId)}, otherAddress ${String(latest.otherAddress)}`,
        sources: [SOURCES.conversation, SOURCES.mostRecentMessage],
      });
    }
    // A second before it: the message itself is listed whether afterDate is inclusive or not.
    const page = await readMessages({
      conversationIds: String(conversation.id),
      afterDate: new Date(latestDate - 1000).toISOString(),
      countPerPage: String(SIZE),
    });
    if (!page) continue;
    const listed = entries(page).filter(partOf);
    const newer = listed.find((message) => (dateOf(message) ?? Number.NEGATIVE_INFINITY) > latestDate);
    if (newer) {
      problems.push({
        kind: "a conversation's mostRecentMessage is older than a message ListMessages lists for it",
        example: `${where}; ListMessages?conversationIds lists ${identity(newer)} (${String(newer.date)})`,
        sources: [SOURCES.mostRecentMessage, SOURCES.conversationIds, SOURCES.messageDate],
      });
    }
    const complete =
      typeof page.totalCount === "number" ? page.totalCount <= SIZE : page.hasMorePages === false;
    if (complete && !listed.some((message) => identity(message) === identity(latest))) {
      problems.push({
        kind: "a conversation's mostRecentMessage is not among the messages ListMessages lists for it",
        example: `${where}; ListMessages?conversationIds&afterDate lists ${listed.length} messages, not it`,
        sources: [SOURCES.mostRecentMessage, SOURCES.conversationIds],
      });
    }
  }
  const checked = judged.length
    ? `mostRecentMessage compared with ListMessages?conversationIds on ${judged.length} conversations`
    : "mostRecentMessage not judged (no conversation with a dated mostRecentMessage)";
  return { problems, checked };
}
