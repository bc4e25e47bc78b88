import type { MessageInfo } from "../../records.js";
import { type BoundQuery, bindingErrorBody, bindQuery, type QueryBinder } from "../binding/bind-query.js";
import { readDto } from "../binding/read-dto.js";
import type { Call } from "../call.js";
import type { Core } from "../core.js";
import { canonicalDate } from "../record/dates.js";
import type { PageQuery } from "../record/list-page.js";
import type { MessageFilter } from "../record/message-filter.js";
import { type Answer, jsonAnswer } from "../reply.js";
import { errorBody, validationErrorBody } from "../validation/service-status.js";

/**
 * The query of a list operation, bound and checked: 400 for a value that does not bind (`page=abc`)
 * or a `format`/`callback` the spec refuses. On the predefined routes a JSON body's fields count
 * too, as `JsonServiceClient` posts its request DTO.
 */
export function bindListQuery(binder: QueryBinder, call: Call): BoundQuery | Answer {
  let body: Record<string, unknown> | undefined;
  const { route, query } = call.target;
  if (route.startsWith("/api/") || route.startsWith("/json/reply/")) {
    const { exchange } = call;
    const read = readDto(call.bytes, exchange.header("content-type"), exchange.header("content-encoding"));
    if (!read.ok) return jsonAnswer(400, read.body);
    body = read.fields;
  }
  const bound = bindQuery(binder, query, body);
  if (bound.bindingErrors.length > 0)
    return jsonAnswer(400, bindingErrorBody(binder.operation, bound.bindingErrors));
  if (bound.paramErrors.length > 0) return jsonAnswer(400, validationErrorBody(bound.paramErrors));
  return bound;
}

/** The filters both operations share; `afterDate` must be a date. */
export function messageFilter(values: Record<string, unknown>): MessageFilter | Answer {
  const filter: MessageFilter = {};
  for (const name of [
    "accountIds",
    "customerIds",
    "endpointIds",
    "conversationIds",
    "specificIds",
  ] as const) {
    if (values[name] !== undefined) filter[name] = new Set(values[name] as string[]);
  }
  if (values.afterDate !== undefined) {
    const after = canonicalDate(values.afterDate as string);
    if (after === undefined) return argumentError("AfterDate", "'After Date' is not a date and time.");
    filter.after = after;
  }
  return filter;
}

/**
 * Paging and sorting: `page` counts from the mock's `pageBase` (a page below it is the first), a
 * missing or non-positive `countPerPage` is the default, `sortField` names a field of MessageInfo, and
 * the order is newest first by default, ascending when another field is named.
 */
export function pageQuery(
  core: Core,
  values: Record<string, unknown>,
  filter: MessageFilter,
): PageQuery | Answer {
  const named = values.sortField as string | undefined;
  const sortField =
    named === undefined
      ? "date"
      : core.validators.messageFields.find((f) => f.toLowerCase() === named.toLowerCase());
  if (sortField === undefined) {
    const fields = core.validators.messageFields.join(", ");
    return argumentError("SortField", `'Sort Field' must be a field of MessageInfo: ${fields}.`);
  }
  const count = values.countPerPage as number | undefined;
  const order = values.sortOrder as string | undefined;
  return {
    filter,
    sortField: sortField as keyof MessageInfo,
    descending: order === undefined ? sortField === "date" : order === "Descend",
    index: Math.max(0, ((values.page as number | undefined) ?? 0) - core.pageBase),
    countPerPage: count === undefined || count <= 0 ? core.defaultCountPerPage : count,
    all: values.all === true,
    simplified: values.simplifiedPaging === true,
  };
}

function argumentError(fieldName: string, message: string): Answer {
  return jsonAnswer(
    400,
    errorBody("ArgumentException", message, [{ errorCode: "ArgumentException", fieldName, message }]),
  );
}
