import { isObject, type Json, type JsonObject, deref as resolve } from "../openapi-document.js";

// What can break a client written against the old spec, for the constructs this
// spec uses. (openapi-diff, the npm library for this, rejects OpenAPI 3.1.)
// Requests break when the server would refuse what it used to accept; responses
// break when a client could no longer read what it is given.

const VERBS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export function findBreakingChanges(before: JsonObject, after: JsonObject): string[] {
  const problems: string[] = [];
  const oldPaths = isObject(before.paths) ? before.paths : {};
  const newPaths = isObject(after.paths) ? after.paths : {};
  for (const [path, oldItem] of Object.entries(oldPaths)) {
    for (const verb of VERBS) {
      const oldOp = isObject(oldItem) ? oldItem[verb] : undefined;
      if (!isObject(oldOp)) continue;
      const newItem = newPaths[path];
      const newOp = isObject(newItem) ? newItem[verb] : undefined;
      const where = `${verb.toUpperCase()} ${path}`;
      if (!isObject(newOp)) {
        problems.push(`${where} was removed`);
        continue;
      }
      problems.push(...compareParameters(before, oldOp, after, newOp, where));
      problems.push(
        ...compareSchemas(
          before,
          bodySchema(before, oldOp.requestBody),
          after,
          bodySchema(after, newOp.requestBody),
          {
            where: `${where} request body`,
            side: "request",
          },
        ),
      );
      problems.push(...compareResponses(before, oldOp, after, newOp, where));
    }
  }
  return problems;
}

function compareParameters(
  before: JsonObject,
  oldOp: JsonObject,
  after: JsonObject,
  newOp: JsonObject,
  where: string,
) {
  const list = (doc: JsonObject, op: JsonObject) =>
    (Array.isArray(op.parameters) ? op.parameters : []).map((p) => resolve(doc, p)).filter(isObject);
  const oldParams = list(before, oldOp);
  const problems: string[] = [];
  for (const param of list(after, newOp)) {
    const old = oldParams.find((p) => p.name === param.name && p.in === param.in);
    const label = `${where} ${param.in} parameter ${param.name}`;
    if (!old) {
      if (param.required === true) problems.push(`${label} is new and required`);
      continue;
    }
    if (param.required === true && old.required !== true) problems.push(`${label} became required`);
    problems.push(
      ...compareSchemas(before, old.schema, after, param.schema, { where: label, side: "request" }),
    );
  }
  for (const old of oldParams) {
    if (!list(after, newOp).some((p) => p.name === old.name && p.in === old.in)) {
      problems.push(`${where} ${old.in} parameter ${old.name} was removed`);
    }
  }
  return problems;
}

function compareResponses(
  before: JsonObject,
  oldOp: JsonObject,
  after: JsonObject,
  newOp: JsonObject,
  where: string,
) {
  const problems: string[] = [];
  const oldResponses = isObject(oldOp.responses) ? oldOp.responses : {};
  const newResponses = isObject(newOp.responses) ? newOp.responses : {};
  for (const [status, oldEntry] of Object.entries(oldResponses)) {
    const oldResponse = resolve(before, oldEntry);
    const newResponse = resolve(after, newResponses[status]);
    if (!isObject(newResponse)) {
      if (status.startsWith("2")) problems.push(`${where} no longer answers ${status}`);
      continue;
    }
    const oldContent = isObject(oldResponse) && isObject(oldResponse.content) ? oldResponse.content : {};
    const newContent = isObject(newResponse.content) ? newResponse.content : {};
    for (const [media, oldMedia] of Object.entries(oldContent)) {
      const newMedia = newContent[media];
      if (!isObject(newMedia)) {
        problems.push(`${where} ${status} no longer comes as ${media}`);
        continue;
      }
      const oldSchema = isObject(oldMedia) ? oldMedia.schema : undefined;
      problems.push(
        ...compareSchemas(before, oldSchema, after, newMedia.schema, {
          where: `${where} ${status} ${media}`,
          side: "response",
        }),
      );
    }
  }
  return problems;
}

interface Context {
  where: string;
  side: "request" | "response";
}

function compareSchemas(
  before: JsonObject,
  oldRaw: Json | undefined,
  after: JsonObject,
  newRaw: Json | undefined,
  context: Context,
  depth = 0,
): string[] {
  const oldSchema = resolve(before, oldRaw);
  const newSchema = resolve(after, newRaw);
  if (!isObject(oldSchema) || !isObject(newSchema) || depth > 16) return [];
  const { where, side } = context;
  const problems: string[] = [];
  if (oldSchema.type !== newSchema.type)
    problems.push(`${where}: type changed from ${show(oldSchema.type)} to ${show(newSchema.type)}`);
  if (oldSchema.format !== newSchema.format && newSchema.format !== undefined) {
    problems.push(`${where}: format changed from ${show(oldSchema.format)} to ${show(newSchema.format)}`);
  }
  if (Array.isArray(oldSchema.enum) && Array.isArray(newSchema.enum)) {
    const newEnum = newSchema.enum;
    // A request enum that loses a value refuses what it accepted; a response enum that
    // loses one is harmless. (The SDK already tolerates values it does not know.)
    if (side === "request") {
      for (const value of oldSchema.enum)
        if (!newEnum.includes(value)) problems.push(`${where}: enum value ${show(value)} was removed`);
    }
  }
  const oldRequired = new Set(Array.isArray(oldSchema.required) ? oldSchema.required : []);
  const newRequired = Array.isArray(newSchema.required) ? newSchema.required : [];
  if (side === "request") {
    for (const name of newRequired)
      if (!oldRequired.has(name)) problems.push(`${where}: ${name} became required`);
  } else {
    for (const name of oldRequired)
      if (!newRequired.includes(name)) problems.push(`${where}: ${name} is no longer always sent`);
  }
  const oldProps = isObject(oldSchema.properties) ? oldSchema.properties : {};
  const newProps = isObject(newSchema.properties) ? newSchema.properties : {};
  for (const [name, oldProp] of Object.entries(oldProps)) {
    if (!(name in newProps)) {
      problems.push(`${where}: field ${name} was removed`);
      continue;
    }
    problems.push(
      ...compareSchemas(
        before,
        oldProp,
        after,
        newProps[name],
        { where: `${where}.${name}`, side },
        depth + 1,
      ),
    );
  }
  // allOf / anyOf members, compared position by position.
  for (const key of ["allOf", "anyOf", "oneOf", "items"] as const) {
    const oldParts = asList(oldSchema[key]);
    const newParts = asList(newSchema[key]);
    oldParts.forEach((part, index) => {
      problems.push(
        ...compareSchemas(
          before,
          part,
          after,
          newParts[index],
          { where: `${where} ${key}[${index}]`, side },
          depth + 1,
        ),
      );
    });
  }
  return problems;
}

function bodySchema(doc: JsonObject, requestBody: Json | undefined): Json | undefined {
  const body = resolve(doc, requestBody);
  const content = isObject(body) && isObject(body.content) ? body.content : {};
  const media = content["application/json"];
  return isObject(media) ? media.schema : undefined;
}

function asList(value: Json | undefined): Json[] {
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

function show(value: Json | undefined): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
