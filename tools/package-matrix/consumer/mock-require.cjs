// The mock server from CommonJS, as a Jest suite on any supported Node uses it: `require` must get the
// CJS build, whose HTTP server records a send and whose fetch function answers. Prints one JSON line.
const { createMockFetch, startMockServer } = require("@evovoice-sdk/mock-server");

// msw is an optional peer the consumer does not install: the CJS handlers load until they need it.
function mswEntry() {
  try {
    require("@evovoice-sdk/mock-server/msw");
    return "loaded";
  } catch (error) {
    return error.code === "MODULE_NOT_FOUND" && /'msw'/.test(error.message) ? "needs msw" : error.message;
  }
}

async function main() {
  const server = await startMockServer({ apiKeys: ["cjs-key"], sessions: ["S1"] });
  try {
    const response = await fetch(`${server.url}/sessions/S1/messages`, {
      method: "POST",
      headers: { authorization: "Bearer cjs-key", "content-type": "application/json" },
      body: JSON.stringify({ body: "sent through the required mock" }),
    });
    const sent = await response.json();
    const mock = createMockFetch({ apiKeys: ["cjs-key"] });
    const page = await mock.fetch("https://evovoice.io/messages", {
      headers: { authorization: "Bearer cjs-key" },
    });
    console.log(
      JSON.stringify({
        runtime: `node ${process.version}`,
        resolved: require.resolve("@evovoice-sdk/mock-server"),
        mswResolved: require.resolve("@evovoice-sdk/mock-server/msw"),
        msw: mswEntry(),
        status: response.status,
        recorded: server.messages.filter((m) => m.response.id === sent.id).length,
        fetchStatus: page.status,
      }),
    );
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`${error?.name}: ${error?.message}`);
  process.exitCode = 1;
});
