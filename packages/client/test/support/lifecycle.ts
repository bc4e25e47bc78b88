import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { expectNothingLeftRunning, liveHandles } from "./handles.js";
import { startServer, type TestServer } from "./server.js";

/** One loopback server for the whole file; its record is emptied before each test. */
export function sharedServer(): () => TestServer {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  return () => server;
}

/** A new loopback server for each test, and a check that nothing (sockets, timers) outlives the test. */
export function serverPerTest(): () => TestServer {
  let server: TestServer;
  let handles: Record<string, number>;
  beforeEach(async () => {
    handles = liveHandles();
    server = await startServer();
  });
  afterEach(async () => {
    await server.close();
    await expectNothingLeftRunning(handles);
  });
  return () => server;
}

/** Fails the file if any promise rejection went unhandled while its tests ran. */
export function noUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
  });
  afterAll(() => {
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
}
