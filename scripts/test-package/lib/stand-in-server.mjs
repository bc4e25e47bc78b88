// TEMPORARY: a minimal recording server used until @evovoice-sdk/mock-server lands.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "Authorization, Content-Type",
};

export async function startStandIn({ apiKey }) {
  const messages = [];
  const server = createServer((req, res) => {
    if (req.method === "OPTIONS") return res.writeHead(204, cors).end();
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const match = /^\/sessions\/([^/]+)\/messages$/.exec(req.url ?? "");
      if (req.headers.authorization !== `Bearer ${apiKey}`) return res.writeHead(401, cors).end("{}");
      if (req.method !== "POST" || !match) return res.writeHead(404, cors).end("{}");
      const body = JSON.parse(raw);
      const info = {
        id: randomUUID(),
        direction: "Outgoing",
        text: body.body,
        date: new Date().toISOString(),
      };
      messages.push({ sessionId: decodeURIComponent(match[1]), message: info });
      res
        .writeHead(200, { ...cors, "content-type": "application/json; charset=utf-8" })
        .end(JSON.stringify(info));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
