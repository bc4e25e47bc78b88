/** A server to hold to the spec, and the only places it may send real messages. */
export interface ServerTarget {
  baseUrl: string;
  apiKey: string;
  /** Real messages go only into this session... */
  sessionId: string;
  /** ...and from this endpoint to this address. */
  endpointId: string;
  toAddress: string;
}

const LIVE_VARIABLES = [
  "EVOVOICE_BASE_URL",
  "EVOVOICE_API_KEY",
  "EVOVOICE_SESSION_ID",
  "EVOVOICE_ENDPOINT_ID",
  "EVOVOICE_TO_ADDRESS",
] as const;

/** The live target from the environment, or the names of the variables that are missing. */
export function liveTargetFromEnv(
  env: Record<string, string | undefined>,
): ServerTarget | { missing: string[] } {
  const missing = LIVE_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) return { missing };
  return {
    baseUrl: String(env.EVOVOICE_BASE_URL).replace(/\/+$/, ""),
    apiKey: String(env.EVOVOICE_API_KEY),
    sessionId: String(env.EVOVOICE_SESSION_ID),
    endpointId: String(env.EVOVOICE_ENDPOINT_ID),
    toAddress: String(env.EVOVOICE_TO_ADDRESS),
  };
}
