import { describe, expect, it } from "vitest";
import { findBreakingChanges } from "../src/evolution/breaking-changes.js";
import { latestSnapshot, majorOf } from "../src/evolution/snapshots.js";
import { loadSpec } from "../src/openapi-document.js";

// A breaking change against the last released spec fails unless info.version says major.
const released = latestSnapshot();

describe(`spec/openapi.yaml against the released snapshot ${released.version}`, () => {
  it("has no breaking change, or a new major version", () => {
    const current = loadSpec();
    const version = String((current.info as { version: string }).version);
    const breaking = findBreakingChanges(loadSpec(released.path), current);
    if (majorOf(version) > majorOf(released.version)) return;
    expect(
      breaking,
      `breaking changes against ${released.version}; bump info.version to ${majorOf(released.version) + 1}.0.0 or undo them`,
    ).toEqual([]);
  });
});

describe("findBreakingChanges", () => {
  // biome-ignore lint/suspicious/noExplicitAny: each case edits the parsed YAML freely
  const change = (edit: (spec: any) => void) => {
    const after = loadSpec();
    edit(after);
    return findBreakingChanges(loadSpec(), after);
  };

  it("finds nothing between a spec and itself", () => {
    expect(change(() => {})).toEqual([]);
  });

  it("allows additions: an optional response field, a new enum value, a new optional request field", () => {
    expect(
      change((spec) => {
        spec.components.schemas.MessageInfo.properties.mediaUrl = { type: "string" };
        spec.components.schemas.MessageDirections.enum.push("Internal");
        spec.components.schemas.SendMessage.properties.mediaUrl = { type: "string" };
      }),
    ).toEqual([]);
  });

  it("names a removed operation, a removed or retyped response field, a newly required request field", () => {
    const problems = change((spec) => {
      delete spec.paths["/messages"];
      delete spec.components.schemas.MessageInfo.properties.text;
      spec.components.schemas.MessageInfo.properties.isUnread.type = "string";
      spec.components.schemas.SendMessage.required = ["body"];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "POST /messages was removed",
        "POST /sessions/{sessionId}/messages 200 application/json: field text was removed",
        'POST /sessions/{sessionId}/messages 200 application/json.isUnread: type changed from "boolean" to "string"',
        "POST /sessions/{sessionId}/messages request body: body became required",
      ]),
    );
  });

  it("names a removed success response and a new required parameter", () => {
    const problems = change((spec) => {
      const op = spec.paths["/sessions/{sessionId}/messages"].post;
      delete op.responses["200"];
      op.parameters.push({ name: "tenant", in: "query", required: true, schema: { type: "string" } });
    });
    expect(problems).toEqual([
      "POST /sessions/{sessionId}/messages query parameter tenant is new and required",
      "POST /sessions/{sessionId}/messages no longer answers 200",
    ]);
  });
});
