import type { MessageInfo, SendMessageRequest, SendRouteName } from "../../records.js";
import { authenticate, isAnswer } from "../auth/authenticate.js";
import type { Identity } from "../auth/authenticator.js";
import { type BoundQuery, bindQuery } from "../binding/bind-query.js";
import { bindSendMessage } from "../binding/bind-send-message.js";
import type { Call } from "../call.js";
import type { Core } from "../core.js";
import type { Endpoint } from "../record/directory.js";
import { messageInfo } from "../record/message-info.js";
import { type Answer, jsonAnswer, successAnswer } from "../reply.js";
import { errorBody, type ResponseError } from "../validation/service-status.js";
import { validateSendMessage } from "../validation/validate-send-message.js";

const NO_PARAMS: BoundQuery = { values: {}, bindingErrors: [], paramErrors: [] };
const SESSION_NOT_FOUND = jsonAnswer(404, errorBody("NotFound", "Session not found"));
const ENDPOINT_NOT_FOUND = jsonAnswer(404, errorBody("NotFound", "Endpoint not found"));

/** SendMessage, step by step: authenticate, bind, validate, look up, record. */
export function sendMessage(core: Core, call: Call): Answer {
  const { target, exchange } = call;
  const identity = authenticate(core.auth, exchange.header("authorization"), true);
  if (isAnswer(identity)) return identity;
  const sessionRoute = target.rawSessionId !== undefined;
  // Without a query string nothing is parsed: this is the benchmarked path.
  const params =
    target.query === ""
      ? NO_PARAMS
      : bindQuery(
          core.validators.queries[sessionRoute ? "sendMessageToSession" : "sendMessage"],
          target.query,
        );
  const path = sessionRoute ? decodeSessionId(target.rawSessionId ?? "") : undefined;
  const paramErrors = path?.error ? [...params.paramErrors, path.error] : params.paramErrors;
  const contentType = exchange.header("content-type");
  const binding = bindSendMessage(
    call.method,
    call.bytes,
    contentType,
    exchange.header("content-encoding"),
    target.query,
  );
  if (!binding.ok) return jsonAnswer(400, binding.body);
  const invalid = validateSendMessage(core.validators, sessionRoute, binding.dto, paramErrors);
  if (invalid) return invalid;
  // The schema has checked every field is a string; the path's session wins over the body's.
  const request = binding.dto as SendMessageRequest;
  if (path?.sessionId !== undefined) request.sessionId = path.sessionId;
  const response = outgoing(core, identity, request);
  if (isAnswer(response)) return response;
  const json = JSON.stringify(response);
  const { kind: auth, principal } = identity;
  const route = target.route as SendRouteName;
  core.record({ route, method: call.method, auth, principal, request, response });
  return successAnswer(json, params.values.callback as string | undefined);
}

/** The message to store, from the session or the endpoint the request names; 404 when it is unknown. */
function outgoing(core: Core, identity: Identity, request: SendMessageRequest): MessageInfo | Answer {
  const { directory } = core;
  const compose = (customerId: string, endpoint: Endpoint, otherAddress: string) =>
    messageInfo({
      id: core.nextId(),
      accountId: identity.accountId,
      customerId,
      endpoint,
      direction: "Outgoing",
      otherAddress,
      text: request.body,
    });
  if (request.sessionId) {
    const session = directory.session(request.sessionId);
    if (!session) return SESSION_NOT_FOUND;
    return compose(session.customerId, directory.endpointOf(session), session.otherAddress);
  }
  const endpoint = directory.endpoint(request.endpointId ?? "");
  if (!endpoint) return ENDPOINT_NOT_FOUND;
  return compose(endpoint.customerId, endpoint, request.toAddress ?? "");
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
