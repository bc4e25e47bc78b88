import { describe, expect, it } from "vitest";
import { runLiveChecks } from "../src/server-contract/live-run.js";
import { livePlanFromEnv } from "../src/server-contract/server-target.js";
import { STAND_IN_ENDPOINT, STAND_IN_KEY } from "./support/stand-in-data.js";
import {
  STAND_IN_DRIFTS,
  type StandInChoices,
  type StandInDrift,
  startStandIn,
} from "./support/vendor-stand-in.js";

// Stand-ins for the real host, written from the vendor's pages (support/vendor-stand-in.ts), run
// through what `npm run contract:live` runs with its environment (livePlanFromEnv, then
// runLiveChecks: live/live-server.test.ts). A server that differs from our mock only where the vendor
// is silent passes, and says how it differs; each behaviour drift fails, naming what it breaks.

async function live(choices: StandInChoices) {
  const standIn = await startStandIn(choices);
  try {
    const plan = livePlanFromEnv({
      EVOVOICE_BASE_URL: standIn.url,
      EVOVOICE_API_KEY: STAND_IN_KEY,
      EVOVOICE_ENDPOINT_ID: STAND_IN_ENDPOINT,
    });
    if (plan.mode !== "read") throw new Error(`expected a read-only plan, got ${plan.mode}`);
    return { ...(await runLiveChecks(plan, "stand-in")), received: { ...standIn.received } };
  } finally {
    await standIn.close();
  }
}

describe("a stand-in that differs from the mock only where the vendor is silent", () => {
  it("passes: oldest first, pages from 1, 5 per page, countPerPage kept under all=true, an extra field", async () => {
    const { report, printed, received } = await live({
      pageBase: 1,
      defaultCountPerPage: 5,
      defaultOrder: "oldest",
      allOnOnePage: false,
      extraField: true,
    });
    expect(report.findings, printed).toEqual([]);
    expect(report.facts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ListMessages page base: 1 \(with countPerPage=1, /),
        "ListMessages default order (no sortField, no sortOrder): oldest first (by the dates of the first 5 messages)",
        "ListMessages default page size (no countPerPage): 5 (the first page holds 5 of 8 messages)",
        expect.stringMatching(
          /^ListMessages all=true, with countPerPage=1: 1 message on the page, .*countPerPage still applies$/,
        ),
      ]),
    );
    // The field the spec lacks: one line, counted, failing nothing.
    expect(report.facts.filter((fact) => fact.startsWith("undocumented"))).toEqual([
      expect.stringMatching(
        /^undocumented field MessageInfo\.mediaUrls, on (\d+) of \1 MessageInfo objects in \d+ answers: consider adding it to the spec$/,
      ),
    ]);
    expect(report.checked).toEqual(
      expect.arrayContaining([
        "sortOrder: Ascend and Descend compared on 8 messages (the whole list)",
        "mostRecentMessage compared with ListMessages?conversationIds on 2 conversations",
      ]),
    );
    expect(printed).toMatch(/disagreements with the spec: none\n {2}facts found/);
    // Read-only: the stand-in received nothing but GETs.
    expect(Object.keys(received)).toEqual(["GET"]);
  });

  it("passes with the mock's own choices too (newest first, pages from 0, 50 per page), and says so", async () => {
    const { report, printed } = await live({});
    expect(report.findings, printed).toEqual([]);
    expect(report.facts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ListMessages page base: 0 \(/),
        "ListMessages default order (no sortField, no sortOrder): newest first (by the dates of the first 8 messages)",
        "ListMessages default page size (no countPerPage): at least 8 (all 8 messages fit on the first page)",
      ]),
    );
  });
});

// What each drift must be reported as, and one place it must name.
const DRIFTS: Record<StandInDrift, { says: RegExp; heldTo: RegExp }> = {
  "ignores sortOrder": {
    says: /^sortOrder=Descend does not list the messages of sortOrder=Ascend in reverse: once, e\.g\. \[sortOrder\] endpointIds=E1: Ascend begins m11/,
    heldTo: /^ {4}held to spec #\/components\/parameters\/SortOrder: "Specify a sort order"$/,
  },
  "stale mostRecentMessage": {
    says: /^a conversation's mostRecentMessage is older than a message ListMessages lists for it: 2 times in 1 answer, e\.g\. \[mostRecentMessage\] conversation conv-2: mostRecentMessage m02 /,
    heldTo:
      /^ {4}held to spec #\/components\/schemas\/ListConversationsResponse: "each with its most recent message"$/,
  },
  "ignores the customerIds filter": {
    says: /^ListMessages with customerIds lists entries that do not match it: once, e\.g\. \[filters\] customerIds=C1: 8 of 12 listed do not/,
    heldTo:
      /^ {4}held to spec #\/paths\/~1messages\/get\/parameters\/1: "The IDs of the customers whose messages you want to retrieve"$/,
  },
  "lying hasMorePages": {
    says: /^hasMorePages is true past the last page: /,
    heldTo:
      /^ {4}held to spec #\/components\/schemas\/ListResponseOfMessageInfo\/properties\/hasMorePages: "Are there more pages of items\?/,
  },
  "wrong totalPages": {
    says: /^totalPages disagrees with totalCount and countPerPage: \d+ times in \d+ answers?, e\.g\. \[paging\] .*totalPages is 9; totalCount 8 at countPerPage=1 makes 8$/,
    heldTo:
      /^ {4}held to spec #\/components\/schemas\/ListResponseOfMessageInfo\/properties\/totalPages: "The total number of pages"$/,
  },
  "removed field (isUnread)": {
    says: /^MessageInfo\.isUnread is missing, though the vendor types it bool, which is never null: \d+ times in \d+ answers, e\.g\. \[list messages \(Bearer\)\] \/items\/0 has no isUnread$/,
    heldTo: /^ {4}held to vendor spec\/vendor\/\w+\.json#\/types\/MessageInfo\/fields\/10\/type: "bool"$/,
  },
  "retyped field (isUnread as text)": {
    says: /^GET \/messages 200 body disagrees with the spec: \/items\/\*\/isUnread must be boolean: \d+ times in \d+ answers, e\.g\. \[list messages \(Bearer\)\] \/items\/0\/isUnread is "(true|false)"$/,
    heldTo:
      /^ {4}held to spec #\/components\/schemas\/MessageInfo\/properties\/isUnread: "type: \\"boolean\\""$/,
  },
};

describe("each behaviour drift of a stand-in fails the live suite, naming its source", () => {
  it.each(STAND_IN_DRIFTS)("%s", async (drift) => {
    const { report, printed } = await live({ drift });
    const { says, heldTo } = DRIFTS[drift];
    const at = report.findings.findIndex((line) => says.test(line));
    expect(at, printed).toBeGreaterThanOrEqual(0);
    const after = report.findings.slice(at + 1);
    const end = after.findIndex((line) => !line.startsWith("    "));
    const sources = end < 0 ? after : after.slice(0, end);
    expect(sources).toContainEqual(expect.stringMatching(heldTo));
    // One line per kind of disagreement, however many items and answers showed it.
    const kinds = report.findings.filter((line) => !line.startsWith("    "));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.length).toBeLessThanOrEqual(3);
  });
});
