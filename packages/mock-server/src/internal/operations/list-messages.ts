import type { MessageInfo } from "../../records.js";
import { type Answer, isAnswer, successAnswer } from "../answer.js";
import { header } from "../http-request.js";
import type { MockService } from "../mock-service.js";
import type { RoutedRequest } from "../routes.js";
import { argumentError, bindListQuery, messageFilter } from "./list-query.js";

/** ListMessages: authenticate (no role needed), bind and check the query, filter, sort and page the record. */
export function listMessages(service: MockService, request: RoutedRequest): Answer {
  const identity = service.auth.authenticate(header(request, "authorization"), false);
  if (isAnswer(identity)) return identity;
  const bound = bindListQuery(service.validators.queries.listMessages, request);
  if (isAnswer(bound)) return bound;
  const { values } = bound;
  const filter = messageFilter(values);
  if (isAnswer(filter)) return filter;
  const named = values.sortField as string | undefined;
  const { messageFields } = service.validators;
  const field =
    named === undefined ? "date" : messageFields.find((f) => f.toLowerCase() === named.toLowerCase());
  if (field === undefined)
    return argumentError(
      "SortField",
      `'Sort Field' must be a field of MessageInfo: ${messageFields.join(", ")}.`,
    );
  const sorted = service.messages.items.map((message) => message.response).filter(filter);
  const key = field as keyof MessageInfo;
  // The record is in date order already; the sort is stable: ties keep the record's order.
  if (key !== "date") sorted.sort((a, b) => compare(a[key], b[key]));
  // Newest first by default; ascending when another field is named.
  const order = values.sortOrder as string | undefined;
  if (order === undefined ? field === "date" : order === "Descend") sorted.reverse();
  const page = (values.page as number | undefined) ?? 0;
  const given = values.countPerPage as number | undefined;
  const count = given !== undefined && given > 0 ? given : service.defaultCountPerPage;
  const all = values.all === true;
  // A page below the first is the first page, whatever the base.
  const start = all ? 0 : Math.max(0, page - service.pageBase) * count;
  const items = all ? sorted : sorted.slice(start, start + count);
  const total = sorted.length;
  const hasMorePages = !all && total > start + count;
  const callback = values.callback as string | undefined;
  if (values.simplifiedPaging === true) return successAnswer({ items, hasMorePages }, callback);
  const totalPages = all ? Math.min(total, 1) : Math.ceil(total / count);
  return successAnswer({ items, totalCount: total, totalPages, hasMorePages }, callback);
}

// Missing values first, as a C# comparer puts nulls; text by code unit, false before true.
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return (a as string | boolean) < (b as string | boolean) ? -1 : 1;
}
