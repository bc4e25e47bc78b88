import { EvoVoiceError } from "../errors.js";

// 127.0.0.0/8, ::1 and localhost never leave the machine, so plain http:// there exposes nothing.
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/** Throws unless credentials may go to `url`: https://, or http:// to loopback, or `allowInsecureHttp`. */
export function assertSafeTarget(url: string, sendsCredentials: boolean, allowInsecureHttp?: boolean): void {
  const { protocol, hostname } = new URL(url);
  if (sendsCredentials && !allowInsecureHttp && protocol === "http:" && !LOOPBACK.test(hostname)) {
    throw new EvoVoiceError(
      `Credentials refused over http:// to ${hostname}; use https:// or allowInsecureHttp`,
    );
  }
}
