import type { MockControls } from "../../mock-controls.js";

export const COMMANDS = `Commands, typed on stdin, one per line:
  receive <endpointId> <fromAddress> [text...]   Record a reply that came in to the endpoint, as if
                                                 the phone had answered (Incoming, unread)
  reset                                          Clear the record and any faults
  help                                           Show these commands`;

const RECEIVE = /^receive\s+(\S+)\s+(\S+)(?:\s(.*))?$/i;

/** Runs one line typed on stdin against the mock and returns what to print (`""` for nothing). */
export function runCommand(line: string, mock: MockControls): string {
  const trimmed = line.trim();
  const command = trimmed.split(/\s+/, 1)[0]?.toLowerCase() ?? "";
  if (command === "") return "";
  if (command === "reset") {
    mock.reset();
    return "Record cleared.";
  }
  if (command === "help") return COMMANDS;
  if (command !== "receive") return `Unknown command '${command}'; type help.`;
  const match = RECEIVE.exec(trimmed);
  if (!match?.[1] || !match[2]) return "Usage: receive <endpointId> <fromAddress> [text...]";
  const text = match[3];
  try {
    const message = mock.receive({
      endpointId: match[1],
      fromAddress: match[2],
      ...(text !== undefined && { text }),
    });
    return `Received message ${message.id} on endpoint ${message.endpointId} (Incoming, unread).`;
  } catch (error) {
    return `evovoice-mock: ${error instanceof Error ? error.message : String(error)}`;
  }
}
