// What each sample with a shown output runs against. Every sample runs as its own node process, against a
// mock server of its own on loopback (EVOVOICE_BASE_URL), with the key that server takes
// (EVOVOICE_API_KEY), and nothing else from the build's environment. A scenario adds to that:
//   faults  what the mock does to the sample's requests (the mock's inject(), in order)
//   env     variables to set, or to remove (undefined)
//   masks   [pattern, replacement] pairs for what would print the build machine's own details

// pino's default line carries the host's name; the docs should not carry the build machine's.
const hostname = [/"hostname":"[^"]*"/g, '"hostname":"my-host"'];

export const scenarios = {
  // install.md
  "invalid-timeout-option": {},
  "missing-credentials": { env: { EVOVOICE_API_KEY: undefined } },
  "unknown-option": {},
  // errors.md
  "invalid-send-input": {},
  "connection-refused": {},
  // timeouts.md: the answer comes later than the sample's timeout.
  "send-timeout": { faults: [{ delayMs: 3_000 }] },
  // observing.md: a send refused once with 429 and Retry-After: 1, then accepted.
  "log-console": { faults: [{ status: 429, retryAfter: 1 }] },
  "log-pino": { faults: [{ status: 429, retryAfter: 1 }], masks: [hostname] },
  "log-winston": { faults: [{ status: 429, retryAfter: 1 }] },
  "log-custom-logger": { faults: [{ status: 503, retryAfter: 0 }] },
};
