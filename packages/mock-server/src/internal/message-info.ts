import { randomBytes } from "node:crypto";
import type { MessageInfo } from "../records.js";
import type { Endpoint } from "./directory.js";

/** IDs shaped like the vendor's (24 hex digits, as MongoDB ObjectIds): a per-server prefix and a counter. */
export function messageIds(): () => string {
  const prefix = randomBytes(6).toString("hex");
  let counter = 0;
  return () => prefix + (++counter).toString(16).padStart(12, "0");
}

/** The stored outgoing message, every field set except `text` when there was no body (nulls are left out). */
export function messageInfo(
  id: string,
  accountId: string,
  customerId: string,
  endpoint: Endpoint,
  otherAddress: string,
  text: string | undefined,
): MessageInfo {
  const date = isoNow();
  const { id: endpointId, displayName: endpointDisplayName, address: sender } = endpoint;
  // Built in the vendor's field order, which is also the order of the JSON; `text` is left out, not null.
  return {
    id,
    accountId,
    customerId,
    endpointId,
    endpointDisplayName,
    date,
    direction: "Outgoing",
    otherAddress,
    sender,
    ...(text === undefined ? {} : { text }),
    isUnread: false,
  };
}

let lastMs = 0;
let lastIso = "";

/** The current time in ISO 8601; formatted once per millisecond, as busy servers answer many per ms. */
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}
