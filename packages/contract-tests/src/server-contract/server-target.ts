/** A server to hold to the spec, read-only: lists and conversations, never a send. */
export interface ReadTarget {
  baseUrl: string;
  apiKey: string;
  /** When given, the lists are also read filtered to this endpoint. */
  endpointId?: string | undefined;
}

/** A server the suite may also send to: real messages go only into `sessionId`, and from `endpointId` to `toAddress`. */
export interface SendTarget extends ReadTarget {
  sessionId: string;
  endpointId: string;
  toAddress: string;
}

/** What `npm run contract:live` will do with the environment it was given. */
export type LivePlan =
  | { mode: "skip"; missing: string[] }
  | { mode: "read"; target: ReadTarget; sendsSkipped: string }
  | { mode: "send"; target: SendTarget }
  | { mode: "refuse"; problem: string };

const READ_VARIABLES = ["EVOVOICE_BASE_URL", "EVOVOICE_API_KEY"] as const;
const SEND_VARIABLES = ["EVOVOICE_SESSION_ID", "EVOVOICE_ENDPOINT_ID", "EVOVOICE_TO_ADDRESS"] as const;
/** Real sends need this set to exactly "1": a live run only reads unless someone says otherwise. */
export const SEND_SWITCH = "EVOVOICE_LIVE_SEND";

export function livePlanFromEnv(env: Record<string, string | undefined>): LivePlan {
  const missing = READ_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) return { mode: "skip", missing };
  const read: ReadTarget = {
    baseUrl: String(env.EVOVOICE_BASE_URL).replace(/\/+$/, ""),
    apiKey: String(env.EVOVOICE_API_KEY),
    endpointId: env.EVOVOICE_ENDPOINT_ID || undefined,
  };
  if (env[SEND_SWITCH] !== "1") {
    return {
      mode: "read",
      target: read,
      sendsSkipped: `set ${SEND_SWITCH}=1 (and ${SEND_VARIABLES.join(", ")}) to send`,
    };
  }
  const missingForSend = SEND_VARIABLES.filter((name) => !env[name]);
  if (missingForSend.length > 0) {
    return {
      mode: "refuse",
      problem: `${SEND_SWITCH}=1 asks for real sends, but ${missingForSend.join(", ")} not set`,
    };
  }
  return {
    mode: "send",
    target: {
      ...read,
      sessionId: String(env.EVOVOICE_SESSION_ID),
      endpointId: String(env.EVOVOICE_ENDPOINT_ID),
      toAddress: String(env.EVOVOICE_TO_ADDRESS),
    },
  };
}
