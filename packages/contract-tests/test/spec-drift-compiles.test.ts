// The compiler holds the SDK to the spec: renaming or retyping, in a copy of the spec, anything the SDK
// uses makes `packages/client/src` fail to type-check, at the line that must change. The control
// proves the copy compiles as it is, so each failure is the edit's doing.
import type { OpenAPI3 } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { bundledSpecCopy, compileClientAgainst, fieldsModule } from "../src/spec-drift/compile-client.js";

// The spec as parsed JSON, edited in place: any shape of it may be reached into.
// biome-ignore lint/suspicious/noExplicitAny: an edit reaches anywhere in a parsed document.
type Json = Record<string, any>;

/** Renames the key `from` of `object` to `to`, keeping its place. */
function renameKey(object: Json, from: string, to: string): void {
  expect(object).toHaveProperty([from]);
  const entries = Object.entries(object);
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) object[key === from ? to : key] = value;
}

const schemas = (spec: Json) => spec.components.schemas;

// Each edit, and a file of src/ the compiler must then point at.
const edits: [string, (spec: Json) => void, RegExp][] = [
  [
    "a request field: SendMessage.endpointId → endpoint",
    (spec) => {
      renameKey(schemas(spec).SendMessage.properties, "endpointId", "endpoint");
      for (const member of schemas(spec).AddressedSendMessage.anyOf)
        member.required = member.required.map((field: string) =>
          field === "endpointId" ? "endpoint" : field,
        );
    },
    /^(types|resources\/messages)\.ts/,
  ],
  [
    "the message body field: SendMessage.body → text",
    (spec) => renameKey(schemas(spec).SendMessage.properties, "body", "text"),
    /^(types|resources\/messages)\.ts/,
  ],
  [
    "the session send path: /sessions/{sessionId}/messages → /sessions/{sessionId}/texts",
    (spec) => renameKey(spec.paths, "/sessions/{sessionId}/messages", "/sessions/{sessionId}/texts"),
    /^resources\/messages\.ts/,
  ],
  [
    "a path parameter: sessionId → id",
    (spec) => {
      spec.components.parameters.SessionId.name = "id";
      renameKey(spec.paths, "/sessions/{sessionId}/messages", "/sessions/{id}/messages");
    },
    /^resources\/messages\.ts/,
  ],
  [
    "a list query parameter the SDK pages by: page → pageNumber",
    (spec) => {
      spec.components.parameters.Page.name = "pageNumber";
    },
    /^resources\/messages\.ts/,
  ],
  [
    "the list's items: ListResponseOfMessageInfo.items → entries",
    (spec) => renameKey(schemas(spec).ListResponseOfMessageInfo.properties, "items", "entries"),
    /^types\.ts/,
  ],
  [
    "a paging field retyped: totalPages integer → string",
    (spec) => {
      schemas(spec).ListResponseOfMessageInfo.properties.totalPages.type = "string";
    },
    /^resources\/messages\.ts/,
  ],
  [
    "the conversations wrapper: ListConversationsResponse.conversations → items",
    (spec) => renameKey(schemas(spec).ListConversationsResponse.properties, "conversations", "items"),
    /^resources\/conversations\.ts/,
  ],
  [
    "a response field the SDK overrides: MessageInfo.direction → way",
    (spec) => renameKey(schemas(spec).MessageInfo.properties, "direction", "way"),
    /^types\.ts/,
  ],
];

describe("a spec edit fails tsc in packages/client/src", () => {
  it("control: the unedited spec, regenerated the same way, compiles", async () => {
    expect(await compileClientAgainst(bundledSpecCopy(), "control")).toEqual([]);
  }, 60_000);

  it.each(edits)(
    "%s",
    async (_name, edit, where) => {
      const spec = bundledSpecCopy();
      edit(spec);
      const errors = await compileClientAgainst(spec as OpenAPI3, _name.replace(/\W+/g, "-").slice(0, 40));
      expect(errors.length, "the edited spec compiled").toBeGreaterThan(0);
      expect(
        errors.filter((error) => where.test(error)),
        errors.join("\n"),
      ).not.toEqual([]);
    },
    60_000,
  );
});

describe("a query parameter the SDK only passes on", () => {
  it("added to the spec, it compiles and the SDK's runtime table takes it with no hand edit", async () => {
    const spec = bundledSpecCopy() as Json;
    spec.paths["/messages"].get.parameters.push({
      name: "isUnread",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    });
    expect(await compileClientAgainst(spec as OpenAPI3, "added-parameter")).toEqual([]);
    expect(fieldsModule(spec)).toMatch(/"listMessages": \{[^}]*"isUnread": "boolean"/);
  }, 60_000);
});
