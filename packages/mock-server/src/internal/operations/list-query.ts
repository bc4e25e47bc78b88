import type { MessageInfo } from "../../records.js";
import { type Answer, jsonAnswer } from "../answer.js";
import { type BoundQuery, bindingErrorBody, bindQuery, type QueryBinder } from "../binding/bind-query.js";
import { requestFields } from "../binding/request-fields.js";
import { header } from "../http-request.js";
import { conversationId } from "../record/message-info.js";
import type { RoutedRequest } from "../routes.js";
import { errorBody, validationErrorBody } from "../validation/service-stack-errors.js";

/** Whether a message passes the filters of a list request. */
export type MessageFilter = (message: MessageInfo) => boolean;

/** The list filters both list operations share, each the field of MessageInfo it matches. */
const FILTERS: Readonly<Record<string, (message: MessageInfo) => string>> = {
  accountIds: (message) => message.accountId,
  customerIds: (message) => message.customerId,
  endpointIds: (message) => message.endpointId,
  conversationIds: conversationId,
  specificIds: (message) => message.id,
};

// A date and time without an offset: read as UTC rather than as the machine's local time, so a
// filter means the same wherever the tests run.
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The query of a list operation, bound and checked: 400 for a value that does not bind (`page=abc`)
 * or a `format`/`callback` the spec refuses. On the predefined routes a JSON body's fields count
 * too, as `JsonServiceClient` posts its request DTO.
 */
export function bindListQuery(binder: QueryBinder, request: RoutedRequest): BoundQuery | Answer {
  let body: Record<string, unknown> | undefined;
  const { name, query } = request.route;
  if (name.startsWith("/api/") || name.startsWith("/json/reply/")) {
    const read = requestFields(
      request.bytes,
      header(request, "content-type"),
      header(request, "content-encoding"),
    );
    if (!read.ok) return jsonAnswer(400, read.body);
    body = read.fields;
  }
  const bound = bindQuery(binder, query, body);
  if (bound.bindingErrors.length > 0)
    return jsonAnswer(400, bindingErrorBody(binder.operation, bound.bindingErrors));
  if (bound.paramErrors.length > 0) return jsonAnswer(400, validationErrorBody(bound.paramErrors));
  return bound;
}

/** The filters given, combined with AND; `afterDate` must be a date. */
export function messageFilter(values: Record<string, unknown>): MessageFilter | Answer {
  const tests: MessageFilter[] = [];
  for (const [name, field] of Object.entries(FILTERS)) {
    if (values[name] === undefined) continue;
    const wanted = new Set(values[name] as string[]);
    tests.push((message) => wanted.has(field(message)));
  }
  if (values.afterDate !== undefined) {
    const text = values.afterDate as string;
    const ms = Date.parse(NO_OFFSET.test(text) ? `${text}Z` : text);
    if (Number.isNaN(ms)) return argumentError("AfterDate", "'After Date' is not a date and time.");
    // The record's dates are all toISOString() output, so text order is time order.
    const after = new Date(ms).toISOString();
    tests.push((message) => message.date > after);
  }
  return (message) => tests.every((test) => test(message));
}

/** ServiceStack's answer to an argument its service refuses. */
export function argumentError(fieldName: string, message: string): Answer {
  const errors = [{ errorCode: "ArgumentException", fieldName, message }];
  return jsonAnswer(400, errorBody("ArgumentException", message, errors));
}
