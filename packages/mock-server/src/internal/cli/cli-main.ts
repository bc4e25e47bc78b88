import { createInterface, type Interface } from "node:readline";
import { parseArgs } from "node:util";
import type { BasicUserConfig, MockServerOptions } from "../../options.js";
import type { RecordedMessage } from "../../records.js";
import { type MockServer, startMockServer } from "../../start-mock-server.js";
import { DEFAULTS } from "../mock-service.js";
import { runCommand } from "./commands.js";
import { USAGE } from "./usage.js";

/**
 * The CLI: parse, start, print the URL, take commands on stdin, and exit at once on SIGINT or SIGTERM.
 * Never resolves once the server runs: a signal ends the process.
 */
export async function runCli(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  if (!options) return void console.log(USAGE);

  let server: MockServer | undefined;
  let commands: Interface | undefined;
  // Installed before the server starts (compiling the spec takes a moment), so a signal at any time
  // stops it. It exits explicitly: stdin, which the command reader keeps open, would otherwise hold
  // the process as long as the terminal or pipe stays open, and so would anything else left behind.
  const stop = (signal: NodeJS.Signals) => {
    console.log(`Received ${signal}, stopping (${server?.messages.length ?? 0} messages recorded).`);
    commands?.close();
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  let warned = false;
  server = await startMockServer({
    ...options.server,
    onMessage: (message) => {
      if (!options.quiet) printMessage(message);
      if (!warned && server && server.dropped > 0) {
        warned = true;
        console.log(
          `The record is full: from now on the oldest messages are dropped (--max-messages ${options.maxMessages}).`,
        );
      }
    },
  });
  if (!options.server.apiKeys && !options.server.users)
    console.log("No --api-key or --user given: any credential is accepted.");
  // Without a terminal (`terminal: false`) readline does not take Ctrl-C for itself, so it stays a signal.
  const mock = server;
  commands = createInterface({ input: process.stdin, terminal: false });
  commands.on("line", (line) => {
    const output = runCommand(line, mock);
    if (output) console.log(output);
  });
  // The URL line comes last: whoever waits for it (a test, a script) may stop the server at once.
  console.log(`Evo Voice mock server listening on ${server.url}`);
  await new Promise<never>(() => {});
}

interface CliOptions {
  server: MockServerOptions;
  quiet: boolean;
  maxMessages: number;
}

// A bad option names itself; the hint says where the right ones are.
function parseOptions(argv: string[]): CliOptions | undefined {
  try {
    return readOptions(argv);
  } catch (error) {
    throw new Error(
      `${(error as Error).message.replace(/\.$/, "")}. Run evovoice-mock --help for the options.`,
    );
  }
}

function readOptions(argv: string[]): CliOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "api-key": { type: "string", multiple: true },
      user: { type: "string", multiple: true },
      session: { type: "string", multiple: true },
      endpoint: { type: "string", multiple: true },
      "max-messages": { type: "string", default: String(DEFAULTS.maxMessages) },
      "page-base": { type: "string", default: String(DEFAULTS.pageBase) },
      "count-per-page": { type: "string", default: String(DEFAULTS.defaultCountPerPage) },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return undefined;
  const port = integer("--port", values.port, 0, 65535);
  const maxMessages = integer("--max-messages", values["max-messages"], 1);
  const pageBase = integer("--page-base", values["page-base"], 0, 1) as 0 | 1;
  const defaultCountPerPage = integer("--count-per-page", values["count-per-page"], 1);
  const server: MockServerOptions = { port, host: values.host, maxMessages, pageBase, defaultCountPerPage };
  if (values["api-key"]) server.apiKeys = values["api-key"];
  if (values.user) server.users = values.user.map(parseUser);
  if (values.session) server.sessions = values.session;
  if (values.endpoint) server.endpoints = values.endpoint;
  return { server, quiet: values.quiet, maxMessages };
}

function integer(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new Error(
      `${flag} ${text} is not a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? "" : ` to ${max}`}.`,
    );
  return value;
}

function parseUser(value: string): BasicUserConfig {
  const colon = value.indexOf(":");
  if (colon <= 0) throw new Error(`--user ${value} is not name:password.`);
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

// IDs and verbs only: message text and phone numbers are personal data, and this goes to a terminal log.
function printMessage(message: RecordedMessage): void {
  if (message.route === "receive") return;
  console.log(`${message.method} ${message.route} -> 200 message ${message.response.id} (${message.auth})`);
}
