// The built site, served from dist/ at the root of a loopback host, in one Chromium whose every request to
// another host is blocked and recorded: what each browser test file opens once, before its tests.
import type { BrowserContextOptions, Page } from "playwright-core";
import { openSession, type Session } from "./browser.js";
import { distDir } from "./paths.js";
import { serveDirectory } from "./static-server.js";

export interface SiteSession {
  session: Session;
  page: Page;
  origin: string;
  /** Opens a page of the site by its path (`/guide/errors.html`). */
  open(path: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function openSite(contextOptions: BrowserContextOptions): Promise<SiteSession> {
  const server = await serveDirectory(distDir);
  // The theme honours reduced motion: no sliding menus to wait out between clicks.
  const session = await openSession(`${server.origin}/`, { reducedMotion: "reduce", ...contextOptions });
  const page = await session.newPage();
  return {
    session,
    page,
    origin: server.origin,
    open: (path) => page.goto(`${server.origin}${path}`),
    async close() {
      await session.close();
      await server.close();
    },
  };
}
