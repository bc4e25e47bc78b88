import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { compareWithVendor } from "../src/vendor/compare-with-vendor.js";
import { loadVendorFixtures, type VendorFixture } from "../src/vendor/vendor-fixture.js";

const vendors = loadVendorFixtures();
const fixture = (name: string) => vendors.find((vendor) => vendor.operation.name === name) as VendorFixture;

describe("the spec agrees with the vendor's metadata (spec/vendor/*.json)", () => {
  it("on every route, field, type, required-ness, description, enum value and role of all three operations", () => {
    expect(compareWithVendor(loadSpec(), vendors)).toEqual([]);
  });

  it("covers every vendor page: SendMessage, ListMessages, ListConversations, field by field", () => {
    expect(vendors.map((vendor) => vendor.operation.name)).toEqual([
      "ListConversations",
      "ListMessages",
      "SendMessage",
    ]);
    const send = fixture("SendMessage");
    expect(send.operation.routes).toEqual([
      { path: "/sessions/{sessionId}/messages", verbs: ["POST"] },
      { path: "/messages", verbs: ["ALL"] },
    ]);
    expect([send.request.fields.length, send.response.fields.length]).toEqual([4, 11]);
    expect(send.operation.requiredRoles).toEqual(["User"]);
    const list = fixture("ListMessages");
    expect(list.operation.routes).toEqual([{ path: "/messages", verbs: ["GET"] }]);
    expect(list.request.fields.filter((field) => field.in === "query")).toHaveLength(12);
    expect(list.response.fields.map((field) => field.type)).toEqual([
      "List<MessageInfo>",
      "int",
      "int",
      "bool",
    ]);
    expect(list.enums).toEqual({
      SortOrders: ["Ascend", "Descend"],
      MessageDirections: ["Incoming", "Outgoing"],
    });
    const conversations = fixture("ListConversations");
    expect(conversations.request.fields.filter((field) => field.in === "query")).toHaveLength(4);
    expect(Object.keys(conversations.types)).toEqual(["ConversationInfo", "MessageInfo"]);
    expect(vendors.every((vendor) => vendor.operation.requiresAuthentication)).toBe(true);
  });
});

