import type { FaultRequest } from "../fault.js";
import type { OperationName } from "../records.js";
import { type Answer, jsonAnswer, PREFLIGHT } from "./answer.js";
import { applyFault } from "./apply-fault.js";
import type { HttpRequest } from "./http-request.js";
import type { MockService } from "./mock-service.js";
import { listConversations } from "./operations/list-conversations.js";
import { listMessages } from "./operations/list-messages.js";
import { sendMessage } from "./operations/send-message.js";
import { matchRoute, type RoutedRequest } from "./routes.js";
import { errorBody } from "./validation/service-stack-errors.js";

const OPERATIONS: Readonly<Record<OperationName, (service: MockService, request: RoutedRequest) => Answer>> =
  {
    SendMessage: sendMessage,
    ListMessages: listMessages,
    ListConversations: listConversations,
  };
const utf8 = new TextDecoder();

/**
 * The mock's behaviour for one request, whichever form received it: preflight, route, body, fault,
 * operation. `"drop"` is no answer at all: a dropped connection. A bug or a throwing fault predicate
 * is a documented 500, not a crash.
 */
export async function answerRequest(service: MockService, request: HttpRequest): Promise<Answer | "drop"> {
  try {
    const { method, url, headers, body } = request;
    // CorsFeature answers every preflight before routing.
    if (method === "OPTIONS") return PREFLIGHT;
    const route = matchRoute(method, url);
    if (!route) {
      const message = `Handler for Request not found: ${method} ${url.split("?")[0]}`;
      return jsonAnswer(404, errorBody("NotFound", message));
    }
    if ("allow" in route) {
      const message = `The verb ${method} is not allowed on ${route.name}; use ${route.allow.split(",")[0]}.`;
      return jsonAnswer(405, errorBody("MethodNotAllowed", message), { Allow: route.allow });
    }
    if (body === "aborted") return "drop";
    if (body === "too-large") {
      const message = `The request body is larger than ${service.maxBodyBytes} bytes.`;
      return jsonAnswer(400, errorBody("RequestTooLarge", message));
    }
    const received: FaultRequest = {
      method,
      url,
      route: route.name,
      operation: route.operation,
      headers,
      body: utf8.decode(body),
    };
    service.requests.push(received);
    const fault = service.faults.take(received);
    const operation = () => OPERATIONS[route.operation](service, { route, method, headers, bytes: body });
    return fault ? await applyFault(service, fault, operation) : operation();
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return jsonAnswer(500, errorBody(name, message));
  }
}
