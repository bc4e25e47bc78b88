import type { Exchange } from "./exchange.js";
import type { Target } from "./routes.js";

/** A routed request whose body has been read: what an operation works on. */
export interface Call {
  target: Target;
  method: string;
  /** The path and query string as sent. */
  url: string;
  exchange: Exchange;
  bytes: Uint8Array;
}
