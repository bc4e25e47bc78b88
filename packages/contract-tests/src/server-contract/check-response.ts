import {
  deref,
  type ErrorObject,
  isObject,
  type JsonObject,
  pointerKey,
  resolvePointer,
} from "@evovoice-sdk/openapi-kit";
import { describeErrors } from "../spec-validator.js";
import type { Problem } from "./findings.js";
import { matchOperation } from "./match-operation.js";
import { schemaAt } from "./schema-at.js";

/** One HTTP exchange as the checks see it. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** What the spec says about one answer: the disagreements, and the JSON and its schema when it had one. */
export interface Judgement {
  problems: Problem[];
  /** The parsed body and the pointer of the schema that documents it (absent when there is none). */
  body?: { json: unknown; schema: string };
}

export interface ResponseChecker {
  /** Every way this response disagrees with the spec, as one line each; empty when it agrees. */
  check(exchange: Exchange): string[];
  /** The same, as problems a report can count by kind, each with the place in the spec it breaks. */
  judge(exchange: Exchange): Judgement;
}

type Validate = (pointer: string, value: unknown) => ErrorObject[];

// `?callback=name` wraps JSON as `name(...)`, optionally followed by `;`.
const JSONP = /^\s*([A-Za-z_$][\w$.]*)\s*\(([\s\S]*)\)\s*;?\s*$/;

/** Holds answers to `spec` (strict-spec.ts for the mock, tolerant-spec.ts for a live server). */
export function createResponseChecker(spec: JsonObject, validate: Validate): ResponseChecker {
  const judge = (exchange: Exchange): Judgement & { errors?: ErrorObject[]; where?: string } => {
    const { pathname } = new URL(exchange.url);
    const matched = matchOperation(spec, exchange.method, pathname);
    if (!matched) {
      const kind = `${exchange.method} ${pathname} is not an operation of the spec`;
      return { problems: [{ kind, example: exchange.url, sources: [{ at: "#/paths", says: "its paths" }] }] };
    }
    const where = `${matched.method} ${matched.path}`;
    const operationAt = `#/paths/${pointerKey(matched.path)}/${matched.method.toLowerCase()}`;
    const responses = isObject(matched.operation.responses) ? matched.operation.responses : {};
    const response = deref(spec, responses[String(exchange.status)]);
    if (!isObject(response)) {
      const kind = `${where} answered ${exchange.status}, a status the spec does not document for it`;
      const says = `documents ${Object.keys(responses).join(", ")}`;
      return {
        problems: [{ kind, example: exchange.url, sources: [{ at: `${operationAt}/responses`, says }] }],
      };
    }
    const content = isObject(response.content) ? response.content : {};
    const mediaType = exchange.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    const responseAt = pointerToResponse(operationAt, exchange.status, responses);
    if (!(mediaType in content)) {
      const kind = `${where} ${exchange.status} came as ${JSON.stringify(exchange.contentType || "no content type")}; the spec documents ${Object.keys(content).join(", ")}`;
      const says = `documents ${Object.keys(content).join(", ")}`;
      return {
        problems: [{ kind, example: exchange.url, sources: [{ at: `${responseAt}/content`, says }] }],
      };
    }
    const payload = parsePayload(mediaType, exchange.body);
    const schema = `${responseAt}/content/application~1json/schema`;
    if ("problem" in payload) {
      const kind = `${where} ${exchange.status}: the body is not JSON`;
      return {
        problems: [{ kind, example: payload.problem, sources: [{ at: schema, says: "a JSON body" }] }],
      };
    }
    const errors = validate(schema, payload.json);
    const problems = errors.map((error) =>
      schemaProblem(spec, where, exchange.status, schema, error, payload.json),
    );
    return { problems, body: { json: payload.json, schema }, errors, where };
  };
  return {
    judge: (exchange) => {
      const { problems, body } = judge(exchange);
      return body ? { problems, body } : { problems };
    },
    check(exchange) {
      const judged = judge(exchange);
      if (judged.errors === undefined) return judged.problems.map((problem) => problem.kind);
      return judged.errors.length
        ? [
            `${judged.where} ${exchange.status} body disagrees with the spec: ${describeErrors(judged.errors)}`,
          ]
        : [];
    },
  };
}

// One Ajv error, by kind: indexes are dropped (`/items/*/isUnread`), so 80 bad items are one kind.
function schemaProblem(
  spec: JsonObject,
  where: string,
  status: number,
  schema: string,
  error: ErrorObject,
  json: unknown,
): Problem {
  const path = error.instancePath || "(root)";
  const kind = `${where} ${status} body disagrees with the spec: ${path.replace(/\/\d+(?=\/|$)/g, "/*")} ${describeErrors([{ ...error, instancePath: "" }]).replace(/^\(root\) /, "")}`;
  const at = schemaAt(spec, schema, error.instancePath);
  const node = resolvePointer(spec, at);
  const says =
    isObject(node) && error.keyword in node
      ? `${error.keyword}: ${JSON.stringify(node[error.keyword])}`
      : (error.message ?? error.keyword);
  const value = resolvePointer(json, `#${error.instancePath}`);
  return {
    kind,
    example: `${path} is ${value === undefined ? "absent" : JSON.stringify(value)}`.slice(0, 160),
    sources: [{ at, says }],
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
function pointerToResponse(operationAt: string, status: number, responses: JsonObject): string {
  const entry = responses[String(status)];
  if (isObject(entry) && typeof entry.$ref === "string") return entry.$ref;
  return `${operationAt}/responses/${status}`;
}
