import { deref, type ErrorObject, isObject, type JsonObject, pointerKey } from "@evovoice-sdk/openapi-kit";
import { describeErrors } from "../spec-validator.js";
import { matchOperation } from "./match-operation.js";

/** One HTTP exchange as the checks see it. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export interface ResponseChecker {
  /** Every way this response disagrees with the spec; empty when it agrees. */
  check(exchange: Exchange): string[];
}

type Validate = (pointer: string, value: unknown) => ErrorObject[];

// `?callback=name` wraps JSON as `name(...)`, optionally followed by `;`.
const JSONP = /^\s*([A-Za-z_$][\w$.]*)\s*\(([\s\S]*)\)\s*;?\s*$/;

export function createResponseChecker(spec: JsonObject, validate: Validate): ResponseChecker {
  return {
    check(exchange) {
      const { pathname } = new URL(exchange.url);
      const matched = matchOperation(spec, exchange.method, pathname);
      if (!matched) return [`${exchange.method} ${pathname} is not an operation of the spec`];
      const where = `${matched.method} ${matched.path}`;
      const responses = isObject(matched.operation.responses) ? matched.operation.responses : {};
      const response = deref(spec, responses[String(exchange.status)]);
      if (!isObject(response)) {
        return [`${where} answered ${exchange.status}, a status the spec does not document for it`];
      }
      const content = isObject(response.content) ? response.content : {};
      const mediaType = exchange.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
      if (!(mediaType in content)) {
        return [
          `${where} ${exchange.status} came as ${JSON.stringify(exchange.contentType || "no content type")}; the spec documents ${Object.keys(content).join(", ")}`,
        ];
      }
      const payload = parsePayload(mediaType, exchange.body);
      if ("problem" in payload) return [`${where} ${exchange.status}: ${payload.problem}`];
      const schemaPointer = `${pointerToResponse(matched.path, matched.method, exchange.status, responses)}/content/application~1json/schema`;
      const errors = validate(schemaPointer, payload.json);
      return errors.length
        ? [`${where} ${exchange.status} body disagrees with the spec: ${describeErrors(errors)}`]
        : [];
    },
  };
}

function parsePayload(mediaType: string, body: string): { json: unknown } | { problem: string } {
  let text = body;
  if (mediaType === "application/javascript") {
    const wrapped = JSONP.exec(body);
    if (!wrapped) return { problem: `JSONP body is not a callback call: ${body.slice(0, 80)}` };
    text = wrapped[2] ?? "";
  }
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { problem: `body is not valid JSON: ${JSON.stringify(body.slice(0, 80))}` };
  }
}

// The JSON body schema lives under the response object where it is written: shared (a $ref) or inline.
function pointerToResponse(path: string, method: string, status: number, responses: JsonObject): string {
  const entry = responses[String(status)];
  if (isObject(entry) && typeof entry.$ref === "string") return entry.$ref;
  return `#/paths/${pointerKey(path)}/${method.toLowerCase()}/responses/${status}`;
}
