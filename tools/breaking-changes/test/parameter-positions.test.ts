import { describe, expect, it } from "vitest";
import { checkSpecEvolution } from "../src/check-spec-evolution.js";
import { type SpecEdit, specCheckout } from "./support/spec-checkout.js";

// A parameter added, removed or changed at the start, in the middle and at the end of a released
// operation's list must be named as itself, never as a neighbour: api-smart-diff numbers an added
// parameter past the released ones, and every other diff by the released list (diff-location.ts).

const SESSION = "/sessions/{sessionId}/messages";
const SESSION_POINTER = "#/paths/~1sessions~1{sessionId}~1messages/post/parameters";
const LIST_POINTER = "#/paths/~1messages/get/parameters";
const tenant = { name: "tenant", in: "query", required: true, schema: { type: "string" } };
const label = { name: "label", in: "query", schema: { type: "string" } };

// biome-ignore lint/suspicious/noExplicitAny: the cases edit the parsed spec freely
const listMessages = (s: any): any[] => s.paths["/messages"].get.parameters;
// biome-ignore lint/suspicious/noExplicitAny: as above
const sendToSession = (s: any): any[] => s.paths[SESSION].post.parameters;

/** GET /messages' list as released: 14 parameters, `accountIds` first, `all` in the middle, `callback` last. */
const POSITIONS = { start: 0, middle: 6, end: 13 } as const;

async function changesFor(edit: SpecEdit) {
  return (await checkSpecEvolution(await specCheckout({ edit }))).changes;
}

describe("a parameter is named for itself wherever it sits in a released operation's list", () => {
  // POST /sessions/{sessionId}/messages: sessionId, format, callback. The report named `callback`.
  it.each([
    ["start", 0],
    ["middle", 1],
    ["end", 3],
  ] as const)(
    "a required query parameter added at the %s of POST /sessions/{sessionId}/messages (%i)",
    async (_, at) => {
      const changes = await changesFor((s) => sendToSession(s).splice(at, 0, tenant));
      expect(changes).toEqual([
        expect.objectContaining({
          severity: "breaking",
          location: `POST ${SESSION}`,
          description: "added query parameter tenant",
          pointer: `${SESSION_POINTER}/${at}`,
        }),
      ]);
    },
  );

  it.each(Object.entries(POSITIONS))(
    "an optional parameter added at the %s of GET /messages",
    async (_, at) => {
      const changes = await changesFor((s) => listMessages(s).splice(at, 0, label));
      expect(changes).toEqual([
        expect.objectContaining({
          severity: "non-breaking",
          location: "GET /messages",
          description: "added query parameter label",
          pointer: `${LIST_POINTER}/${at}`,
        }),
      ]);
    },
  );

  it.each([
    ["start", 0, "accountIds"],
    ["middle", 6, "all"],
    ["end", 13, "callback"],
  ] as const)("a parameter removed at the %s of GET /messages (%i: %s)", async (_, at, name) => {
    const changes = await changesFor((s) => listMessages(s).splice(at, 1));
    expect(changes).toEqual([
      expect.objectContaining({
        severity: "breaking",
        location: "GET /messages",
        description: `removed query parameter ${name}`,
      }),
    ]);
  });

  // The changed parameter keeps its released index in the library's diff; a new one inserted before it
  // shifts it in the current list, which is where the report's pointer must lead.
  it.each([
    ["start", 0, "accountIds"],
    ["middle", 6, "all"],
    ["end", 13, "callback"],
  ] as const)(
    "a parameter made required at the %s of GET /messages, behind a new first parameter (%i: %s)",
    async (_, at, name) => {
      const changes = await changesFor((s) => {
        const list = listMessages(s);
        const resolved = list[at].$ref ? s.components.parameters[list[at].$ref.split("/").pop()] : list[at];
        list[at] = { ...resolved, required: true };
        list.unshift(label);
      });
      const here = changes.filter((change) => change.location === "GET /messages");
      expect(here).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            severity: "breaking",
            description: `added query parameter ${name} required`,
            pointer: `${LIST_POINTER}/${at + 1}/required`,
          }),
          expect.objectContaining({ severity: "non-breaking", description: "added query parameter label" }),
        ]),
      );
      expect(here).toHaveLength(2);
    },
  );

  it("a parameter removed and a later one changed in one edit: each named for itself", async () => {
    const changes = await changesFor((s) => {
      const list = sendToSession(s);
      list.splice(1, 1); // format
      list[1] = { ...s.components.parameters.Callback, required: true };
    });
    expect(changes.map((change) => change.description).sort()).toEqual([
      "added query parameter callback required",
      "removed query parameter format",
    ]);
  });
});
