import { expect } from "vitest";
import type { SpecEdit } from "./spec-checkout.js";

// Changes that leave SDK users' code working, with what the gate must report about each. Shared by
// compatible-cases.test.ts and the Optic comparison (README).

const SESSION = "/sessions/{sessionId}/messages";

export interface CompatibleCase {
  edit: SpecEdit;
  /** A change the report must show (so a detection that silently disappears fails too). */
  reports?: { severity: "non-breaking" | "annotation"; description: string };
  /** The report shows that change and nothing else. */
  only?: true;
}

export const COMPATIBLE_CASES: Record<string, CompatibleCase> = {
  "new optional request field": {
    edit: (s) => {
      s.components.schemas.SendMessage.properties.mediaUrl = { type: "string" };
    },
    reports: { severity: "non-breaking", description: "added request body (application/json) › mediaUrl" },
  },
  "new optional response field": {
    edit: (s) => {
      s.components.schemas.MessageInfo.properties.mediaUrl = { type: "string" };
    },
    reports: { severity: "non-breaking", description: "added response 200 (application/json) › mediaUrl" },
  },
  "new optional parameter": {
    edit: (s) =>
      s.paths[SESSION].post.parameters.push({ name: "tenant", in: "query", schema: { type: "string" } }),
    reports: { severity: "non-breaking", description: "added query parameter tenant" },
  },
  "description edits": {
    edit: (s) => {
      s.info.description = "Reworded.";
      s.paths["/messages"].post.description = "Reworded.";
      s.components.schemas.MessageInfo.properties.text.description = "Reworded.";
    },
    reports: {
      severity: "annotation",
      description:
        'changed response 200 (application/json) › text description: "The text of the message." → "Reworded."',
    },
  },
  "example and code sample edits": {
    edit: (s) => {
      s.components.responses.MessageSent.content["application/json"].examples.outgoingSms.value.text = "Hi";
      s.paths["/messages"].post["x-codeSamples"][0].source = "// reworded";
    },
    reports: { severity: "annotation", description: expectString("x-codeSamples") },
  },
  "new request enum value": {
    edit: (s) => s.components.parameters.Format.schema.enum.push("jsv"),
    reports: { severity: "non-breaking", description: 'added query parameter format enum value "jsv"' },
  },
  "new response enum value": {
    edit: (s) => s.components.schemas.MessageDirections.enum.push("Internal"),
    reports: {
      severity: "non-breaking",
      description: 'added response 200 (application/json) › direction enum value "Internal"',
    },
  },
  "removed response enum value (the SDK admits values it does not know)": {
    edit: (s) => {
      s.components.schemas.MessageDirections.enum = ["Incoming"];
    },
    reports: {
      severity: "non-breaking",
      description: 'removed response 200 (application/json) › direction enum value "Outgoing"',
    },
  },
  "request field may now be null (the type only widens)": {
    edit: (s) => {
      s.components.schemas.SendMessage.properties.body.type = ["string", "null"];
    },
    reports: {
      severity: "non-breaking",
      description: 'changed request body (application/json) › body type: "string" → ["string","null"]',
    },
  },
  "response field now always sent": {
    edit: (s) => {
      s.components.schemas.MessageInfo.required = ["id"];
    },
    reports: {
      severity: "non-breaking",
      description: 'added response 200 (application/json) required field "id"',
    },
  },
  "widened auth: a new alternative scheme": {
    edit: (s) => {
      s.components.securitySchemes.ApiKeyHeader = { type: "apiKey", in: "header", name: "X-Api-Key" };
      s.security.push({ ApiKeyHeader: [] });
    },
    reports: { severity: "non-breaking", description: "widened auth: ApiKeyHeader is now accepted" },
  },
  "widened auth: one operation accepts a new scheme": {
    edit: (s) => {
      s.components.securitySchemes.ApiKeyHeader = { type: "apiKey", in: "header", name: "X-Api-Key" };
      s.paths["/messages"].post.security = [...s.security, { ApiKeyHeader: [] }];
    },
    reports: { severity: "non-breaking", description: "widened auth: ApiKeyHeader is now accepted" },
    only: true,
  },
  "security alternatives reordered": {
    edit: (s) => s.security.reverse(),
  },
  "widened auth: a role no longer required": {
    edit: (s) => {
      s.paths["/messages"].post["x-servicestack-route"].requiredRoles = [];
    },
    reports: { severity: "non-breaking", description: 'widened auth: requiredRoles lost "User"' },
    only: true,
  },
  "an operation repeating the document's security": {
    edit: (s) => {
      s.paths["/messages"].post.security = structuredClone(s.security);
    },
    only: true,
  },
  "a tag reworded": {
    edit: (s) => {
      s.tags[0].description = "Reworded for the docs.";
    },
    reports: { severity: "annotation", description: expectString("changed tags.0.description") },
    only: true,
  },
  "a new operation": {
    edit: (s) => {
      s.paths["/messages"].put = structuredClone(s.paths["/messages"].post);
      s.paths["/messages"].put.operationId = "putMessage";
    },
    reports: { severity: "non-breaking", description: "added operation" },
  },
};

function expectString(part: string): string {
  return expect.stringContaining(part) as unknown as string;
}
