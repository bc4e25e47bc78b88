import { EvoVoiceError } from "../errors.js";

/**
 * Throws unless `credentials` (if any) may go to `url`: https://, or http:// to loopback, or the client's
 * `allowInsecureHttp`.
 */
export function assertSafeTarget(
  url: string,
  credentials: string | undefined,
  allowInsecureHttp: boolean,
): void {
  const { protocol, hostname } = new URL(url);
  // 127.0.0.0/8, ::1 and localhost never leave the machine, so plain http:// there exposes nothing.
  if (
    credentials &&
    !allowInsecureHttp &&
    protocol === "http:" &&
    !/^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname)
  ) {
    throw new EvoVoiceError(
      `Credentials refused over http:// to ${hostname}; use https:// or allowInsecureHttp`,
    );
  }
}
