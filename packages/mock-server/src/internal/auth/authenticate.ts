import { type Answer, jsonAnswer } from "../reply.js";
import { errorBody } from "../validation/service-status.js";
import type { Authenticator, Identity } from "./authenticator.js";

// Built once: these answers are the same every time.
const UNAUTHORIZED = jsonAnswer(401, errorBody("Unauthorized", "Not Authenticated"), {
  "WWW-Authenticate": 'Bearer realm="evovoice-mock"',
});
const INVALID_ROLE = jsonAnswer(403, errorBody("Forbidden", "Invalid Role"));

/**
 * The first step of every operation, with ServiceStack's answers: 401 without valid credentials, 403
 * when the operation needs the role `User` and the caller lacks it.
 */
export function authenticate(
  auth: Authenticator,
  authorization: string | undefined,
  requiresUser: boolean,
): Identity | Answer {
  const identity = auth.authenticate(authorization);
  if (!identity) return UNAUTHORIZED;
  if (requiresUser && !identity.isUser) return INVALID_ROLE;
  return identity;
}

export function isAnswer(value: object): value is Answer {
  return "status" in value;
}