// The comparison must be able to fail: each kind of drift, made in a copy of the spec, is named.
describe("compareWithVendor names each disagreement", () => {
  // biome-ignore lint/suspicious/noExplicitAny: each case edits the parsed spec freely to simulate a drift
  const drift = (edit: (spec: any) => void) => {
    const spec = loadSpec();
    edit(spec);
    return compareWithVendor(spec, vendors);
  };

  describe("routes: which operation answers each verb", () => {
    it("GET /messages described as a send", () => {
      const problems = drift((spec) => {
        spec.paths["/messages"].get = structuredClone(spec.paths["/messages"].post);
      });
      expect(problems).toEqual([
        'GET /messages is described as "SendMessage"; the vendor answers it with ListMessages (a route naming GET)',
      ]);
    });

    it("/messages carries both the GET of ListMessages and the POST of SendMessage; losing either is named", () => {
      expect(drift((spec) => delete spec.paths["/messages"].get)).toEqual([
        "ListMessages: route GET /messages is missing from the spec",
      ]);
      expect(drift((spec) => delete spec.paths["/messages"].post)).toEqual([
        "SendMessage: route All Verbs /messages has no POST in the spec (clients use POST)",
      ]);
    });

    it("SendMessage's All Verbs route described as if it still took GET", () => {
      const problems = drift((spec) => {
        spec.paths["/messages"].post.description =
          "ServiceStack's All Verbs route; clients use POST. Requires the role **User**.";
      });
      expect(problems).toEqual([
        'SendMessage: POST /messages description does not say that GET /messages is ListMessages, not this "All Verbs" route',
      ]);
    });

    it("a route the vendor does not have, and a lost one", () => {
      const problems = drift((spec) => {
        spec.paths["/messages/{id}"] = { get: spec.paths["/conversations"].get };
        delete spec.paths["/sessions/{sessionId}/messages"];
      });
      expect(problems).toEqual([
        "GET /messages/{id} is not a route of any vendor operation (ListConversations, ListMessages, SendMessage)",
        "SendMessage: route POST /sessions/{sessionId}/messages is missing from the spec",
      ]);
    });
  });

  it("x-servicestack and x-servicestack-route that disagree with the fixture", () => {
    const problems = drift((spec) => {
      spec.paths["/messages"].get["x-servicestack"].responseType = "ListResponse<AccountInfo>";
      spec.paths["/conversations"].get["x-servicestack"].requestNamespace = "Voice.Api";
      spec.paths["/conversations"].get["x-servicestack-route"].verbs = ["ALL"];
    });
    expect(problems).toEqual([
      'ListMessages: GET /messages x-servicestack.responseType is "ListResponse<AccountInfo>"; vendor says "ListResponse<MessageInfo>"',
      'ListConversations: GET /conversations x-servicestack.requestNamespace is "Voice.Api"; vendor says "Voice.Api.Messaging"',
      'ListConversations: GET /conversations x-servicestack-route.verbs is ["ALL"]; vendor says ["GET"]',
    ]);
  });

  it("roles and authentication", () => {
    const problems = drift((spec) => {
      spec.paths["/messages"].post["x-servicestack-route"].requiredRoles = [];
      spec.paths["/conversations"].get.description += "\nRequires the role **User**.";
      spec.paths["/conversations"].get.security = [];
    });
    expect(problems).toEqual([
      'SendMessage: POST /messages x-servicestack-route.requiredRoles is []; vendor says ["User"]',
      "ListConversations: GET /conversations description names a required role; vendor lists none",
      "ListConversations: GET /conversations can be called without credentials in the spec; vendor requires authentication",
    ]);
  });

  it("query fields: renamed, retyped (List<string>, int, bool, enum by $ref), made required, redescribed", () => {
    const problems = drift((spec) => {
      const [accountIds, customerIds, endpointIds, conversationIds] = spec.paths["/messages"].get.parameters;
      endpointIds.name = "endpointId";
      accountIds.schema = { type: "string" };
      customerIds.schema.items = { type: "integer" };
      customerIds.required = true;
      conversationIds.description = "The conversations";
      const shared = spec.components.parameters;
      shared.Page.schema.type = "number";
      shared.CountPerPage.schema.format = "int64";
      shared.SimplifiedPaging.schema.type = "string";
      shared.SortOrder.schema = { type: "string", enum: ["Ascend", "Descend"] };
    });
    const field = (name: string, parameter: string) =>
      `ListMessages: request field ${name} (query parameter ${parameter} of GET /messages)`;
    expect(problems).toEqual([
      "ListMessages: request field endpointId (query parameter endpointId of GET /messages) is not in the vendor's metadata",
      `${field("AccountIds", "accountIds")}: type is "string"; vendor says List<string>`,
      `${field("CustomerIds", "customerIds")}: type is array of "integer"; vendor says List<string>`,
      `${field("CustomerIds", "customerIds")}: spec says required=true; vendor says required=false`,
      `${field("EndpointIds", "endpointIds")} is missing from the spec`,
      `${field("ConversationIds", "conversationIds")}: description is "The conversations"; vendor says "The ID of the conversations whose messages you want to retrieve"`,
      `${field("Page", "page")}: type is "number"; vendor says int (integer)`,
      `${field("CountPerPage", "countPerPage")}: format is "int64"; vendor's int is int32`,
      `${field("SortOrder", "sortOrder")}: type is "string" with an inline enum; vendor says SortOrders (#/components/schemas/SortOrders)`,
      `${field("SimplifiedPaging", "simplifiedPaging")}: type is "string"; vendor says bool (boolean)`,
    ]);
  });

  it("ListResponse<MessageInfo>: items not MessageInfo, a paging field retyped or redescribed, the type lost", () => {
    const problems = drift((spec) => {
      const page = spec.components.schemas.ListResponseOfMessageInfo.properties;
      page.items.items = { $ref: "#/components/schemas/ConversationInfo" };
      page.totalCount.type = "string";
      page.hasMorePages.description = "More?";
    });
    const field = (name: string, property: string) =>
      `ListMessages: response field ${name} (ListResponseOfMessageInfo.${property})`;
    expect(problems).toEqual([
      `${field("Items", "items")}: type is array of #/components/schemas/ConversationInfo; vendor says List<MessageInfo>`,
      `${field("TotalCount", "totalCount")}: type is "string"; vendor says int (integer)`,
      `${field("HasMorePages", "hasMorePages")}: description is "More?"; vendor says "Are there more pages of items? Used with simplified paging"`,
    ]);
    expect(
      drift((spec) => delete spec.components.schemas.ListResponseOfMessageInfo["x-servicestack-type"]),
    ).toEqual([
      "ListMessages: GET /messages 200 body: vendor's type ListResponse<MessageInfo> has no schema in components.schemas",
      "ListMessages: response schema for ListResponse<MessageInfo> is missing from components.schemas",
    ]);
  });

  it("ListConversations: a renamed response field, a retyped ConversationInfo field, a wrong success body", () => {
    const problems = drift((spec) => {
      const schemas = spec.components.schemas;
      schemas.ListConversationsResponse.properties = {
        items: schemas.ListConversationsResponse.properties.conversations,
      };
      schemas.ConversationInfo.properties.mostRecentMessage = { type: "string" };
      spec.components.responses.ConversationsListed.content["application/json"].schema = {
        $ref: "#/components/schemas/MessageInfo",
      };
    });
    expect(problems).toEqual([
      "ListConversations: GET /conversations 200 body: type is #/components/schemas/MessageInfo; vendor says ListConversationsResponse (#/components/schemas/ListConversationsResponse)",
      "ListConversations: response field items (ListConversationsResponse.items) is not in the vendor's metadata",
      "ListConversations: response field Conversations (ListConversationsResponse.conversations) is missing from the spec",
      'ListConversations: type ConversationInfo, field MostRecentMessage (ConversationInfo.mostRecentMessage): type is "string"; vendor says MessageInfo (#/components/schemas/MessageInfo)',
    ]);
  });

  it("SendMessage: a renamed body field, a retyped MessageInfo field (named for each page that shows it), a path parameter", () => {
    const problems = drift((spec) => {
      const props = spec.components.schemas.SendMessage.properties;
      props.toNumber = props.toAddress;
      delete props.toAddress;
      spec.components.schemas.SendMessage.required = ["body"];
      spec.components.schemas.MessageInfo.properties.isUnread.type = "string";
      spec.components.parameters.SessionId.description = "The session";
    });
    const isUnread = '(MessageInfo.isUnread): type is "string"; vendor says bool (boolean)';
    expect(problems).toEqual(
      expect.arrayContaining([
        "SendMessage: request field toNumber (SendMessage.toNumber) is not in the vendor's metadata",
        "SendMessage: request field ToAddress (SendMessage.toAddress) is missing from the spec",
        "SendMessage: request field Body (SendMessage.body): spec says required=true; vendor says required=false",
        'SendMessage: request field SessionId (path parameter sessionId of POST /sessions/{sessionId}/messages): description is "The session"; vendor says "The ID of the session you want to post a message to. Specify either this or EndpointId+ToAddress"',
        `SendMessage: response field IsUnread ${isUnread}`,
        `ListMessages: type MessageInfo, field IsUnread ${isUnread}`,
        `ListConversations: type MessageInfo, field IsUnread ${isUnread}`,
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it("enum values and hosts", () => {
    const problems = drift((spec) => {
      spec.components.schemas.SortOrders.enum = ["Ascend", "Up"];
      spec.components.schemas.MessageDirections.enum = ["Incoming"];
      spec.servers.pop();
    });
    expect(problems.sort()).toEqual(
      [
        'enum SortOrders has "Up", which the vendor does not list',
        "enum MessageDirections lacks the value Outgoing",
        "enum SortOrders lacks the value Descend",
        "servers lack https://team.evovoice.io",
      ].sort(),
    );
  });
});
