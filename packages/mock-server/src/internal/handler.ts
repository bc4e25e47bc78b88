import type { IncomingMessage, ServerResponse } from "node:http";
import type { Fault } from "../fault.js";
import type { MessageInfo, RecordedMessage, SendMessageRequest } from "../records.js";
import type { Authenticator } from "./auth.js";
import { bindRequest } from "./bind-request.js";
import type { Directory } from "./directory.js";
import type { FaultQueue } from "./faults.js";
import { messageInfo } from "./message-info.js";
import { readBody } from "./read-body.js";
import { type Answer, jsonAnswer, jsonpAnswer, send, sendPreflight, sendTruncated } from "./respond.js";
import { MESSAGES_ROUTE, matchRoute, SESSION_ROUTE, type Target } from "./routes.js";
import {
  DEFAULT_FAULT_BODIES,
  errorBody,
  type ResponseError,
  validationErrorBody,
} from "./service-status.js";
import { addressingErrors, fieldErrors } from "./validation-errors.js";
import type { Validators } from "./validators.js";

/** Everything a request needs, built once when the server starts. */
export interface Context {
  validators: Validators;
  auth: Authenticator;
  directory: Directory;
  faults: FaultQueue;
  maxBodyBytes: number;
  nextId: () => string;
  record: (message: RecordedMessage) => void;
  /** Resolves true after `ms`, or false as soon as the server closes. */
  sleep: (ms: number) => Promise<boolean>;
}

const UNAUTHORIZED_HEADERS = { "WWW-Authenticate": 'Bearer realm="evovoice-mock"' };
const METHOD_NOT_ALLOWED_HEADERS = { Allow: "POST, OPTIONS" };

export function createHandler(ctx: Context) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(ctx, req, res).catch((error: unknown) => {
      // A bug or a throwing fault predicate: a documented 500 rather than a crash.
      if (res.headersSent) return void res.destroy();
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      send(res, jsonAnswer(500, errorBody(name, message)));
    });
  };
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  if (method === "OPTIONS") return sendPreflight(res);
  const url = req.url ?? "/";
  const target = matchRoute(url);
  if (!target) {
    const path = url.split("?")[0];
    return send(
      res,
      jsonAnswer(404, errorBody("NotFound", `Handler for Request not found: ${method} ${path}`)),
    );
  }
  if (target.route === SESSION_ROUTE && method !== "POST") {
    const message = `The verb ${method} is not allowed on ${SESSION_ROUTE}; use POST.`;
    return send(res, jsonAnswer(405, errorBody("MethodNotAllowed", message), METHOD_NOT_ALLOWED_HEADERS));
  }
  const body = await readBody(req, ctx.maxBodyBytes);
  if (body.kind === "aborted") return;
  if (body.kind === "too-large") {
    const message = `The request body is larger than ${ctx.maxBodyBytes} bytes.`;
    return send(res, jsonAnswer(400, errorBody("RequestTooLarge", message)), body.close);
  }
  // Without faults queued, no request description is built: this is the benchmarked path.
  const fault = ctx.faults.empty
    ? undefined
    : ctx.faults.take({
        method,
        url,
        route: target.route,
        headers: req.headers,
        get body() {
          return body.bytes.toString("utf8");
        },
      });
  if (!fault) return send(res, sendMessage(ctx, req, method, target, body.bytes));
  return applyFault(ctx, req, res, fault, () => sendMessage(ctx, req, method, target, body.bytes));
}

/** The fault replaces the answer; `handle` runs the request as usual, recording a valid message. */
async function applyFault(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  fault: Fault,
  handle: () => Answer,
): Promise<void> {
  if (fault.delayMs && !(await ctx.sleep(fault.delayMs))) return;
  if (fault.drop === "before-record") return reset(req);
  if (fault.status !== undefined && !fault.record) return send(res, faultAnswer(fault));
  const answer = handle();
  if (fault.drop === "after-record") return reset(req);
  if (fault.malformed) return sendTruncated(res, answer);
  send(res, fault.status === undefined ? answer : faultAnswer(fault));
}

