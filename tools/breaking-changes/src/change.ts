import { pointerKey } from "@evovoice-sdk/openapi-kit";

/** How a spec change affects someone who wrote code against the released SDK. */
export type Severity = "breaking" | "non-breaking" | "annotation";

/** One difference between the released spec and the current one, classified. */
export interface Change {
  severity: Severity;
  /** `POST /messages`, a bare path, or `document` for what belongs to no operation. */
  location: string;
  /** Where in the spec, as a JSON pointer (`#/paths/~1messages/post/...`). */
  pointer: string;
  /** What changed, with the field path: `removed request body (application/json) › toAddress`. */
  description: string;
  /** Who classified it: api-smart-diff, a correction of it, or a hand-written rule, and why. */
  source: string;
}

export function pointerOf(path: readonly (string | number)[]): string {
  return `#/${path.map((key) => pointerKey(String(key))).join("/")}`;
}
