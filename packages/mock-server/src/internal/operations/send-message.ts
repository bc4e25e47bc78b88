import type { MessageInfo, SendMessageRequest, SendRouteName } from "../../records.js";
import { type Answer, isAnswer, jsonAnswer, successAnswer } from "../answer.js";
import type { Identity } from "../auth.js";
import { bindQuery } from "../binding/bind-query.js";
import { requestFields } from "../binding/request-fields.js";
import { header } from "../http-request.js";
import type { MockService } from "../mock-service.js";
import type { Endpoint } from "../record/directory.js";
import { messageInfo } from "../record/message-info.js";
import type { RoutedRequest } from "../routes.js";
import { addressingErrors, fieldErrors } from "../validation/ajv-errors.js";
import { errorBody, type ResponseError, validationErrorBody } from "../validation/service-stack-errors.js";

const FIELDS = ["sessionId", "endpointId", "toAddress", "body"];

/** SendMessage, step by step: authenticate, bind, validate, look up, record. */
export function sendMessage(service: MockService, request: RoutedRequest): Answer {
  const identity = service.auth.authenticate(header(request, "authorization"), true);
  if (isAnswer(identity)) return identity;
  const { route } = request;
  const sessionRoute = route.rawSessionId !== undefined;
  const query = service.validators.queries[sessionRoute ? "sendMessageToSession" : "sendMessage"];
  const params = bindQuery(query, route.query);
  const path = route.rawSessionId === undefined ? {} : decodeSessionId(route.rawSessionId);
  const dto = bindDto(request);
  if (isAnswer(dto)) return dto;
  const paramErrors = path.error ? [...params.paramErrors, path.error] : params.paramErrors;
  const invalid = validate(service, sessionRoute, dto, paramErrors);
  if (invalid) return invalid;
  // The schema has checked that every field is a string; the path's session wins over the body's.
  const sent = dto as SendMessageRequest;
  if (path.sessionId !== undefined) sent.sessionId = path.sessionId;
  const response = outgoing(service, identity, sent);
  if (isAnswer(response)) return response;
  const { kind: auth, principal } = identity;
  const name = route.name as SendRouteName;
  service.record({ route: name, method: request.method, auth, principal, request: sent, response });
  return successAnswer(response, params.values.callback as string | undefined);
}

/**
 * The SendMessage DTO: from the body (JSON or form-encoded), or, for a verb other than POST sent
 * without a body, from the query string, as ServiceStack's "All Verbs" route does. Field names bind
 * case-insensitively and unknown ones are ignored; the spec's schema checks the values next.
 */
function bindDto(request: RoutedRequest): Record<string, unknown> | Answer {
  const read = requestFields(
    request.bytes,
    header(request, "content-type"),
    header(request, "content-encoding"),
  );
  if (!read.ok) return jsonAnswer(400, read.body);
  if (!read.fields && request.method === "POST") {
    const message = "A request body (a JSON SendMessage) is required.";
    return jsonAnswer(400, errorBody("SerializationException", message));
  }
  const source = read.fields ?? Object.fromEntries(new URLSearchParams(request.route.query));
  const dto: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const field = FIELDS.find((name) => name.toLowerCase() === key.toLowerCase());
    if (field) dto[field] = value;
  }
  return dto;
}

/**
 * The DTO against the route's schema in the spec, with the errors already found in the path and
 * query; on the routes without a session in the path, a message must say where it goes.
 */
function validate(
  service: MockService,
  sessionRoute: boolean,
  dto: Record<string, unknown>,
  paramErrors: readonly ResponseError[],
): Answer | undefined {
  const { validators } = service;
  const schema = sessionRoute ? validators.sessionBody : validators.messagesBody;
  const errors = schema(dto) ? paramErrors : [...paramErrors, ...fieldErrors(schema.errors)];
  const addressing = sessionRoute ? [] : addressingErrors(dto, validators.addressings);
  if (addressing.length > 0) {
    const body = errorBody("ArgumentException", validators.addressingMessage, [...addressing, ...errors]);
    return jsonAnswer(400, body);
  }
  return errors.length > 0 ? jsonAnswer(400, validationErrorBody(errors)) : undefined;
}

/** The message to store, from the session or the endpoint the request names; 404 when it is unknown. */
function outgoing(service: MockService, identity: Identity, sent: SendMessageRequest): MessageInfo | Answer {
  const { directory } = service;
  const compose = (customerId: string, endpoint: Endpoint, otherAddress: string) =>
    messageInfo({
      id: service.nextId(),
      accountId: identity.accountId,
      customerId,
      endpoint,
      direction: "Outgoing",
      otherAddress,
      text: sent.body,
    });
  if (sent.sessionId) {
    const session = directory.session(sent.sessionId);
    if (!session) return jsonAnswer(404, errorBody("NotFound", "Session not found"));
    return compose(session.customerId, directory.endpointOf(session), session.otherAddress);
  }
  const endpoint = directory.endpoint(sent.endpointId ?? "");
  if (!endpoint) return jsonAnswer(404, errorBody("NotFound", "Endpoint not found"));
  return compose(endpoint.customerId, endpoint, sent.toAddress ?? "");
}

function decodeSessionId(raw: string): { sessionId?: string; error?: ResponseError } {
  try {
    return { sessionId: decodeURIComponent(raw) };
  } catch {
    return {
      error: {
        errorCode: "SerializationException",
        fieldName: "SessionId",
        message: "Bad percent-encoding.",
      },
    };
  }
}
