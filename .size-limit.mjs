// npm run size — what a browser app pays for the SDK, bundled by size-limit (esbuild, platform browser,
// ESM, minified, tree-shaken) against the client's built dist/index.js, openapi-fetch included, gzipped.
//
// The goal of issue 20 is 7.0 kB for each (openapi-fetch included); it is not met, and these limits say
// so instead of hiding it: they sit at the measured sizes, so that growth fails here. openapi-fetch is
// 2.6 kB of it; the SDK's own code (one request core, typed errors that hold `instanceof` across copies,
// options and inputs checked with messages that name the mistake and the nearest known key, query checks
// from the spec's generated table, logging for the console and structured loggers, the retry policy with
// its delivery evidence, pagination) is the rest. Methods of a client object cannot be tree-shaken, so
// both apps pay for every operation. The per-module cost is in BENCHMARKS.md.
const browser = (config) => ({ ...config, platform: "browser", format: "esm" });

export default [
  {
    name: "send only: new EvoVoice(…).messages.send(…), with openapi-fetch",
    path: "scripts/size/send-message.mjs",
    limit: "8.21 kB",
    gzip: true,
    modifyEsbuildConfig: browser,
  },
  {
    name: "send, list a page, page through every message",
    path: "scripts/size/send-list-paginate.mjs",
    limit: "8.25 kB",
    gzip: true,
    modifyEsbuildConfig: browser,
  },
];
