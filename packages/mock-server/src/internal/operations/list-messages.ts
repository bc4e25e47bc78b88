import { authenticate, isAnswer } from "../auth/authenticate.js";
import type { Call } from "../call.js";
import type { Core } from "../core.js";
import { listPage } from "../record/list-page.js";
import { type Answer, successAnswer } from "../reply.js";
import { bindListQuery, messageFilter, pageQuery } from "./list-query.js";

/** ListMessages: authenticate (no role needed), bind and check the query, filter, sort and page the record. */
export function listMessages(core: Core, call: Call): Answer {
  const identity = authenticate(core.auth, call.exchange.header("authorization"), false);
  if (isAnswer(identity)) return identity;
  const bound = bindListQuery(core.validators.queries.listMessages, call);
  if (isAnswer(bound)) return bound;
  const filter = messageFilter(bound.values);
  if (isAnswer(filter)) return filter;
  const query = pageQuery(core, bound.values, filter);
  if (isAnswer(query)) return query;
  return successAnswer(listPage(core.store, query), bound.values.callback as string | undefined);
}
