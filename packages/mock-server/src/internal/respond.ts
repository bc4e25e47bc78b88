import type { FaultRequest } from "../fault.js";
import type { OperationName } from "../records.js";
import { applyFault } from "./apply-fault.js";
import type { Call } from "./call.js";
import type { Core } from "./core.js";
import type { Exchange } from "./exchange.js";
import { listConversations } from "./operations/list-conversations.js";
import { listMessages } from "./operations/list-messages.js";
import { sendMessage } from "./operations/send-message.js";
import { type Answer, jsonAnswer, PREFLIGHT, type Reply } from "./reply.js";
import { matchRoute } from "./routes.js";
import { errorBody } from "./validation/service-status.js";

const OPERATIONS: Readonly<Record<OperationName, (core: Core, call: Call) => Answer>> = {
  SendMessage: sendMessage,
  ListMessages: listMessages,
  ListConversations: listConversations,
};
const utf8 = new TextDecoder();

/**
 * The mock's behaviour for one request, whichever form received it: preflight, route, read the body,
 * take a fault, run the operation. A bug or a throwing fault predicate is a documented 500, not a crash.
 */
export async function respond(core: Core, exchange: Exchange): Promise<Reply> {
  // One async function, not a wrapper around another: a promise less on every request.
  try {
    const { method, url } = exchange;
    // CorsFeature answers every preflight before routing.
    if (method === "OPTIONS") return PREFLIGHT;
    const target = matchRoute(method, url);
    if (!target) {
      const path = url.split("?")[0];
      return jsonAnswer(404, errorBody("NotFound", `Handler for Request not found: ${method} ${path}`));
    }
    if ("allow" in target) {
      const message = `The verb ${method} is not allowed on ${target.route}; use ${target.allow.split(",")[0]}.`;
      return jsonAnswer(405, errorBody("MethodNotAllowed", message), { Allow: target.allow });
    }
    const body = await exchange.body(core.maxBodyBytes);
    if (body.kind === "aborted") return "gone";
    if (body.kind === "too-large") {
      const message = `The request body is larger than ${core.maxBodyBytes} bytes.`;
      return { ...jsonAnswer(400, errorBody("RequestTooLarge", message)), close: body.close };
    }
    const call: Call = { target, method, url, exchange, bytes: body.bytes };
    const operation = OPERATIONS[target.operation];
    // Without faults queued no request description is built: this is the benchmarked path.
    const fault = core.faults.empty ? undefined : core.faults.take(faultRequest(call));
    return fault ? await applyFault(core, fault, () => operation(core, call)) : operation(core, call);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return jsonAnswer(500, errorBody(name, message));
  }
}

function faultRequest(call: Call): FaultRequest {
  return {
    method: call.method,
    url: call.url,
    route: call.target.route,
    operation: call.target.operation,
    headers: call.exchange.headers(),
    get body() {
      return utf8.decode(call.bytes);
    },
  };
}
