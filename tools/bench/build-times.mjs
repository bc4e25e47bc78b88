#!/usr/bin/env node
// npm run build:times — how long `npm run build` takes cold (no turbo cache, no build outputs) and
// warm (unchanged inputs, so every task is a cache hit). Run it after `npm ci`. The measuring lives in
// src/build-times.mjs, shared with `npm run bench -- pipeline`.
import { coldAndWarmBuild } from "./src/build-times.mjs";

const { cold, warm } = await coldAndWarmBuild({ log: (text) => console.log(`build:times: ${text}`) });
process.exitCode = cold.ok && warm?.ok ? 0 : 1;
