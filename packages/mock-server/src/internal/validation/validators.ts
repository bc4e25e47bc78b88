import {
  deref,
  isObject,
  type JsonObject,
  pointerKey,
  resolvePointer,
  schemaCompiler,
  type ValidateFunction,
} from "@evovoice-sdk/openapi-kit";
import type { OperationName } from "../../records.js";
import type { QueryBinder, QueryParam } from "../binding/bind-query.js";
import { pascalCase } from "./service-stack-errors.js";

/** What the mock checks requests against, compiled once from one spec document and shared. */
export interface Validators {
  /** Body of `POST /sessions/{sessionId}/messages`. */
  sessionBody: ValidateFunction;
  /** Body of SendMessage everywhere else (`/messages`, the predefined routes). */
  messagesBody: ValidateFunction;
  /** The `required` list of each `anyOf` branch of the `/messages` body: the ways to address a message. */
  addressings: readonly (readonly string[])[];
  /** "Specify either SessionId or EndpointId+ToAddress", worded from `addressings`. */
  addressingMessage: string;
  /** The query parameters of each operation, by operationId. */
  queries: Readonly<
    Record<"sendMessageToSession" | "sendMessage" | "listMessages" | "listConversations", QueryBinder>
  >;
  /** The error statuses the spec documents for each operation, on any of its routes. */
  statuses: Readonly<Record<OperationName, ReadonlySet<number>>>;
  /** The fields of `MessageInfo`, which `sortField` may name. */
  messageFields: readonly string[];
}

/** ServiceStack's own parameters, on every operation, rather than fields of a request DTO. */
const CONTROL_PARAMETERS = new Set(["format", "callback"]);
const cache = new WeakMap<object, Validators>();

export function compileValidators(spec: object): Validators {
  const hit = cache.get(spec);
  if (hit) return hit;
  const compile = schemaCompiler(spec);
  const operation = (id: string) => findOperation(spec, id);
  const body = (id: string) => `${operation(id).pointer}/requestBody/content/application~1json/schema`;
  const addressings = addressingsOf(spec, resolvePointer(spec, body("sendMessage")));
  const statuses: Record<string, Set<number>> = {};
  for (const id of ["sendMessageToSession", "sendMessage", "listMessages", "listConversations"]) {
    const { name, node } = operation(id);
    statuses[name] ??= new Set();
    const documented = statuses[name];
    for (const status of Object.keys(isObject(node.responses) ? node.responses : {})) {
      if (Number(status) >= 400) documented.add(Number(status));
    }
  }
  const messageInfo = deref<JsonObject>(spec, { $ref: "#/components/schemas/MessageInfo" });
  const validators: Validators = {
    sessionBody: compile(body("sendMessageToSession")),
    messagesBody: compile(body("sendMessage")),
    addressings,
    addressingMessage: `Specify either ${addressings.map((fields) => fields.map(pascalCase).join("+")).join(" or ")}`,
    queries: {
      sendMessageToSession: queryBinder(spec, operation("sendMessageToSession"), compile),
      sendMessage: queryBinder(spec, operation("sendMessage"), compile),
      listMessages: queryBinder(spec, operation("listMessages"), compile),
      listConversations: queryBinder(spec, operation("listConversations"), compile),
    },
    statuses: statuses as Record<OperationName, Set<number>>,
    messageFields: Object.keys(isObject(messageInfo?.properties) ? messageInfo.properties : {}),
  };
  cache.set(spec, validators);
  return validators;
}

interface FoundOperation {
  pointer: string;
  node: JsonObject;
  /** The ServiceStack request DTO the operation binds to (`x-servicestack.operation`). */
  name: OperationName;
}

function findOperation(spec: object, operationId: string): FoundOperation {
  const paths = resolvePointer<JsonObject>(spec, "#/paths") ?? {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, node] of Object.entries(item)) {
      if (!isObject(node) || node.operationId !== operationId) continue;
      const extension = isObject(node["x-servicestack"]) ? node["x-servicestack"] : {};
      const name = String(extension.operation ?? "") as OperationName;
      return { pointer: `#/paths/${pointerKey(path)}/${method}`, node, name };
    }
  }
  throw new Error(`The spec has no operation ${operationId}.`);
}

function queryBinder(
  spec: object,
  operation: FoundOperation,
  compile: (pointer: string) => ValidateFunction,
): QueryBinder {
  const params = new Map<string, QueryParam>();
  const list = Array.isArray(operation.node.parameters) ? operation.node.parameters : [];
  list.forEach((entry, index) => {
    const ref = isObject(entry) && typeof entry.$ref === "string" ? entry.$ref : undefined;
    const param = deref<JsonObject>(spec, entry);
    if (param?.in !== "query" || typeof param.name !== "string") return;
    const schema = deref<JsonObject>(spec, param.schema) ?? {};
    const pointer = `${ref ?? `${operation.pointer}/parameters/${index}`}/schema`;
    params.set(param.name.toLowerCase(), {
      name: param.name,
      kind:
        schema.type === "array" || schema.type === "integer" || schema.type === "boolean"
          ? schema.type
          : "string",
      ...(Array.isArray(schema.enum) && { enumValues: schema.enum.map(String) }),
      control: CONTROL_PARAMETERS.has(param.name),
      validate: compile(pointer),
    });
  });
  return { operation: operation.name, params };
}

function addressingsOf(spec: object, bodySchema: unknown): string[][] {
  const schema = deref<{ anyOf?: { required?: string[] }[] }>(spec, bodySchema as object);
  return (schema?.anyOf ?? []).map((branch) => branch.required ?? []);
}
