import { type HttpHandler, http } from "msw";
import { withControls } from "./internal/controls.js";
import { createMockService } from "./internal/mock-service.js";
import { answerWebRequest } from "./internal/web/answer-web-request.js";
import { parseBaseUrls, pathBelow, VENDOR_BASE_URLS } from "./internal/web/base-urls.js";
import type { MockControls } from "./mock-controls.js";
import type { MockOptions } from "./options.js";

export type { MockControls } from "./mock-controls.js";

/** Options of {@link createHandlers}: the mock's behaviour, and the hosts it answers for. */
export interface MockHandlersOptions extends MockOptions {
  /**
   * The base URLs (origin and path prefix) the handlers answer for; the path below a base is the route.
   * @default ["https://evovoice.io", "https://team.evovoice.io"]
   */
  baseUrl?: string | readonly string[];
}

/** The mock as MSW request handlers, with the mock's controls. */
export interface MockHandlers extends MockControls {
  /** One handler per base URL, for `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  readonly handlers: HttpHandler[];
}

/**
 * The mock as Mock Service Worker 2 handlers: every request under a base URL (any path, any verb) is
 * answered as the HTTP server answers it. A dropped connection (a fault) is MSW's network error.
 * @example
 * const mock = createHandlers({ apiKeys: ["test-key"] });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * await new EvoVoice({ apiKey: "test-key" }).messages.send({ sessionId: "S1", body: "Hello" });
 * expect(mock.messages).toHaveLength(1);
 */
export function createHandlers(options: MockHandlersOptions = {}): MockHandlers {
  const service = createMockService(options);
  const handlers = parseBaseUrls(options.baseUrl ?? VENDOR_BASE_URLS).map((base) =>
    // A RegExp without capture groups: MSW would percent-decode a wildcard's capture, and a request
    // with bad percent-encoding must reach the mock (a 400), not fail in MSW's matching.
    http.all(new RegExp(`^${escapeRegExp(base.origin + base.path)}(?:/.*)?$`), ({ request }) =>
      answerWebRequest(service, request, pathBelow(new URL(request.url), [base]) ?? "/"),
    ),
  );
  return withControls(service, { handlers });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
