import {
  createMockFetch,
  type MockControls,
  type MockOptions,
  startMockServer,
} from "@evovoice-sdk/mock-server";
import { createHandlers } from "@evovoice-sdk/mock-server/msw";
import { setupServer } from "msw/node";

/** One form of the mock, driven the same way: a request is a path below the form's base URL. */
export interface Form {
  name: "http" | "fetch" | "msw";
  mock: MockControls;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

const VENDOR = "https://evovoice.io";

export async function httpForm(options: MockOptions): Promise<Form> {
  const server = await startMockServer(options);
  return {
    name: "http",
    mock: server,
    fetch: (path, init) => fetch(server.url + path, init),
    close: () => server.close(),
  };
}

/**
 * The fetch function, called with a URL and an init (read straight from them) or, with `asRequest`,
 * with a `Request` built from them (read through the Request): both must answer alike.
 */
export function fetchForm(options: MockOptions, asRequest = false): Form {
  const mock = createMockFetch(options);
  const call = (path: string, init?: RequestInit) =>
    asRequest ? mock.fetch(new Request(VENDOR + path, init)) : mock.fetch(VENDOR + path, init);
  return { name: "fetch", mock, fetch: call, close: async () => {} };
}

/**
 * The MSW handlers in Node. `setupServer` patches the global fetch of this test file's process until
 * closed; a request no handler takes is an error, never a real network request.
 */
export function mswForm(options: MockOptions): Form {
  const mock = createHandlers(options);
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  return {
    name: "msw",
    mock,
    fetch: (path, init) => fetch(VENDOR + path, init),
    close: async () => server.close(),
  };
}

/** An answer with what may differ between runs (IDs, dates) replaced, for comparing forms. */
export interface Seen {
  status: number;
  contentType: string | null;
  body: string;
}

export async function seen(response: Response): Promise<Seen> {
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: normalize(await response.text()),
  };
}

export function normalize(text: string): string {
  return text
    .replace(/\b[0-9a-f]{24}\b/g, "<id>")
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "<date>");
}