function reset(req: IncomingMessage): void {
  req.socket.resetAndDestroy();
}

function faultAnswer(fault: Fault): Answer {
  const status = fault.status ?? 500;
  const headers = fault.retryAfter === undefined ? undefined : { "Retry-After": String(fault.retryAfter) };
  if (typeof fault.body === "string") {
    return {
      status,
      contentType: "application/json; charset=utf-8",
      payload: fault.body,
      ...(headers && { headers }),
    };
  }
  return jsonAnswer(status, fault.body ?? DEFAULT_FAULT_BODIES[status], headers);
}

/** SendMessage itself: authenticate, bind, validate, look up, record. */
function sendMessage(
  ctx: Context,
  req: IncomingMessage,
  method: string,
  target: Target,
  bytes: Buffer,
): Answer {
  const auth = ctx.auth.authenticate(req.headers.authorization);
  if (!auth.ok)
    return jsonAnswer(auth.status, auth.body, auth.status === 401 ? UNAUTHORIZED_HEADERS : undefined);

  const { validators } = ctx;
  const paramErrors: ResponseError[] = [];
  let callback: string | undefined;
  if (target.query !== "") {
    const query = new URLSearchParams(target.query);
    const format = query.get("format");
    callback = query.get("callback") ?? undefined;
    if (format !== null && !validators.format(format))
      paramErrors.push(...fieldErrors(validators.format.errors, "format"));
    if (callback !== undefined && !validators.callback(callback)) {
      paramErrors.push(...fieldErrors(validators.callback.errors, "callback"));
    }
  }
  let pathSessionId: string | undefined;
  if (target.rawSessionId !== undefined) {
    try {
      pathSessionId = decodeURIComponent(target.rawSessionId);
    } catch {
      paramErrors.push({
        errorCode: "SerializationException",
        fieldName: "SessionId",
        message: "Bad percent-encoding.",
      });
    }
  }

  const binding = bindRequest(method, req.headers, bytes, target.query);
  if (!binding.ok) return jsonAnswer(400, binding.body);
  const dto = binding.request;
  const validate = target.route === SESSION_ROUTE ? validators.sessionRoute : validators.messagesRoute;
  const errors = validate(dto) ? paramErrors : [...paramErrors, ...fieldErrors(validate.errors)];
  const addressing = target.route === MESSAGES_ROUTE ? addressingErrors(dto, validators.addressings) : [];
  if (addressing.length > 0) {
    return jsonAnswer(
      400,
      errorBody("ArgumentException", validators.addressingMessage, [...addressing, ...errors]),
    );
  }
  if (errors.length > 0) return jsonAnswer(400, validationErrorBody(errors));

  // The schema has checked every field is a string; the path's session wins over the body's.
  const request = dto as SendMessageRequest;
  if (pathSessionId !== undefined) request.sessionId = pathSessionId;
  let response: MessageInfo;
  if (request.sessionId) {
    const session = ctx.directory.session(request.sessionId);
    if (!session) return jsonAnswer(404, errorBody("NotFound", "Session not found"));
    const endpoint = ctx.directory.endpointOf(session);
    response = messageInfo(
      ctx.nextId(),
      auth.accountId,
      session.customerId,
      endpoint,
      session.otherAddress,
      request.body,
    );
  } else {
    const endpoint = ctx.directory.endpoint(request.endpointId ?? "");
    if (!endpoint) return jsonAnswer(404, errorBody("NotFound", "Endpoint not found"));
    const to = request.toAddress ?? "";
    response = messageInfo(ctx.nextId(), auth.accountId, endpoint.customerId, endpoint, to, request.body);
  }
  ctx.record({ route: target.route, method, auth: auth.kind, principal: auth.principal, request, response });
  return callback === undefined ? jsonAnswer(200, response) : jsonpAnswer(callback, response);
}
