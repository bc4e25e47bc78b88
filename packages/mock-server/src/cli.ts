#!/usr/bin/env node
import { runCli } from "./internal/cli/cli-main.js";

runCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`evovoice-mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
