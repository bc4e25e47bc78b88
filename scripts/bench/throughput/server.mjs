// The minimal server of the loopback benchmark: node:http answering every POST, whatever its path, with
// the canned MessageInfo once the body has arrived, and GET /count with how many POSTs it has answered,
// so the benchmark can check what each client really sent. Prints its URL when ready.
import { createServer } from "node:http";
import { CANNED } from "../overhead/stub-fetch.mjs";

const body = JSON.stringify(CANNED);
let posts = 0;

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/count") {
    response.end(String(posts));
    return;
  }
  request.resume();
  request.on("end", () => {
    posts++;
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
