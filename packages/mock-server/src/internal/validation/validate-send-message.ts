import { type Answer, jsonAnswer } from "../reply.js";
import { errorBody, type ResponseError, validationErrorBody } from "./service-status.js";
import { addressingErrors, fieldErrors } from "./validation-errors.js";
import type { Validators } from "./validators.js";

/**
 * The SendMessage DTO against the route's schema in the spec, together with the errors already found
 * in the path and query; on the routes without a session in the path, a message must say where it goes.
 */
export function validateSendMessage(
  validators: Validators,
  sessionRoute: boolean,
  dto: Record<string, unknown>,
  paramErrors: readonly ResponseError[],
): Answer | undefined {
  const validate = sessionRoute ? validators.sessionBody : validators.messagesBody;
  const errors = validate(dto) ? paramErrors : [...paramErrors, ...fieldErrors(validate.errors)];
  const addressing = sessionRoute ? [] : addressingErrors(dto, validators.addressings);
  if (addressing.length > 0) {
    return jsonAnswer(
      400,
      errorBody("ArgumentException", validators.addressingMessage, [...addressing, ...errors]),
    );
  }
  return errors.length > 0 ? jsonAnswer(400, validationErrorBody(errors)) : undefined;
}
