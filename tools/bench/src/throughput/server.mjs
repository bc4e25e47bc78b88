// The minimal server of the loopback benchmark: node:http answering every POST, whatever its path, with
// the canned MessageInfo once the body has arrived, GET /messages with the canned page, and GET /count
// with how many calls it has answered, so the benchmark can check what each client really sent. Prints
// its URL when ready.
import { createServer } from "node:http";
import { CANNED, CANNED_PAGE } from "../overhead/stub-fetch.mjs";

const body = JSON.stringify(CANNED);
const pageBody = JSON.stringify(CANNED_PAGE);
let answered = 0;

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/count") {
    response.end(String(answered));
    return;
  }
  request.resume();
  request.on("end", () => {
    answered++;
    const answer = request.method === "GET" ? pageBody : body;
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(answer),
    });
    response.end(answer);
  });
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
