import type { SpecEdit } from "./spec-checkout.js";

// Each change that breaks SDK users, made to a copy of the real spec (version unchanged), with what the
// gate must say about it. Shared by breaking-cases.test.ts and the Optic comparison (README).

const SESSION = "/sessions/{sessionId}/messages";
const POST_SESSION = `POST ${SESSION}`;

export interface BreakingCase {
  edit?: SpecEdit;
  editRelease?: SpecEdit;
  /** The operation (or path) the breaking change is reported at, and what it says. */
  location: string;
  says: string;
  /** Another breaking change the same edit must produce. */
  alsoSays?: string;
}

export const BREAKING_CASES: Record<string, BreakingCase> = {
  "removed path": {
    edit: (s) => delete s.paths["/messages"],
    location: "POST /messages",
    says: "removed operation",
  },
  "renamed path": {
    edit: (s) => {
      s.paths["/messages/send"] = s.paths["/messages"];
      delete s.paths["/messages"];
    },
    location: "POST /messages",
    says: "removed operation",
  },
  "renamed path parameter (the path template changes)": {
    edit: (s) => {
      s.paths["/sessions/{id}/messages"] = s.paths[SESSION];
      delete s.paths[SESSION];
      // The parameter is the shared component the path refers to (or, in an older spec, inline).
      const parameter = s.paths["/sessions/{id}/messages"].post.parameters[0];
      (parameter.$ref ? s.components.parameters.SessionId : parameter).name = "id";
    },
    location: SESSION,
    says: `renamed path ${SESSION} → /sessions/{id}/messages`,
    alsoSays: 'changed path parameter sessionId name: "sessionId" → "id"',
  },
  "renamed query parameter": {
    edit: (s) => {
      s.components.parameters.Format.name = "fmt";
    },
    location: POST_SESSION,
    says: "removed query parameter format",
  },
  "removed operation (POST became PUT)": {
    edit: (s) => {
      s.paths["/messages"].put = s.paths["/messages"].post;
      delete s.paths["/messages"].post;
    },
    location: "POST /messages",
    says: "removed operation",
  },
  "renamed operation (operationId)": {
    edit: (s) => {
      s.paths["/messages"].post.operationId = "sendFromEndpoint";
    },
    location: "POST /messages",
    says: 'changed operationId: "sendMessage" → "sendFromEndpoint"',
  },
  "removed response field": {
    edit: (s) => delete s.components.schemas.MessageInfo.properties.text,
    location: "POST /messages",
    says: "removed response 200 (application/json) › text",
  },
  "renamed response field": {
    edit: (s) => {
      const fields = s.components.schemas.MessageInfo.properties;
      fields.content = fields.text;
      delete fields.text;
    },
    location: POST_SESSION,
    says: "removed response 200 (application/json) › text",
  },
  "renamed request field": {
    edit: (s) => {
      const fields = s.components.schemas.SendMessage.properties;
      fields.to = fields.toAddress;
      delete fields.toAddress;
      s.components.schemas.AddressedSendMessage.anyOf[1].required = ["endpointId", "to"];
    },
    location: "POST /messages",
    says: "removed request body (application/json) › toAddress",
  },
  "changed response field type": {
    edit: (s) => {
      s.components.schemas.MessageInfo.properties.isUnread.type = "string";
    },
    location: POST_SESSION,
    says: 'changed response 200 (application/json) › isUnread type: "boolean" → "string"',
  },
  "changed request field type": {
    edit: (s) => {
      s.components.schemas.SendMessage.properties.body.type = "integer";
    },
    location: "POST /messages",
    says: 'changed request body (application/json) › body type: "string" → "integer"',
  },
  "response field may now be null (type: [string, null])": {
    edit: (s) => {
      s.components.schemas.MessageInfo.properties.text.type = ["string", "null"];
    },
    location: POST_SESSION,
    says: 'changed response 200 (application/json) › text type: "string" → ["string","null"]',
  },
  "response field no longer always sent": {
    edit: (s) => {
      s.components.schemas.ErrorResponse.required = [];
    },
    location: POST_SESSION,
    says: 'removed response 400 (application/json) required field "responseStatus"',
  },
  "new required request field": {
    edit: (s) => {
      s.components.schemas.SendMessage.required = ["body"];
    },
    location: POST_SESSION,
    says: 'added request body (application/json) required field "body"',
  },
  "new required request field inside the anyOf of /messages": {
    edit: (s) => {
      s.components.schemas.AddressedSendMessage.anyOf[0].required.push("body");
    },
    location: "POST /messages",
    says: 'added request body (application/json) required field "body"',
  },
  "new required parameter": {
    edit: (s) => {
      const tenant = { name: "tenant", in: "query", required: true, schema: { type: "string" } };
      s.paths[SESSION].post.parameters.push(tenant);
    },
    location: POST_SESSION,
    says: "added query parameter tenant",
  },
  "optional parameter became required": {
    edit: (s) => {
      s.components.parameters.Format.required = true;
    },
    location: "POST /messages",
    says: "added query parameter format required",
  },
  "removed request enum value": {
    editRelease: (s) => s.components.parameters.Format.schema.enum.push("jsv"),
    location: "POST /messages",
    says: 'removed query parameter format enum value "jsv"',
  },
  "narrowed auth: an alternative removed": {
    edit: (s) => {
      s.security = [{ BearerAuth: [] }];
    },
    location: "POST /messages",
    says: "narrowed auth: a caller with BasicAuth is no longer let in",
  },
  "narrowed auth: a scheme added to a requirement": {
    edit: (s) => {
      s.security = [{ BearerAuth: [], BasicAuth: [] }];
    },
    location: POST_SESSION,
    says: "narrowed auth: a caller with BearerAuth is no longer let in",
  },
  "narrowed auth: a scope added": {
    edit: (s) => {
      s.security = [{ BearerAuth: ["messages:write"] }, { BasicAuth: [] }];
    },
    location: POST_SESSION,
    says: "narrowed auth: a caller with BearerAuth is no longer let in",
  },
  "narrowed auth: one operation's own security drops an alternative": {
    edit: (s) => {
      s.paths["/messages"].post.security = [{ BearerAuth: [] }];
    },
    location: "POST /messages",
    says: "narrowed auth: a caller with BasicAuth is no longer let in",
  },
  "narrowed auth: a scheme redefined": {
    edit: (s) => {
      s.components.securitySchemes.BasicAuth = { type: "apiKey", in: "header", name: "X-Api-Key" };
    },
    location: "POST /messages",
    says: "narrowed auth: a caller with BasicAuth is no longer let in (scheme BasicAuth was redefined or removed)",
  },
  "narrowed auth: a role added": {
    edit: (s) => s.paths["/messages"].post["x-servicestack-route"].requiredRoles.push("Admin"),
    location: "POST /messages",
    says: 'narrowed auth: requiredRoles gained "Admin"',
  },
  "removed component (the SDK exports `components`)": {
    edit: (s) => {
      s.components.schemas.Message = s.components.schemas.MessageInfo;
      delete s.components.schemas.MessageInfo;
      s.components.responses.MessageSent.content["application/json"].schema.$ref =
        "#/components/schemas/Message";
    },
    location: "document",
    says: "removed components.schemas.MessageInfo",
  },
};
