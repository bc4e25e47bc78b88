import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { compareWithVendor } from "../src/vendor/compare-with-vendor.js";
import { loadVendorFixture } from "../src/vendor/vendor-fixture.js";

const vendor = loadVendorFixture();

describe("spec/openapi.yaml agrees with the vendor's metadata (spec/vendor/SendMessage.json)", () => {
  it("on every route, field, type, required-ness, description, enum value and role", () => {
    expect(compareWithVendor(loadSpec(), vendor)).toEqual([]);
  });

  it("covers the whole vendor page: 2 routes, 4 request fields, 11 response fields, 2 enum values", () => {
    expect(vendor.operation.routes).toHaveLength(2);
    expect(vendor.request.fields).toHaveLength(4);
    expect(vendor.response.fields).toHaveLength(11);
    expect(vendor.enums.MessageDirections).toEqual(["Incoming", "Outgoing"]);
    expect(vendor.operation.requiredRoles).toEqual(["User"]);
  });
});

// The comparison must be able to fail: each drift below is named, field by field.
describe("compareWithVendor names each disagreement", () => {
  // biome-ignore lint/suspicious/noExplicitAny: each case edits the parsed YAML freely to simulate a drift
  const drift = (edit: (spec: any) => void) => {
    const spec = loadSpec();
    edit(spec);
    return compareWithVendor(spec, vendor);
  };

  it("a renamed request field", () => {
    const problems = drift((spec) => {
      const props = spec.components.schemas.SendMessage.properties;
      props.toNumber = props.toAddress;
      delete props.toAddress;
    });
    expect(problems).toContain("request field ToAddress (SendMessage.toAddress) is missing from the spec");
    expect(problems).toContain("request field toNumber in SendMessage is not in the vendor's metadata");
  });

  it("a retyped response field", () => {
    const problems = drift((spec) => {
      spec.components.schemas.MessageInfo.properties.isUnread.type = "string";
    });
    expect(problems).toEqual([
      'response field IsUnread (MessageInfo.isUnread): type is "string"; vendor says bool (boolean)',
    ]);
  });

  it("a field made required, a changed description, a missing enum value, a lost role, a lost route", () => {
    const problems = drift((spec) => {
      spec.components.schemas.SendMessage.required = ["body"];
      spec.components.schemas.SendMessage.properties.body.description = "The text";
      spec.components.schemas.MessageDirections.enum = ["Incoming"];
      spec.paths["/messages"].post["x-servicestack-route"].requiredRoles = [];
      delete spec.paths["/sessions/{sessionId}/messages"];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "request field Body (SendMessage.body): spec says required=true; vendor says required=false",
        'request field Body (SendMessage.body): description is "The text"; vendor says "The body of the message"',
        "enum MessageDirections lacks the value Outgoing",
        '/messages x-servicestack-route.requiredRoles is []; vendor says ["User"]',
        "route POST /sessions/{sessionId}/messages is missing from the spec's paths",
      ]),
    );
  });
});
