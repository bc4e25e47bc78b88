import { COMMANDS } from "./commands.js";

export const USAGE = `Usage: evovoice-mock [options]

A local Evo Voice server: SendMessage (POST /sessions/{sessionId}/messages, /messages),
ListMessages (GET /messages), ListConversations (GET /conversations), and ServiceStack's
predefined routes (/json/reply/{Operation}, /api/{Operation}).

Options:
  --port <n>              Port to listen on (default 4010; 0 picks a free one)
  --host <host>           Address to bind (default 127.0.0.1)
  --api-key <key>         Accept this API key with the role User (repeatable)
  --user <name:pass>      Accept this Basic user name and password (repeatable)
  --session <id>          Know only these sessions; others get 404 (repeatable)
  --endpoint <id>         Know only these endpoints; others get 404 (repeatable)
  --max-messages <n>      Keep at most n messages; the oldest go (default 10000)
  --page-base <0|1>       Whether GET /messages counts pages from 0 or 1 (default 0)
  --count-per-page <n>    Page size when a request gives none (default 50)
  --quiet                 Do not print a line per message
  -h, --help              Show this help

Without --api-key or --user any non-empty credential is accepted.
Without --session (--endpoint) every session (endpoint) ID is known.

${COMMANDS}

Stop it with Ctrl-C (SIGINT) or SIGTERM; it exits at once.`;
