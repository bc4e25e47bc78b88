import { parseArgs } from "node:util";
import type { BasicUserConfig } from "../options.js";
import { startMockServer } from "../start-mock-server.js";

const USAGE = `Usage: evovoice-mock [options]

A local Evo Voice SendMessage server (POST /sessions/{sessionId}/messages, /messages).

Options:
  --port <n>            Port to listen on (default 4010; 0 picks a free one)
  --host <host>         Address to bind (default 127.0.0.1)
  --api-key <key>       Accept this API key with the role User (repeatable)
  --user <name:pass>    Accept this Basic user name and password (repeatable)
  --session <id>        Know only these sessions; others get 404 (repeatable)
  --endpoint <id>       Know only these endpoints; others get 404 (repeatable)
  --quiet               Do not print a line per accepted message
  -h, --help            Show this help

Without --api-key or --user any non-empty credential is accepted.
Without --session (--endpoint) every session (endpoint) ID is known.
Stop it with Ctrl-C.`;

/** The CLI: parse, start, print the URL, and stop cleanly on SIGINT or SIGTERM. */
export async function runCli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "api-key": { type: "string", multiple: true },
      user: { type: "string", multiple: true },
      session: { type: "string", multiple: true },
      endpoint: { type: "string", multiple: true },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port.`);

  const server = await startMockServer({
    port,
    host: values.host,
    ...(values["api-key"] && { apiKeys: values["api-key"] }),
    ...(values.user && { users: values.user.map(parseUser) }),
    ...(values.session && { sessions: values.session }),
    ...(values.endpoint && { endpoints: values.endpoint }),
    ...(!values.quiet && {
      onMessage: (message) =>
        console.log(
          `${message.method} ${message.route} -> 200 message ${message.response.id} (${message.auth})`,
        ),
    }),
  });
  if (!values["api-key"] && !values.user)
    console.log("No --api-key or --user given: any credential is accepted.");

  // The URL line comes last, once the signal handlers are in place: whoever waits for it (a test, a
  // script) may stop the server at once, and everything the CLI has to say is printed by then.
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      console.log(`Received ${signal}, stopping (${server.messages.length} messages recorded).`);
      void server.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    console.log(`Evo Voice mock server listening on ${server.url}`);
  });
}

function parseUser(value: string): BasicUserConfig {
  const colon = value.indexOf(":");
  if (colon <= 0) throw new Error(`--user ${value} is not name:password.`);
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}
