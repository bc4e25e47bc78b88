#!/usr/bin/env node
// The `evovoice-mock` command. npm links a package's bins when it installs it, which in this
// monorepo (`npm ci`, then `npm run build`) is before dist/ exists: a bin pointing at dist/cli.js
// would not be linked, and `npx evovoice-mock` would then ask the registry for a package of that
// name. This file is committed, so the link always exists; it runs the built CLI. Installed from
// npm, dist/ is always there.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error(
    "evovoice-mock: the CLI is not built yet (packages/mock-server/dist/cli.js); run `npm run build`",
  );
  process.exit(1);
}
await import(cli.href);
