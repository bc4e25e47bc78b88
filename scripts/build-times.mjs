#!/usr/bin/env node
// npm run build:times — how long `npm run build` takes cold (no turbo cache, no
// build outputs) and warm (unchanged inputs, so every task is a cache hit).
// Run it after `npm ci`. It deletes only gitignored build outputs and caches.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const OUTPUTS = [
  ".turbo",
  "spec/dist",
  "packages/client/dist",
  "packages/mock-server/dist",
  "packages/mock-server/openapi.json",
  "packages/docs/dist",
];

function timedBuild(label) {
  const started = performance.now();
  const log = execSync("npm run build", {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  const seconds = (performance.now() - started) / 1000;
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(log);
  console.log(
    `${label}: ${seconds.toFixed(1)} s (${cached ? `${cached[1]} of ${cached[2]} turbo tasks cached` : "no turbo summary"})`,
  );
}

console.log("build:times: removing build outputs and the turbo cache");
for (const path of OUTPUTS) rmSync(`${root}/${path}`, { recursive: true, force: true });
timedBuild("cold npm run build");
timedBuild("warm npm run build");
