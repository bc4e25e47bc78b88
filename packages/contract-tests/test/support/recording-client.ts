import { EvoVoice } from "@evovoice-sdk/client";

/** One request the SDK made, and what Steady (the independent judge) said of it. */
export interface Sent {
  request: Request;
  body: string;
  steadyValid: string | null;
  steadyErrors: string | null;
  /** Steady's first complaint, if any, for a failure message. */
  steadyFirstError: string | null;
}

export type AuthKind = "apiKey" | "basicAuth";

/** An SDK client whose `fetch` records every request (and Steady's verdict on it) before answering. */
export function recordingClient(baseUrl: string, auth: AuthKind) {
  const sent: Sent[] = [];
  const credentials =
    auth === "apiKey"
      ? { apiKey: "contract-key" }
      : { basicAuth: { username: "contract-user", password: "pw" } };
  const evo = new EvoVoice({
    ...credentials,
    baseUrl,
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const body = await request.clone().text();
      const response = await fetch(request);
      sent.push(verdict(request, body, response));
      return response;
    },
  });
  return { evo, sent };
}

export function verdict(request: Request, body: string, response: Response): Sent {
  return {
    request,
    body,
    steadyValid: response.headers.get("x-steady-request-valid"),
    steadyErrors: response.headers.get("x-steady-error-count"),
    steadyFirstError: response.headers.get("x-steady-error-1-message"),
  };
}

export function steadyProblems(sent: Sent): string[] {
  if (sent.steadyValid === "true" && sent.steadyErrors === "0") return [];
  return [
    `Steady judged the request invalid (valid=${sent.steadyValid}, errors=${sent.steadyErrors}: ${sent.steadyFirstError})`,
  ];
}

export function authorizationProblems(sent: Sent, auth: AuthKind): string[] {
  const authorization = sent.request.headers.get("authorization") ?? "";
  const scheme = auth === "apiKey" ? /^Bearer \S+$/ : /^Basic [A-Za-z0-9+/]+=*$/;
  return scheme.test(authorization) ? [] : [`Authorization is not ${auth === "apiKey" ? "Bearer" : "Basic"}`];
}
