import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { pascalCase } from "./service-status.js";

// ajv-formats is CommonJS; depending on the loader its function is the module or its `.default`.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const DOCUMENT_ID = "urn:evovoice:openapi";

/** The compiled checks for one spec document; built once, then shared by every server using it. */
export interface Validators {
  /** Body of `POST /sessions/{sessionId}/messages`. */
  sessionRoute: ValidateFunction;
  /** Body of `/messages`. */
  messagesRoute: ValidateFunction;
  format: ValidateFunction;
  callback: ValidateFunction;
  /** The `required` list of each `anyOf` branch of the `/messages` body: the ways to address a message. */
  addressings: readonly (readonly string[])[];
  /** "Specify either SessionId or EndpointId+ToAddress", worded from `addressings`. */
  addressingMessage: string;
}

const cache = new WeakMap<object, Validators>();

/** Compiles the request schemas of the spec, referenced by JSON pointer into the whole document. */
export function compileValidators(spec: object): Validators {
  const hit = cache.get(spec);
  if (hit) return hit;
  // strict: false because the document around the schemas (paths, info, …) is not itself a schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, DOCUMENT_ID);
  const compile = (pointer: string) => ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
  const bodySchema = (path: string) =>
    `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/post/requestBody/content/application~1json/schema`;
  const addressings = addressingsOf(spec, resolve(spec, bodySchema("/messages")));
  const validators: Validators = {
    sessionRoute: compile(bodySchema("/sessions/{sessionId}/messages")),
    messagesRoute: compile(bodySchema("/messages")),
    format: compile("/components/parameters/Format/schema"),
    callback: compile("/components/parameters/Callback/schema"),
    addressings,
    addressingMessage: `Specify either ${addressings.map((fields) => fields.map(pascalCase).join("+")).join(" or ")}`,
  };
  cache.set(spec, validators);
  return validators;
}

function addressingsOf(spec: object, bodySchema: unknown): string[][] {
  let schema = bodySchema as { $ref?: string; anyOf?: { required?: string[] }[] } | undefined;
  if (schema?.$ref?.startsWith("#")) schema = resolve(spec, schema.$ref.slice(1)) as typeof schema;
  return (schema?.anyOf ?? []).map((branch) => branch.required ?? []);
}

function resolve(doc: object, pointer: string): unknown {
  let node: unknown = doc;
  for (const part of pointer.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}
