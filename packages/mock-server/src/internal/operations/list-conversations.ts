import type { ConversationInfo } from "../../records.js";
import { type Answer, isAnswer, successAnswer } from "../answer.js";
import { header } from "../http-request.js";
import type { MockService } from "../mock-service.js";
import { conversationId } from "../record/message-info.js";
import type { RoutedRequest } from "../routes.js";
import { bindListQuery, messageFilter } from "./list-query.js";

/**
 * ListConversations: authenticate (no role needed), bind and check the query, then one conversation
 * per endpoint and other party among the messages that pass the filters, each with the most recent of
 * them, the most recent conversation first.
 */
export function listConversations(service: MockService, request: RoutedRequest): Answer {
  const identity = service.auth.authenticate(header(request, "authorization"), false);
  if (isAnswer(identity)) return identity;
  const bound = bindListQuery(service.validators.queries.listConversations, request);
  if (isAnswer(bound)) return bound;
  const filter = messageFilter(bound.values);
  if (isAnswer(filter)) return filter;
  const conversations = new Map<string, ConversationInfo>();
  for (const { response: message } of [...service.messages.items].reverse()) {
    const id = conversationId(message);
    if (conversations.has(id) || !filter(message)) continue;
    const { endpointId, otherAddress } = message;
    conversations.set(id, { id, endpointId, otherAddress, mostRecentMessage: message });
  }
  return successAnswer(
    { conversations: [...conversations.values()] },
    bound.values.callback as string | undefined,
  );
}
