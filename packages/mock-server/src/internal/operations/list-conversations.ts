import { authenticate, isAnswer } from "../auth/authenticate.js";
import type { Call } from "../call.js";
import type { Core } from "../core.js";
import { listConversations as conversationsOf } from "../record/list-conversations.js";
import { type Answer, successAnswer } from "../reply.js";
import { bindListQuery, messageFilter } from "./list-query.js";

/** ListConversations: authenticate (no role needed), bind and check the query, derive from the record. */
export function listConversations(core: Core, call: Call): Answer {
  const identity = authenticate(core.auth, call.exchange.header("authorization"), false);
  if (isAnswer(identity)) return identity;
  const bound = bindListQuery(core.validators.queries.listConversations, call);
  if (isAnswer(bound)) return bound;
  const filter = messageFilter(bound.values);
  if (isAnswer(filter)) return filter;
  return successAnswer(conversationsOf(core.store, filter), bound.values.callback as string | undefined);
}
