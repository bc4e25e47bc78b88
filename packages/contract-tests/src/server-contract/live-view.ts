import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import { loadSpec } from "../openapi-document.js";
import { createSpecValidator } from "../spec-validator.js";
import { createResponseChecker, type ResponseChecker } from "./check-response.js";
import { type NeverNullField, neverNullFields } from "./never-null-fields.js";
import { tolerantSpec } from "./tolerant-spec.js";

/** How a live run reads the spec: as written, and its tolerant view with the checker compiled from it. */
export interface LiveView {
  spec: JsonObject;
  tolerant: JsonObject;
  checker: ResponseChecker;
  neverNull: readonly NeverNullField[];
}

let view: LiveView | undefined;

/** Built once per process: the bundled spec does not change under a run, and Ajv compiles each schema once. */
export function liveView(): LiveView {
  if (!view) {
    const spec = loadSpec();
    const tolerant = tolerantSpec(spec);
    view = {
      spec,
      tolerant,
      checker: createResponseChecker(tolerant, createSpecValidator(tolerant).validate),
      neverNull: neverNullFields(),
    };
  }
  return view;
}
