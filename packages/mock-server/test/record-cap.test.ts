import { startMockServer } from "@evovoice-sdk/mock-server";
import { describe, expect, it } from "vitest";
import { bearer, KEY, post } from "./support/http.js";

describe("the record is capped, and says so", () => {
  it("under sustained load over HTTP it keeps the newest maxMessages; the oldest go and are counted", async () => {
    const server = await startMockServer({ apiKeys: [KEY], maxMessages: 100 });
    try {
      // 3× the cap, 20 requests in flight at a time: bounded in count, and in time by the test timeout.
      for (let batch = 0; batch < 15; batch++) {
        const sends = Array.from({ length: 20 }, (_, i) =>
          post(`${server.url}/messages`, {
            endpointId: `E${i % 2}`,
            toAddress: "+1",
            body: `m${batch * 20 + i}`,
          }),
        );
        expect((await Promise.all(sends)).every((response) => response.status === 200)).toBe(true);
        if (batch === 4) expect([server.messages.length, server.dropped]).toEqual([100, 0]);
      }
      expect(server.messages).toHaveLength(100);
      expect(server.dropped).toBe(200);
      const kept = new Set(server.messages.map((m) => m.request.body));
      for (let i = 0; i < 200; i++) expect(kept.has(`m${i}`), `m${i}`).toBe(false);
      // Listing agrees with the record, filters included, after evictions.
      const page = await (
        await fetch(`${server.url}/messages?endpointIds=E0&countPerPage=1`, { headers: bearer() })
      ).json();
      expect(page.totalCount).toBe(server.messages.filter((m) => m.response.endpointId === "E0").length);
      expect(page.totalCount).toBe(50);
      const e1 = server.messages.filter((m) => m.response.endpointId === "E1").map((m) => m.response.text);
      const lastPage = await (
        await fetch(`${server.url}/messages?endpointIds=E1&countPerPage=20&page=2`, { headers: bearer() })
      ).json();
      expect(lastPage.items.map((m: { text: string }) => m.text)).toEqual(e1.slice(0, 10).reverse());
      const none = await (
        await fetch(`${server.url}/conversations?endpointIds=E1`, { headers: bearer() })
      ).json();
      expect(none.conversations[0].mostRecentMessage.text).toBe(e1.at(-1));
    } finally {
      await server.close();
    }
  });

  it("the default cap is 10,000: after 30,000 messages the record holds the last 10,000", async () => {
    const server = await startMockServer();
    try {
      for (let i = 0; i < 30_000; i++) server.receive({ endpointId: "E1", fromAddress: "+1", text: `r${i}` });
      expect(server.messages).toHaveLength(10_000);
      expect(server.dropped).toBe(20_000);
      expect(server.messages[0]?.response.text).toBe("r20000");
      expect(server.messages.at(-1)?.response.text).toBe("r29999");
      const page = await (await fetch(`${server.url}/messages?countPerPage=1`, { headers: bearer() })).json();
      expect([page.totalCount, page.items[0].text]).toEqual([10_000, "r29999"]);
    } finally {
      await server.close();
    }
  });

  it("reset() empties the record and the count of dropped messages", async () => {
    const server = await startMockServer({ maxMessages: 2 });
    try {
      for (let i = 0; i < 3; i++) server.receive({ endpointId: "E1", fromAddress: "+1" });
      expect([server.messages.length, server.dropped]).toEqual([2, 1]);
      server.reset();
      expect([server.messages.length, server.dropped]).toEqual([0, 0]);
      const page = await (await fetch(`${server.url}/conversations`, { headers: bearer() })).json();
      expect(page).toEqual({ conversations: [] });
    } finally {
      await server.close();
    }
  });

  it("messages is a copy taken when read: read it again to see later messages", async () => {
    const server = await startMockServer();
    try {
      const before = server.messages;
      server.receive({ endpointId: "E1", fromAddress: "+1" });
      expect(before).toHaveLength(0);
      expect(server.messages).toHaveLength(1);
      expect(server.messages).toBe(server.messages);
    } finally {
      await server.close();
    }
  });
});
